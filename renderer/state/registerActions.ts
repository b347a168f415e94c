import type { RxCollection } from 'rxdb';
import type {
  Affiliation,
  FieldIssue,
  Organisation,
  Person,
  RecordDefinition,
  RecordMeta,
  RecordStatus,
  RegisterSettings,
  ValidationContext,
} from '../../shared/model';
import {
  affiliationDefinition,
  defaultUnit,
  organisationDefinition,
  personDefinition,
  registerSettingsId,
  validateRecord,
  withLocalSyncedFeatures,
} from '../../shared/model';
import { removeActivityReferences } from '../activities/activityActions';
import { removeConsentDataOf } from '../consent/removeConsentDataOf';
import { removeRelationsOf } from '../relations/relationActions';
import { removePersonRegistrations } from '../events/removePersonRegistrations';
import type { RegisterStore } from './registerStore';

export type SaveResult = { isSaved: true; id: string } | { isSaved: false; issues: FieldIssue[] };

export class PassiveRecordError extends Error {
  readonly code = 'passiveReadOnly';
}

export const todayIso = (now = new Date()): string =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

export const validationContextFor = (store: RegisterStore): ValidationContext => {
  // Also the settings' keys: records keep carrying a key after the move even if the synced list lacks it.
  const settings = store.settings();
  return {
    today: todayIso(),
    knownCategories: [
      ...store.categoryOptions('person'),
      ...store.categoryOptions('organisation'),
      ...settings.personCategories,
      ...settings.organisationCategories,
    ].map((category) => category.key),
  };
};

const saveRecord = async <T extends RecordMeta>(
  store: RegisterStore,
  collection: RxCollection<T>,
  definition: RecordDefinition<T>,
  existing: T | undefined,
  input: Partial<T>,
): Promise<SaveResult> => {
  if (existing?.status === 'passive') throw new PassiveRecordError('Passive records are read-only.');
  const now = Date.now();
  const outcome = validateRecord(
    definition,
    {
      ...existing,
      ...input,
      id: existing?.id ?? crypto.randomUUID(),
      status: existing?.status ?? 'active',
      owningUnit: existing?.owningUnit ?? defaultUnit,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    } as Partial<Record<keyof T, unknown>>,
    validationContextFor(store),
  );
  if (!outcome.isValid) return { isSaved: false, issues: outcome.issues };
  await collection.upsert(outcome.record as never);
  return { isSaved: true, id: outcome.record.id };
};

export const savePerson = (store: RegisterStore, existing: Person | undefined, input: Partial<Person>) =>
  saveRecord(store, store.database.people, personDefinition, existing, input);

export const saveOrganisation = (
  store: RegisterStore,
  existing: Organisation | undefined,
  input: Partial<Organisation>,
) => saveRecord(store, store.database.organisations, organisationDefinition, existing, input);

const setStatus = async <T extends RecordMeta>(
  collection: RxCollection<T>,
  id: string,
  status: RecordStatus,
) => {
  const document = await collection.findOne(id).exec();
  if (!document) return;
  await document.incrementalPatch({ status, updatedAt: Date.now() } as never);
};

export const setPersonStatus = (store: RegisterStore, id: string, status: RecordStatus) =>
  setStatus(store.database.people, id, status);

export const setOrganisationStatus = (store: RegisterStore, id: string, status: RecordStatus) =>
  setStatus(store.database.organisations, id, status);

/**
 * Permanent delete: the record's personal fields are blanked before the
 * tombstone is written, so the tombstone RxDB keeps for replication carries
 * no personal data, and the record's organisation links go with it.
 */
const deleteRecord = async <T extends RecordMeta>(
  store: RegisterStore,
  collection: RxCollection<T>,
  definition: RecordDefinition<T>,
  id: string,
  linkField: 'personId' | 'organisationId',
) => {
  const links = [...store.affiliations.values()].filter((affiliation) => affiliation[linkField] === id);
  await Promise.all(
    links.map((link) => removeBlanked(store.database.affiliations, affiliationDefinition, link.id)),
  );
  await removeBlanked(collection, definition, id);
};

const removeBlanked = async <T extends RecordMeta>(
  collection: RxCollection<T>,
  definition: RecordDefinition<T>,
  id: string,
) => {
  const document = await collection.findOne(id).exec();
  if (!document) return;
  const blank = validateRecord(definition, {} as Partial<Record<keyof T, unknown>>, {
    today: '',
    knownCategories: [],
  }).record;
  const kept = Object.fromEntries(
    Object.entries(definition.fields)
      .filter(([, field]) => (field as { isPlaintext?: boolean }).isPlaintext)
      .map(([name]) => [name, (document.toJSON() as Record<string, unknown>)[name]]),
  );
  // One write, blanked and deleted together: a blank but live record is invalid, and sync must never
  // see (and push) it as an intermediate state.
  await document.incrementalModify(
    () => ({ ...blank, ...kept, updatedAt: Date.now(), _deleted: true }) as never,
  );
};

export const deletePerson = async (store: RegisterStore, id: string) => {
  await removeConsentDataOf(store.database, id);
  await removePersonRegistrations(store.database, id);
  await removeActivityReferences(store.database, id);
  await removeRelationsOf(store.database, id);
  await deleteRecord(store, store.database.people, personDefinition, id, 'personId');
};

export const deleteOrganisation = async (store: RegisterStore, id: string) => {
  await removeActivityReferences(store.database, id);
  await removeRelationsOf(store.database, id);
  await deleteRecord(store, store.database.organisations, organisationDefinition, id, 'organisationId');
};

export const saveAffiliation = async (
  store: RegisterStore,
  existing: Affiliation | undefined,
  input: Partial<Affiliation>,
): Promise<SaveResult> => {
  const result = await saveRecord(store, store.database.affiliations, affiliationDefinition, existing, input);
  if (result.isSaved && input.isPrimary) {
    // A person has one primary organisation at a time.
    const personId = input.personId ?? existing?.personId;
    const others = [...store.affiliations.values()].filter(
      (affiliation) =>
        affiliation.personId === personId && affiliation.id !== result.id && affiliation.isPrimary,
    );
    await Promise.all(
      others.map(async (other) => {
        const document = await store.database.affiliations.findOne(other.id).exec();
        await document?.incrementalPatch({ isPrimary: false, updatedAt: Date.now() });
      }),
    );
  }
  return result;
};

export const endAffiliation = async (
  store: RegisterStore,
  id: string,
  endDate: string,
): Promise<SaveResult> => {
  const existing = store.affiliations.get(id);
  if (!existing) return { isSaved: false, issues: [] };
  return saveAffiliation(store, existing, { endDate, isPrimary: false });
};

/**
 * Writes this device's settings. Starts from the device's own settings, never the overlaid ones, and
 * keeps the device's value of every synced feature: those are written as `registerConfigs` records
 * (renderer/registerConfig), so a patch built from `store.settings()` cannot copy them in here.
 */
export const updateSettings = async (store: RegisterStore, patch: Partial<RegisterSettings>) => {
  const local = store.localSettings();
  const next: RegisterSettings = {
    ...local,
    ...patch,
    ...(patch.features ? { features: withLocalSyncedFeatures(patch.features, local.features ?? {}) } : {}),
    id: registerSettingsId,
    updatedAt: Date.now(),
  };
  await store.database.settings.upsert(next);
};
