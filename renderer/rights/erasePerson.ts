import type { RxCollection } from 'rxdb';
import type {
  ConflictRecord,
  ImportBatch,
  KontaktEvent,
  Person,
  Registration,
  RightsRequest,
} from '../../shared/model';
import { seatHolderStatuses } from '../../shared/events/waitingList';
import { markerHashesOf, markerInputsOf } from '../../shared/rights/erasureMarkerHash';
import { erasedRecordOf, personDataCollections } from '../../shared/rights/personDataCollections';
import { requestDueDate } from '../../shared/rights/requestDueDate';
import { syncCollections, type ErasureResponse, type SyncCollection } from '../../shared/sync/syncProtocol';
import { plaintextFieldsFor, type RegisterDatabase } from '../db/openRegisterDatabase';
import type { SyncController } from '../sync/syncController';
import { SyncRequestError } from '../sync/syncHttpClient';
import { createKeyedHash, erasureKeyFor } from './erasureKeys';
import { findRecordsAbout } from './findRecordsAbout';
import { writeTombstones } from './writeTombstones';
import { promoteWaitingList } from '../events/promoteWaitingList';

export type ErasureStep = 'marker' | 'records' | 'leftovers' | 'server' | 'purge';

export type ServerErasure = 'done' | 'notSignedIn' | 'forbidden' | 'failed';

export type ErasureReport = {
  removed: { collection: string; id: string }[];
  server: ServerErasure;
  /** Waiting registrations of other people that took the seats the erased person held. */
  promoted: Registration[];
};

const inSyncWait = 20_000;

const within = <T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> =>
  Promise.race([promise, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms))]);

const collectionOf = (database: RegisterDatabase, name: string): RxCollection | undefined =>
  (database.collections as Record<string, RxCollection | undefined>)[name];

/** Logs the erasure as done: completes an open erasure request, or adds one received today. */
const completeErasureRequest = async (
  database: RegisterDatabase,
  person: Person,
  handledBy: string,
  today: string,
) => {
  const now = Date.now();
  const open = (await database.rightsRequests.find({ selector: { personId: person.id } }).exec())
    .map((document) => document.toJSON() as RightsRequest)
    .filter((request) => request.kind === 'erasure' && request.state === 'open');
  const done = { state: 'done' as const, handledAt: now, handledBy, updatedAt: now };
  if (open.length > 0) {
    await database.rightsRequests.bulkUpsert(open.map((request) => ({ ...request, ...done })));
    return;
  }
  await database.rightsRequests.insert({
    id: crypto.randomUUID(),
    status: 'active',
    owningUnit: person.owningUnit,
    createdAt: now,
    personId: person.id,
    kind: 'erasure',
    receivedDate: today,
    dueDate: requestDueDate(today),
    note: '',
    restrictionLiftedAt: 0,
    restrictionLiftedBy: '',
    createdBy: '',
    updatedBy: '',
    ...done,
  });
};

/** Conflict records and import undo data hold copies of records: drop those of the erased ones. */
const removeLeftovers = async (database: RegisterDatabase, removedIds: ReadonlySet<string>) => {
  const conflicts = (await database.conflicts.find().exec())
    .map((document) => document.toJSON() as ConflictRecord)
    .filter((conflict) => removedIds.has(conflict.recordId));
  if (conflicts.length > 0) {
    await database.conflicts.bulkRemove(conflicts.map((conflict) => conflict.id));
    // Local only, so nothing waits for a push: the removed conflicts are purged at once.
    await database.conflicts.cleanup(0);
  }
  for (const document of await database.importBatches.find().exec()) {
    const batch = document.toJSON() as ImportBatch;
    const created = batch.created.filter((item) => !removedIds.has(item.id));
    const previous = batch.previous.filter((item) => !removedIds.has(String(item.record.id)));
    if (created.length !== batch.created.length || previous.length !== batch.previous.length)
      await document.incrementalPatch({ created, previous, updatedAt: Date.now() });
  }
};

const eraseOnServer = async (
  sync: SyncController,
  removed: readonly { collection: string; id: string }[],
): Promise<ServerErasure> => {
  const session = sync.serverSession();
  if (!session) return 'notSignedIn';
  const records = removed.filter((item): item is { collection: SyncCollection; id: string } =>
    syncCollections.includes(item.collection as SyncCollection),
  );
  if (records.length === 0) return 'done';
  try {
    // Let this device push its own tombstones first, so they arrive as plain deletions.
    await within(sync.awaitInSync(), inSyncWait);
    await session.http.request<ErasureResponse>('POST', '/rights/erase', { records });
    return 'done';
  } catch (error) {
    if (error instanceof SyncRequestError && error.status === 403) return 'forbidden';
    return 'failed';
  }
};

/**
 * Erases a person (GDPR art. 17) from this register: an erasure marker from their contact details
 * first, the erasure logged as done, then every registered collection's records about them (deleted
 * as blank tombstones, references blanked, or kept anonymised; see personDataCollections), conflict
 * records and import undo data, then the server (when signed in and allowed), and last the tombstones
 * are purged from local storage. Other devices lose the records through the synced tombstones.
 */
export const erasePerson = async (options: {
  database: RegisterDatabase;
  sync: SyncController;
  personId: string;
  handledBy: string;
  today: string;
  onStep?: (step: ErasureStep) => void;
}): Promise<ErasureReport> => {
  const { database, sync, personId, onStep } = options;
  const found = await database.people.findOne(personId).exec();
  if (!found) throw new Error('The person no longer exists');
  const person = found.toJSON() as Person;

  onStep?.('marker');
  const key = await erasureKeyFor(database, person.owningUnit);
  const hashes = await markerHashesOf(markerInputsOf(person), await createKeyedHash(key.secret));
  if (hashes.length > 0) {
    const now = Date.now();
    await database.erasureMarkers.insert({
      id: crypto.randomUUID(),
      status: 'active',
      owningUnit: person.owningUnit,
      createdAt: now,
      updatedAt: now,
      kind: 'marker',
      keyId: key.id,
      secret: '',
      hashes,
      erasedOn: options.today,
      createdBy: '',
      updatedBy: '',
    });
  }
  await completeErasureRequest(database, person, options.handledBy, options.today);

  const seatedEventIds = new Set(
    (await database.registrations.find({ selector: { personId } }).exec())
      .map((document) => document.toJSON() as Registration)
      .filter((r) => r.status === 'active' && seatHolderStatuses.includes(r.registrationStatus))
      .map((r) => r.eventId),
  );

  onStep?.('records');
  const removed: { collection: string; id: string }[] = [];
  const purge: RxCollection[] = [];
  for (const entry of personDataCollections) {
    const collection = collectionOf(database, entry.collection);
    if (!collection) continue;
    const documents = await findRecordsAbout(database, entry, personId);
    if (documents.length === 0) continue;
    const now = Date.now();
    const kept: Record<string, unknown>[] = [];
    const deletedIds: string[] = [];
    for (const document of documents) {
      const after = erasedRecordOf(entry, document.toJSON() as Record<string, unknown>, personId);
      if (after === null) deletedIds.push(document.primary);
      else kept.push({ ...after, updatedAt: now });
    }
    if (kept.length > 0) await collection.bulkUpsert(kept);
    if (deletedIds.length > 0) {
      await writeTombstones(collection, deletedIds, plaintextFieldsFor(entry.collection));
      deletedIds.forEach((id) => removed.push({ collection: entry.collection, id }));
      purge.push(collection);
    }
  }

  // Seats the person held go to the waiting lists, as when a registration is removed by hand.
  const promoted: Registration[] = [];
  for (const eventId of seatedEventIds) {
    const event = (await database.events.findOne(eventId).exec())?.toJSON() as KontaktEvent | undefined;
    if (event && event.status === 'active') promoted.push(...(await promoteWaitingList(database, event)));
  }

  onStep?.('leftovers');
  await removeLeftovers(database, new Set(removed.map((item) => item.id)));

  onStep?.('server');
  const server = await eraseOnServer(sync, removed);

  onStep?.('purge');
  // A replicated collection purges only after its tombstones reached the server; offline, that waits
  // for the connection, so the purge goes on in the background rather than holding the user up.
  const purged = Promise.all(purge.map((collection) => collection.cleanup(0)));
  await within(
    purged.catch((error: unknown) => console.error('Purging erased records failed', error)),
    inSyncWait,
  );
  return { removed, server, promoted };
};
