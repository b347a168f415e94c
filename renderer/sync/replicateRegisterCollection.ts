import {
  getChangedDocumentsSince,
  getComposedPrimaryKeyOfDocumentData,
  type RxStorageInstance,
  type RxCollection,
  type RxReplicationPullStreamItem,
  type RxReplicationWriteToMasterRow,
  type WithDeleted,
} from 'rxdb';
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import type {
  PullResponse,
  PushRequest,
  PushResponse,
  SyncCheckpoint,
  SyncCollection,
  WireDocument,
} from '../../shared/sync/syncProtocol';
import { concatMap, type Observable } from 'rxjs';
import { isSameValue, serverOwnedRecordFields } from '../../shared/sync/mergeThreeWay';
import {
  isRefusalInForce,
  planPushRow,
  refusalsByRow,
  type PushRowState,
} from '../../shared/sync/pushRefusals';
import { createPollingStream, pollIntervalMs, polledCollections } from './pollingStream';
import { createChangeStream, type ChangeStreamCallbacks } from './changeStream';
import type { RefusalBook } from './refusalBook';
import type { SyncHttpClient } from './syncHttpClient';
import { SyncRequestError } from './syncHttpClient';

export type ReplicationCallbacks = ChangeStreamCallbacks & {
  onSuccess: () => void;
  onTransferred: (count: number) => void;
};

export type CollectionReplication = RxReplicationState<unknown, SyncCheckpoint>;

type MetaDocument = { itemId: string; docData?: Record<string, unknown> };

const bookkeeping: ReadonlySet<string> = new Set(['_meta', '_rev', '_attachments']);

/** What goes on the wire: the decrypted document without RxDB's local bookkeeping. */
export const toWireDocument = (document: object): WireDocument =>
  Object.fromEntries(Object.entries(document).filter(([field]) => !bookkeeping.has(field))) as WireDocument;

export const pullBatchSize = 1000;
export const pushBatchSize = 100;

/**
 * One collection's replication with the company server. RxDB keeps the checkpoints and the queue
 * of unpushed local writes in its (encrypted) meta storage, so a reload or a server outage resumes
 * where it stopped. Documents pass through the encrypted storage wrapper below this layer: they are
 * plaintext only in memory and on the wire (TLS), never on this device's disk.
 */
export const replicateRegisterCollection = (
  collection: RxCollection,
  name: SyncCollection,
  http: SyncHttpClient,
  replicationIdentifier: string,
  callbacks: ReplicationCallbacks,
  options: { autoStart: boolean; refusals?: RefusalBook },
): CollectionReplication => {
  const { refusals } = options;
  // RxDB retries a failed push with the very same rows array: the same requestId lets the server
  // recognise a push it already applied when only the answer was lost.
  const requestIds = new WeakMap<object, string>();
  const guarded = async <T>(task: () => Promise<T>): Promise<T> => {
    try {
      const result = await task();
      callbacks.onSuccess();
      return result;
    } catch (error) {
      const failure =
        error instanceof SyncRequestError
          ? error
          : new SyncRequestError(
              'badResponse',
              0,
              null,
              error instanceof Error ? error.message : String(error),
            );
      callbacks.onFailure(failure);
      throw failure;
    }
  };

  /**
   * A record whose refused change is still in force keeps this device's version: RxDB believes the
   * refused row reached the server, so it would let a newer server version (or a scope removal)
   * replace it silently. The same holds for a record with a local change not yet pushed: RxDB applies
   * pulled documents only after its push, so a pull read before the push was refused would otherwise
   * land on the refused version. Holding such a document back loses nothing: a push that is taken
   * comes back in a later pull, a conflict brings the server version with it, and "Discard my change"
   * fetches it.
   */
  let replication: CollectionReplication | null = null;
  let pushInFlight: Promise<unknown> = Promise.resolve();
  const contentOf = (document: object): Record<string, unknown> =>
    Object.fromEntries(
      Object.entries(document).filter(
        ([field]) =>
          !bookkeeping.has(field) && !(serverOwnedRecordFields as readonly string[]).includes(field),
      ),
    );
  /**
   * Ids this device may hold an unpushed change of: written here other than by the downstream since
   * replication started, or changed after the upstream checkpoint when it started (writes from before
   * a reload). Only pulled records among them need their local and replication state read — reading
   * every pulled id cost an initial sync of 100 000 people a quarter of its speed (docs/PERFORMANCE.md).
   */
  const localWrites = new Set<string>();
  const localWritesSubscription = collection.storageInstance.changeStream().subscribe((bulk) => {
    if (bulk.context.startsWith('replication-downstream-')) return;
    bulk.events.forEach((event) => localWrites.add(event.documentId));
  });
  let writesBeforeStart: Promise<ReadonlySet<string>> | null = null;
  const changedBeforeStart = (meta: RxStorageInstance<MetaDocument, unknown, unknown>) => {
    writesBeforeStart ??= (async () => {
      const checkpointId = getComposedPrimaryKeyOfDocumentData(meta.schema, {
        itemId: 'up',
        isCheckpoint: '1',
      } as never);
      const [checkpointDocument] = await meta.findDocumentsById([checkpointId], false);
      const ids = new Set<string>();
      let checkpoint = (checkpointDocument as { checkpointData?: unknown } | undefined)?.checkpointData;
      for (;;) {
        const batch = await getChangedDocumentsSince(collection.storageInstance, 1_000, checkpoint);
        if (batch.documents.length === 0) break;
        batch.documents.forEach((document) => ids.add(document.id as string));
        checkpoint = batch.checkpoint;
      }
      return ids;
    })();
    return writesBeforeStart;
  };
  /** Pulled documents that would land on a local change not pushed yet (other than its own echo). */
  const heldBackAmong = async (documents: WireDocument[]): Promise<Set<string>> => {
    const meta = replication?.metaInstance as RxStorageInstance<MetaDocument, unknown, unknown> | undefined;
    if (!meta) return new Set();
    const before = await changedBeforeStart(meta);
    const ids = documents
      .map((document) => document.id)
      .filter((id) => localWrites.has(id) || before.has(id));
    if (ids.length === 0) return new Set();
    const metaIdOf = (itemId: string) =>
      getComposedPrimaryKeyOfDocumentData(meta.schema, { itemId, isCheckpoint: '0' } as never);
    // Records new to this device (all of them in an initial sync) cannot hold a local change: their
    // replication state is read only for the ones that exist here.
    const forkStates = await collection.storageInstance.findDocumentsById(ids, true);
    if (forkStates.length === 0) return new Set();
    const known = await meta.findDocumentsById(
      forkStates.map((fork) => metaIdOf(fork.id as string)),
      true,
    );
    const assumed = new Map(known.map((entry) => [entry.itemId, entry.docData]));
    const pulled = new Map(documents.map((document) => [document.id, document]));
    const isEqual = collection.conflictHandler.isEqual;
    return new Set(
      forkStates
        .filter((fork) => {
          const id = fork.id as string;
          const master = assumed.get(id);
          const isUnpushed = !master || !isEqual(master as never, fork as never, 'kontakt-pull-hold');
          // The server's copy of this device's own write differs only in server-stamped fields.
          return isUnpushed && !isSameValue(contentOf(pulled.get(id)!), contentOf(fork));
        })
        .map((fork) => fork.id as string),
    );
  };
  const withoutRefused = async (documents: WireDocument[]): Promise<WireDocument[]> => {
    if (!refusals || documents.length === 0) return documents;
    // A push under way may be answered with a refusal of one of these records; decide after it.
    await pushInFlight;
    const ids = documents.map((document) => document.id);
    const [known, unpushed] = await Promise.all([refusals.forRecords(name, ids), heldBackAmong(documents)]);
    if (known.size === 0 && unpushed.size === 0) return documents;
    return documents.filter((document) => {
      const refusal = known.get(document.id);
      return !unpushed.has(document.id) && (!refusal || !isRefusalInForce(refusal));
    });
  };
  const stream$: Observable<RxReplicationPullStreamItem<unknown, SyncCheckpoint>> = (
    polledCollections.includes(name)
      ? createPollingStream(pollIntervalMs, callbacks.onConnected)
      : createChangeStream<unknown>(http, name, callbacks)
  ).pipe(
    concatMap(async (item) =>
      item === 'RESYNC'
        ? item
        : {
            ...item,
            documents: (await withoutRefused(item.documents as WireDocument[])) as WithDeleted<unknown>[],
          },
    ),
  );

  replication = replicateRxCollection<unknown, SyncCheckpoint>({
    collection,
    replicationIdentifier,
    live: true,
    autoStart: options.autoStart,
    // One tab syncs; the others see its writes through RxDB's multi-instance events.
    waitForLeadership: true,
    // The desktop app syncs in the background too.
    toggleOnDocumentVisible: false,
    retryTime: 1_000,
    pull: {
      batchSize: pullBatchSize,
      handler: (checkpoint, batchSize) =>
        guarded(async () => {
          const query = new URLSearchParams({ limit: String(batchSize) });
          if (checkpoint) query.set('sequence', String(checkpoint.sequence));
          const response = await http.request<PullResponse>('GET', `/sync/${name}/pull?${query.toString()}`);
          if (!Array.isArray(response?.documents))
            throw new SyncRequestError('badResponse', 200, null, 'Pull answer without documents');
          callbacks.onTransferred(response.documents.length);
          return {
            documents: (await withoutRefused(response.documents)) as WithDeleted<unknown>[],
            checkpoint: response.checkpoint ?? checkpoint,
          };
        }),
      stream$,
    },
    push: {
      batchSize: pushBatchSize,
      handler: (rows: RxReplicationWriteToMasterRow<unknown>[]) => {
        const pushed = guarded(async () => {
          let requestId = requestIds.get(rows);
          if (!requestId) {
            requestId = crypto.randomUUID();
            requestIds.set(rows, requestId);
          }
          const wireRows: PushRowState[] = rows.map((row) => ({
            newDocumentState: toWireDocument(row.newDocumentState as object),
            assumedMasterState: row.assumedMasterState
              ? toWireDocument(row.assumedMasterState as object)
              : null,
          }));
          const known = refusals
            ? await refusals.forRecords(
                name,
                wireRows.map((row) => row.newDocumentState.id),
              )
            : new Map();
          const sent: PushRowState[] = [];
          for (const row of wireRows) {
            const plan = planPushRow(row, known.get(row.newDocumentState.id));
            if (plan.action === 'send') sent.push({ ...row, assumedMasterState: plan.assumedMasterState });
          }
          // Skipped rows are the server's own version already (or nothing it has): RxDB may take them as pushed.
          if (sent.length === 0) return [];
          const body: PushRequest = {
            requestId,
            // Without a place to keep refusals, the server's whole-push answer (retried) is the safe one.
            ...(refusals ? { refusalMode: 'perDocument' as const } : {}),
            rows: sent.map((row) => ({
              newDocumentState: row.newDocumentState,
              ...(row.assumedMasterState ? { assumedMasterState: row.assumedMasterState } : {}),
            })),
          };
          const response = await http.request<PushResponse>('POST', `/sync/${name}/push`, body);
          if (!Array.isArray(response?.conflicts))
            throw new SyncRequestError('badResponse', 200, null, 'Push answer without conflicts');
          // A refused row is not returned to RxDB as a conflict, so RxDB does not retry it; it is kept
          // as a refusal on the device (with the base a later push must name) for the user to decide.
          const refused = refusalsByRow(response, sent.length);
          const conflictIds = new Set(response.conflicts.map((document) => document.id));
          if (refusals) {
            await refusals.record(
              name,
              [...refused].map(([index, refusal]) => ({
                refusal,
                document: sent[index]!.newDocumentState,
                base: sent[index]!.assumedMasterState,
              })),
            );
            const accepted = sent
              .filter((row, index) => !refused.has(index) && !conflictIds.has(row.newDocumentState.id))
              .map((row) => row.newDocumentState.id)
              .filter((id) => known.has(id));
            await refusals.settle(name, accepted);
          }
          callbacks.onTransferred(sent.length - refused.size);
          return response.conflicts as WithDeleted<unknown>[];
        });
        pushInFlight = pushed.catch(() => undefined);
        return pushed;
      },
    },
  });
  replication.canceled$.subscribe((isCanceled) => {
    if (isCanceled) localWritesSubscription.unsubscribe();
  });
  return replication;
};
