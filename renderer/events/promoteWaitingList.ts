import type { KontaktEvent, Registration } from '../../shared/model';
import { registrationsToPromote } from '../../shared/events/waitingList';
import type { RegisterDatabase } from '../db/openRegisterDatabase';

export const registrationsOfEvent = async (
  database: RegisterDatabase,
  eventId: string,
): Promise<Registration[]> =>
  (await database.registrations.find({ selector: { eventId } }).exec()).map(
    (document) => document.toJSON() as Registration,
  );

/**
 * Moves the first waiting registrations up into free seats, after anything that freed one (a cancellation,
 * a removal, an erased person, a larger capacity); the caller tells the user who moved.
 */
export const promoteWaitingList = async (
  database: RegisterDatabase,
  event: KontaktEvent,
): Promise<Registration[]> => {
  const promoted = registrationsToPromote(event, await registrationsOfEvent(database, event.id));
  for (const registration of promoted) {
    const document = await database.registrations.findOne(registration.id).exec();
    await document?.incrementalPatch({ registrationStatus: 'registered', updatedAt: Date.now() });
  }
  return promoted;
};
