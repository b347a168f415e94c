import type {
  PullResponse,
  PushRequest,
  PushResponse,
  PushRow,
  SyncCollection,
  WireDocument,
} from '../../../shared/sync/syncProtocol';
import { apiBasePath, clientVersionHeader } from '../../../shared/sync/syncProtocol';

export type ApiAnswer<T> = { status: number; body: T };

export const testClientVersion = '0.1.0';

/** A thin HTTP client for the server's API with the headers every real client sends. */
export type ApiClient = {
  token: string | undefined;
  get: <T = unknown>(path: string, headers?: Record<string, string>) => Promise<ApiAnswer<T>>;
  post: <T = unknown>(path: string, body: unknown, headers?: Record<string, string>) => Promise<ApiAnswer<T>>;
  patch: <T = unknown>(path: string, body: unknown) => Promise<ApiAnswer<T>>;
  pull: (collection: SyncCollection, sequence?: number, limit?: number) => Promise<ApiAnswer<PullResponse>>;
  /** Pulls page by page until the feed is exhausted; returns the last state per id and the checkpoint. */
  pullAll: (
    collection: SyncCollection,
    sequence?: number,
    limit?: number,
  ) => Promise<{ documents: Map<string, WireDocument>; sequence: number; pages: number }>;
  push: (collection: SyncCollection, rows: PushRow[], requestId?: string) => Promise<ApiAnswer<PushResponse>>;
};

export const createApiClient = (baseUrl: string, token?: string): ApiClient => {
  const request = async <T>(
    method: string,
    path: string,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
  ) => {
    const headers: Record<string, string> = { [clientVersionHeader]: testClientVersion, ...extraHeaders };
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${baseUrl}${apiBasePath}${path}`, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
  };
  const client: ApiClient = {
    token,
    get: (path, headers) => request('GET', path, undefined, headers),
    post: (path, body, headers) => request('POST', path, body, headers),
    patch: (path, body) => request('PATCH', path, body),
    pull: (collection, sequence, limit) => {
      const query = new URLSearchParams();
      if (sequence !== undefined) query.set('sequence', String(sequence));
      if (limit !== undefined) query.set('limit', String(limit));
      return request<PullResponse>('GET', `/sync/${collection}/pull?${query.toString()}`);
    },
    pullAll: async (collection, sequence = 0, limit = 200) => {
      const documents = new Map<string, WireDocument>();
      let cursor = sequence;
      let pages = 0;
      for (;;) {
        const answer = await client.pull(collection, cursor, limit);
        if (answer.status !== 200)
          throw new Error(`pull failed: ${answer.status} ${JSON.stringify(answer.body)}`);
        pages += 1;
        answer.body.documents.forEach((document) => documents.set(document.id, document));
        if (answer.body.documents.length === 0 || !answer.body.checkpoint) break;
        cursor = answer.body.checkpoint.sequence;
      }
      return { documents, sequence: cursor, pages };
    },
    push: (collection, rows, requestId = crypto.randomUUID()) =>
      request<PushResponse>('POST', `/sync/${collection}/push`, { requestId, rows } satisfies PushRequest),
  };
  return client;
};
