import type { KontaktEvent, Registration } from '../../shared/model';
import { registrationsToPromote } from '../../shared/events/waitingList';
import type { RegisterDatabase } from '../db/openRegisterDatabase';

/**
 * A person deleted permanently takes their registrations along (blanked first, so the tombstones kept
 * for sync hold nothing personal); a seat freed that way goes to the first on the event's waiting list.
 */
export const removePersonRegistrations = async (database: RegisterDatabase, personId: string) => {
  const own = await database.registrations.find({ selector: { personId } }).exec();
  const eventIds = new Set(own.map((document) => document.eventId));
  for (const document of own) {
    await document.incrementalModify(
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
  for (const eventId of eventIds) {
    const event = (await database.events.findOne(eventId).exec())?.toJSON() as KontaktEvent | undefined;
    if (!event) continue;
    const registrations = (await database.registrations.find({ selector: { eventId } }).exec()).map(
      (document) => document.toJSON() as Registration,
    );
    for (const registration of registrationsToPromote(event, registrations)) {
      const document = await database.registrations.findOne(registration.id).exec();
      await document?.incrementalPatch({ registrationStatus: 'registered', updatedAt: Date.now() });
    }
  }
};
