import type { StreamEvent, SyncCollection } from '../../../shared/sync/syncProtocol';
import { apiBasePath, clientVersionHeader } from '../../../shared/sync/syncProtocol';
import { testClientVersion } from './ApiClient';

export type EventStreamReader = {
  status: number;
  events: StreamEvent[];
  /** Comment lines (heartbeats) seen so far. */
  comments: string[];
  /** Resolves with the first event (already received or future) that matches, or rejects after `timeoutMs`. */
  waitFor: (predicate: (event: StreamEvent) => boolean, timeoutMs?: number) => Promise<StreamEvent>;
  close: () => void;
};

/** Reads a collection's Server-Sent Events stream with fetch, as a client that can send headers does. */
export const readEventStream = async (
  baseUrl: string,
  token: string,
  collection: SyncCollection,
  query = '',
): Promise<EventStreamReader> => {
  const abort = new AbortController();
  const response = await fetch(`${baseUrl}${apiBasePath}/sync/${collection}/stream${query}`, {
    headers: { authorization: `Bearer ${token}`, [clientVersionHeader]: testClientVersion },
    signal: abort.signal,
  });
  const events: StreamEvent[] = [];
  const comments: string[] = [];
  const waiters = new Set<() => void>();
  if (response.body) {
    void (async () => {
      const decoder = new TextDecoder();
      let buffer = '';
      try {
        for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
          buffer += decoder.decode(chunk, { stream: true });
          let end = buffer.indexOf('\n\n');
          while (end >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            for (const line of block.split('\n')) {
              if (line.startsWith('data: ')) events.push(JSON.parse(line.slice(6)) as StreamEvent);
              else if (line.startsWith(':')) comments.push(line);
            }
            waiters.forEach((wake) => wake());
            end = buffer.indexOf('\n\n');
          }
        }
      } catch {
        // Aborted by close().
      }
    })();
  }
  return {
    status: response.status,
    events,
    comments,
    waitFor: (predicate, timeoutMs = 5_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const found = events.find(predicate);
          if (!found) return false;
          cleanup();
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(
            new Error(
              `no matching stream event within ${timeoutMs} ms; got ${JSON.stringify(events).slice(0, 500)}`,
            ),
          );
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(wake);
        };
        const wake = () => void check();
        waiters.add(wake);
        check();
      }),
    close: () => abort.abort(),
  };
};
