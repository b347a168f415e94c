import type { RxConflictHandler, WithDeleted } from 'rxdb';
import type { ConflictRecord } from '../../shared/model';
import { conflictRecordsFor } from '../../shared/sync/conflictRecords';
import {
  isSameValue,
  mergeThreeWay,
  serverOwnedRecordFields,
  type MergeableDocument,
} from '../../shared/sync/mergeThreeWay';
import type { SyncCollection } from '../../shared/sync/syncProtocol';
import { personDisplayName } from '../state/recordLabels';

/** Where a merge puts the values it set aside; the database's `conflicts` collection in the app. */
export type ConflictSink = {
  localUser: () => Promise<string>;
  record: (records: ConflictRecord[]) => Promise<void>;
  /**
   * For a record whose refused change is still in force: settles the refusal (the merge below takes the
   * change up) and gives the server version the refused push assumed. RxDB's own assumed state is the
   * refused version itself, which would make the server's later edits win every field. Undefined when
   * no refusal is in force.
   */
  takeRefusalBase?: (collection: SyncCollection, id: string) => Promise<{ base: object | null } | undefined>;
};

const bookkeeping: ReadonlySet<string> = new Set(['_meta', '_rev', '_attachments']);

const withoutBookkeeping = (document: object): Record<string, unknown> =>
  Object.fromEntries(Object.entries(document).filter(([field]) => !bookkeeping.has(field)));

export const recordLabelOf = (collection: SyncCollection, document: Record<string, unknown>): string => {
  const text = (field: string) => (typeof document[field] === 'string' ? (document[field] as string) : '');
  if (collection === 'people')
    return personDisplayName({
      firstNames: text('firstNames'),
      lastName: text('lastName'),
      preferredName: text('preferredName'),
    });
  if (collection === 'organisations') return text('name');
  // Other record types name themselves by whichever of these they have.
  return ['name', 'label', 'subject', 'title', 'role'].map(text).find((label) => label !== '') ?? '';
};

/**
 * RxDB calls `resolve` when the server rejects a push because its copy changed since this device
 * last saw it. We merge three ways (see shared/sync/mergeThreeWay.ts), keep every value that lost in a
 * conflict record, and hand the merged state back to RxDB, which writes it locally and pushes it again.
 */
export const createMergingConflictHandler = <T>(
  collection: SyncCollection,
  sink: () => ConflictSink | null,
): RxConflictHandler<T> => ({
  isEqual: (a, b) => isSameValue(withoutBookkeeping(a as object), withoutBookkeeping(b as object)),
  resolve: async (input) => {
    const local = withoutBookkeeping(input.newDocumentState as object) as MergeableDocument;
    const remote = withoutBookkeeping(input.realMasterState as object) as MergeableDocument;
    const target = sink();
    const refused = await target?.takeRefusalBase?.(collection, local.id);
    const assumed = refused ? refused.base : (input.assumedMasterState as object | undefined);
    const base = assumed ? (withoutBookkeeping(assumed) as MergeableDocument) : undefined;
    const outcome = mergeThreeWay({ base, local, remote, serverOwnedFields: serverOwnedRecordFields });
    // Every synced collection keeps what a merge set aside: no value is lost without a trace.
    if (target && (outcome.conflicts.length > 0 || outcome.deletion !== 'none')) {
      const labelSource = local._deleted ? remote : local;
      await target.record(
        conflictRecordsFor({
          collection,
          local,
          remote,
          outcome,
          localUser: await target.localUser(),
          recordLabel: recordLabelOf(collection, labelSource),
          now: Date.now(),
        }),
      );
    }
    return outcome.merged as unknown as WithDeleted<T>;
  },
});
