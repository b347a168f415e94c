import type { RxCollection, RxReplicationWriteToMasterRow, WithDeleted } from 'rxdb';
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import type {
  PullResponse,
  PushRequest,
  PushResponse,
  SyncCheckpoint,
  SyncCollection,
  WireDocument,
} from '../../shared/sync/syncProtocol';
import { createPollingStream, pollIntervalMs, polledCollections } from './pollingStream';
import { createChangeStream, type ChangeStreamCallbacks } from './changeStream';
import type { SyncHttpClient } from './syncHttpClient';
import { SyncRequestError } from './syncHttpClient';

export type ReplicationCallbacks = ChangeStreamCallbacks & {
  onSuccess: () => void;
  onTransferred: (count: number) => void;
};

export type CollectionReplication = RxReplicationState<unknown, SyncCheckpoint>;

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
  options: { autoStart: boolean },
): CollectionReplication => {
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

  return replicateRxCollection<unknown, SyncCheckpoint>({
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
            documents: response.documents as WithDeleted<unknown>[],
            checkpoint: response.checkpoint ?? checkpoint,
          };
        }),
      stream$: polledCollections.includes(name)
        ? createPollingStream(pollIntervalMs, callbacks.onConnected)
        : createChangeStream(http, name, callbacks),
    },
    push: {
      batchSize: pushBatchSize,
      handler: (rows: RxReplicationWriteToMasterRow<unknown>[]) =>
        guarded(async () => {
          let requestId = requestIds.get(rows);
          if (!requestId) {
            requestId = crypto.randomUUID();
            requestIds.set(rows, requestId);
          }
          const body: PushRequest = {
            requestId,
            rows: rows.map((row) => ({
              newDocumentState: toWireDocument(row.newDocumentState as object),
              ...(row.assumedMasterState
                ? { assumedMasterState: toWireDocument(row.assumedMasterState as object) }
                : {}),
            })),
          };
          const response = await http.request<PushResponse>('POST', `/sync/${name}/push`, body);
          if (!Array.isArray(response?.conflicts))
            throw new SyncRequestError('badResponse', 200, null, 'Push answer without conflicts');
          callbacks.onTransferred(rows.length);
          return response.conflicts as WithDeleted<unknown>[];
        }),
    },
  });
};
