import type { RxCollection } from 'rxdb';
import type { ConflictRecord } from '../../shared/model';
import {
  isRefusal,
  isRefusalInForce,
  refusalDetailsOf,
  refusalIdFor,
  refusalRecordFor,
} from '../../shared/sync/pushRefusals';
import type { PushRefusal, SyncCollection, WireDocument } from '../../shared/sync/syncProtocol';
import { recordLabelOf } from './mergingConflictHandler';
import type { SyncHttpClient } from './syncHttpClient';
import { SyncRequestError } from './syncHttpClient';

/** Where the push handler keeps the refusals: the encrypted local `conflicts` collection. */
export type RefusalBook = {
  /** Refusal records (any status) of these records, by record id. */
  forRecords: (collection: SyncCollection, ids: readonly string[]) => Promise<Map<string, ConflictRecord>>;
  record: (
    collection: SyncCollection,
    refused: readonly { refusal: PushRefusal; document: WireDocument; base: WireDocument | null }[],
  ) => Promise<void>;
  /** The server took these records' changes: their refusals are settled. */
  settle: (collection: SyncCollection, ids: readonly string[]) => Promise<void>;
};

export const createRefusalBook = (
  conflicts: RxCollection<ConflictRecord>,
  localUser: () => Promise<string>,
): RefusalBook => {
  // Every pulled batch asks about its records; looking each up in IndexedDB cost an initial sync of
  // 100 000 people a third of its speed. The ids of the stored conflicts are kept here instead (few,
  // and followed through the collection's change events), so only records that have one are read.
  let storedIds: Promise<Set<string>> | null = null;
  const storedConflictIds = () => {
    storedIds ??= (async () => {
      const ids = new Set<string>();
      conflicts.$.subscribe((event) => {
        if (event.operation === 'DELETE') ids.delete(event.documentId);
        else ids.add(event.documentId);
      });
      for (const document of await conflicts.find().exec()) ids.add(document.primary);
      return ids;
    })();
    return storedIds;
  };
  const forRecords: RefusalBook['forRecords'] = async (collection, ids) => {
    if (ids.length === 0) return new Map();
    const stored = await storedConflictIds();
    // Only ids are queryable (the rest is encrypted); ids of refusals are derived, so look them up directly.
    const wanted = ids.map((id) => refusalIdFor(collection, id)).filter((id) => stored.has(id));
    if (wanted.length === 0) return new Map();
    const found = await conflicts.findByIds(wanted).exec();
    return new Map(
      [...found.values()]
        .map((document) => document.toJSON() as ConflictRecord)
        .filter((record) => isRefusal(record) && record.recordCollection === collection)
        .map((record) => [record.recordId, record]),
    );
  };
  return {
    forRecords,
    record: async (collection, refused) => {
      if (refused.length === 0) return;
      const previous = await forRecords(
        collection,
        refused.map(({ document }) => document.id),
      );
      const user = await localUser();
      const now = Date.now();
      const stored = await storedConflictIds();
      refused.forEach(({ document }) => stored.add(refusalIdFor(collection, document.id)));
      await conflicts.bulkUpsert(
        refused.map(({ refusal, document, base }) => {
          const before = previous.get(document.id);
          return refusalRecordFor({
            collection,
            refusal,
            document,
            base,
            // A refused deletion has no name left in it; the notice keeps the one it had.
            recordLabel: document._deleted
              ? (before?.recordLabel ?? '')
              : recordLabelOf(collection, document),
            localUser: user,
            now,
            ...(before ? { previous: before } : {}),
          });
        }),
      );
    },
    settle: async (collection, ids) => {
      const known = await forRecords(collection, ids);
      const now = Date.now();
      const settled = [...known.values()].filter(isRefusalInForce);
      if (settled.length > 0)
        await conflicts.bulkUpsert(
          settled.map((record) => ({ ...record, status: 'resolved', updatedAt: now })),
        );
    },
  };
};

const withoutWireFields = (document: WireDocument): Record<string, unknown> => {
  const { _deleted: _ignored, scopeRemoved: _scope, ...rest } = document;
  return rest;
};

export type RefusalOutcome = 'retrying' | 'kept' | 'discarded' | 'removed';

/**
 * The user's three answers to a refusal. "Try again" writes the refused version once more (it may
 * have been overwritten by a later pull) so it is pushed again, still naming the server's version it
 * was based on. "Keep mine locally" closes the notice; the local version stays and later edits still
 * push against the right base. "Discard my change" fetches the server's version and puts it in place,
 * or removes the record here when the server has none the user may see.
 */
export const settleRefusal = async ({
  conflicts,
  collectionOf,
  http,
  refusalId,
  choice,
}: {
  conflicts: RxCollection<ConflictRecord>;
  collectionOf: (name: string) => RxCollection | undefined;
  http: SyncHttpClient | null;
  refusalId: string;
  choice: 'tryAgain' | 'keepLocal' | 'discard';
}): Promise<RefusalOutcome | null> => {
  const stored = await conflicts.findOne(refusalId).exec();
  if (!stored) return null;
  const refusal = stored.toJSON() as ConflictRecord;
  const collection = collectionOf(refusal.recordCollection);
  const details = refusalDetailsOf(refusal);
  const now = Date.now();
  if (choice === 'keepLocal') {
    await stored.incrementalPatch({ status: 'dismissed', updatedAt: now });
    return 'kept';
  }
  if (!collection) return null;
  const local = await collection.findOne(refusal.recordId).exec();
  if (choice === 'tryAgain') {
    await stored.incrementalPatch({ status: 'open', updatedAt: now });
    if (details.document && !details.document._deleted)
      await collection.upsert({ ...withoutWireFields(details.document), updatedAt: now });
    else if (local) await local.remove();
    return 'retrying';
  }
  if (!http) throw new SyncRequestError('unreachable', 0, null, 'Not signed in');
  let master: WireDocument | null;
  try {
    master = await http.request<WireDocument>(
      'GET',
      `/sync/${refusal.recordCollection}/documents/${encodeURIComponent(refusal.recordId)}`,
    );
  } catch (error) {
    if (!(error instanceof SyncRequestError) || error.code !== 'notFound') throw error;
    master = null;
  }
  const isGone = master === null || master._deleted;
  // Marked first: the push handler then knows the write below is the server's own version (or a
  // removal of something the server does not have) and sends nothing.
  await stored.incrementalPatch({
    status: 'discarded',
    otherValue: JSON.stringify(isGone ? null : master),
    updatedAt: now,
  });
  if (isGone) {
    if (local) await local.remove();
    return 'removed';
  }
  await collection.upsert(withoutWireFields(master!));
  return 'discarded';
};
