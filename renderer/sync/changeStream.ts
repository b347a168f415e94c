import { Observable } from 'rxjs';
import type { RxReplicationPullStreamItem } from 'rxdb';
import { retryDelay } from '../../shared/sync/retryBackoff';
import { createServerSentEventParser } from '../../shared/sync/serverSentEvents';
import type { StreamEvent, SyncCheckpoint, SyncCollection } from '../../shared/sync/syncProtocol';
import { SyncRequestError, type SyncHttpClient } from './syncHttpClient';

export type ChangeStreamCallbacks = {
  onConnected: () => void;
  onFailure: (error: SyncRequestError) => void;
  /** Whether to keep reconnecting after a failure (false once signed out or outdated). */
  shouldRetry: (error: SyncRequestError) => boolean;
};

/** Resolves after `ms`, or at once when the browser comes back online or `signal` aborts. */
export const waitForRetry = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      globalThis.removeEventListener?.('online', done);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    globalThis.addEventListener?.('online', done);
    signal.addEventListener('abort', done);
  });

/**
 * The live change feed of one collection as RxDB's pull stream. Read with fetch and a stream parser
 * because EventSource cannot send the Authorization header. After every (re)connect the client
 * emits 'RESYNC' so RxDB pulls whatever happened while the stream was down.
 */
export const createChangeStream = <T>(
  http: SyncHttpClient,
  collection: SyncCollection,
  callbacks: ChangeStreamCallbacks,
): Observable<RxReplicationPullStreamItem<T, SyncCheckpoint>> =>
  new Observable((subscriber) => {
    const abort = new AbortController();
    const run = async () => {
      let failures = 0;
      while (!abort.signal.aborted) {
        try {
          const body = await http.openStream(`/sync/${collection}/stream`, abort.signal);
          failures = 0;
          callbacks.onConnected();
          subscriber.next('RESYNC');
          const reader = body.getReader();
          const decoder = new TextDecoder();
          const parser = createServerSentEventParser();
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            for (const event of parser.push(decoder.decode(value, { stream: true }))) {
              const parsed = JSON.parse(event.data) as StreamEvent;
              subscriber.next(
                parsed === 'RESYNC'
                  ? 'RESYNC'
                  : (parsed as unknown as RxReplicationPullStreamItem<T, SyncCheckpoint>),
              );
            }
          }
          // The server closed the stream (restart, deploy): reconnect after a short pause.
          failures += 1;
        } catch (error) {
          if (abort.signal.aborted) return;
          const failure =
            error instanceof SyncRequestError
              ? error
              : new SyncRequestError(
                  'unreachable',
                  0,
                  null,
                  error instanceof Error ? error.message : String(error),
                );
          callbacks.onFailure(failure);
          if (!callbacks.shouldRetry(failure)) return;
          failures += 1;
        }
        await waitForRetry(retryDelay(failures), abort.signal);
      }
    };
    void run();
    return () => abort.abort();
  });
