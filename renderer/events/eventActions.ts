import type { FieldIssue, KontaktEvent, Registration } from '../../shared/model';
import { defaultUnit } from '../../shared/model';
import { eventsSettingsOf } from '../../shared/events/eventsSettings';
import { dueDateWhenInvoiced } from '../../shared/events/paymentRules';
import { validateEvent, validateRegistration } from '../../shared/events/validateEventRecords';
import { statusForNewRegistration } from '../../shared/events/waitingList';
import type { RegisterStore } from '../state/registerStore';
import { promoteWaitingList, registrationsOfEvent } from './promoteWaitingList';
import {
  PassiveRecordError,
  todayIso,
  validationContextFor,
  type SaveResult,
} from '../state/registerActions';

export type EventDraft = Omit<KontaktEvent, 'id' | 'status' | 'createdAt' | 'updatedAt'>;

/** What a registration change did: saved or not, and who moved up from the waiting list because of it. */
export type RegistrationResult =
  { isSaved: true; id: string; promoted: Registration[] } | { isSaved: false; issues: FieldIssue[] };

const registrationsOf = (store: RegisterStore, eventId: string): Promise<Registration[]> =>
  registrationsOfEvent(store.database, eventId);

const promoteWaiting = (store: RegisterStore, event: KontaktEvent): Promise<Registration[]> =>
  promoteWaitingList(store.database, event);

export const saveEvent = async (
  store: RegisterStore,
  existing: KontaktEvent | undefined,
  input: Partial<KontaktEvent> | Record<string, unknown>,
): Promise<SaveResult & { promoted?: Registration[] }> => {
  if (existing?.status === 'passive') throw new PassiveRecordError('Passive records are read-only.');
  const now = Date.now();
  const outcome = validateEvent(
    {
      ...existing,
      ...input,
      id: existing?.id ?? crypto.randomUUID(),
      status: existing?.status ?? 'active',
      owningUnit: existing?.owningUnit ?? defaultUnit,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    },
    validationContextFor(store),
  );
  if (!outcome.isValid) return { isSaved: false, issues: outcome.issues };
  await store.database.events.upsert(outcome.record);
  // A larger (or removed) capacity frees seats for the waiting list.
  const promoted = existing ? await promoteWaiting(store, outcome.record) : [];
  return { isSaved: true, id: outcome.record.id, promoted };
};

export const setEventStatus = async (store: RegisterStore, id: string, status: KontaktEvent['status']) => {
  const document = await store.database.events.findOne(id).exec();
  await document?.incrementalPatch({ status, updatedAt: Date.now() });
};

/** Registers a person: a free seat if there is one, else the waiting list; the amount is the event's price. */
export const registerPerson = async (
  store: RegisterStore,
  event: KontaktEvent,
  personId: string,
): Promise<RegistrationResult | { isSaved: false; isDuplicate: true }> => {
  const existing = await registrationsOf(store, event.id);
  const isDuplicate = existing.some(
    (r) => r.status === 'active' && r.personId === personId && r.registrationStatus !== 'cancelled',
  );
  if (isDuplicate) return { isSaved: false, isDuplicate: true };
  const now = Date.now();
  const outcome = validateRegistration(
    {
      id: crypto.randomUUID(),
      status: 'active',
      // The server scopes records by unit: a registration belongs where its event does.
      owningUnit: event.owningUnit,
      createdAt: now,
      updatedAt: now,
      eventId: event.id,
      personId,
      registrationStatus: statusForNewRegistration(event, existing),
      paymentStatus: 'unpaid',
      amountCents: event.priceCents,
      invoiceReference: '',
      dueDate: '',
      registeredAt: now,
      note: '',
    },
    validationContextFor(store),
  );
  if (!outcome.isValid) return { isSaved: false, issues: outcome.issues };
  await store.database.registrations.insert(outcome.record);
  return { isSaved: true, id: outcome.record.id, promoted: [] };
};

/**
 * Changes a registration (status, payment, amount, reference, due date). Marking it invoiced without a
 * due date sets one from the payment term; freeing a seat promotes the first on the waiting list.
 */
export const updateRegistration = async (
  store: RegisterStore,
  event: KontaktEvent,
  registration: Registration,
  patch: Partial<Record<keyof Registration, unknown>>,
): Promise<RegistrationResult> => {
  const next = { ...registration, ...patch, updatedAt: Date.now() };
  if (next.paymentStatus === 'invoiced' && registration.paymentStatus !== 'invoiced') {
    const { paymentTermDays } = eventsSettingsOf(store.settings());
    next.dueDate = dueDateWhenInvoiced({ dueDate: String(next.dueDate ?? '') }, todayIso(), paymentTermDays);
  }
  const outcome = validateRegistration(next, validationContextFor(store));
  if (!outcome.isValid) return { isSaved: false, issues: outcome.issues };
  await store.database.registrations.upsert(outcome.record);
  const promoted = await promoteWaiting(store, event);
  return { isSaved: true, id: outcome.record.id, promoted };
};

/** Removes a registration entered by mistake (a cancellation is a status, kept for the statistics). */
export const removeRegistration = async (store: RegisterStore, event: KontaktEvent, id: string) => {
  const document = await store.database.registrations.findOne(id).exec();
  // Blank the personal fields so the tombstone kept for sync holds nothing personal.
  await document?.incrementalModify(
    (data) =>
      ({
        ...data,
        amountCents: null,
        invoiceReference: '',
        dueDate: '',
        note: '',
        registrationStatus: 'cancelled',
        paymentStatus: 'unpaid',
        updatedAt: Date.now(),
        _deleted: true,
      }) as never,
  );
  return promoteWaiting(store, event);
};

/**
 * Deletes an event permanently with its registrations; each is blanked first so the tombstones kept
 * for sync hold nothing personal.
 */
export const deleteEvent = async (store: RegisterStore, id: string) => {
  for (const registration of await registrationsOf(store, id)) {
    const document = await store.database.registrations.findOne(registration.id).exec();
    await document?.incrementalModify(
      (data) =>
        ({
          ...data,
          amountCents: null,
          invoiceReference: '',
          dueDate: '',
          note: '',
          updatedAt: Date.now(),
          _deleted: true,
        }) as never,
    );
  }
  const document = await store.database.events.findOne(id).exec();
  await document?.incrementalModify(
    (data) =>
      ({
        ...data,
        name: '',
        place: '',
        description: '',
        priceCents: null,
        capacity: null,
        updatedAt: Date.now(),
        _deleted: true,
      }) as never,
  );
};
