import {
  apiBasePath,
  apiErrorCodes,
  clientVersionHeader,
  type ApiErrorCode,
} from '../../shared/sync/syncProtocol';
import type { SyncFailureReason } from '../../shared/sync/syncStatus';

/** A failed exchange with the server, classified for the status indicator and the retry policy. */
export class SyncRequestError extends Error {
  constructor(
    readonly reason: SyncFailureReason,
    readonly status: number,
    readonly code: ApiErrorCode | null,
    message: string,
  ) {
    super(message);
    this.name = 'SyncRequestError';
  }
}

export const reasonForStatus = (status: number): SyncFailureReason => {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 426) return 'outdated';
  if (status >= 500) return 'serverError';
  return 'badResponse';
};

const errorCodeOf = (body: unknown): ApiErrorCode | null => {
  const code = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
  return apiErrorCodes.includes(code as ApiErrorCode) ? (code as ApiErrorCode) : null;
};

export type SyncHttpClient = {
  request: <T>(method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown) => Promise<T>;
  /** Opens a streaming GET (the live change feed); the caller reads and closes the body. */
  openStream: (path: string, signal: AbortSignal) => Promise<ReadableStream<Uint8Array>>;
};

export type SyncHttpOptions = {
  serverUrl: string;
  token: () => string | null;
  clientVersion: string;
  fetch?: typeof fetch;
};

/**
 * Every request to the company server: the bearer token, the client version (so an outdated client
 * gets 426 instead of writing in an old shape) and error classification in one place.
 */
export const createSyncHttpClient = ({
  serverUrl,
  token,
  clientVersion,
  fetch: fetchImpl = globalThis.fetch.bind(globalThis),
}: SyncHttpOptions): SyncHttpClient => {
  const headersFor = (hasBody: boolean): Record<string, string> => {
    const headers: Record<string, string> = { [clientVersionHeader]: clientVersion };
    const current = token();
    if (current) headers.authorization = `Bearer ${current}`;
    if (hasBody) headers['content-type'] = 'application/json';
    return headers;
  };

  const send = async (method: string, path: string, body: unknown, signal?: AbortSignal) => {
    let response: Response;
    try {
      response = await fetchImpl(`${serverUrl}${apiBasePath}${path}`, {
        method,
        headers: headersFor(body !== undefined),
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
        cache: 'no-store',
        credentials: 'omit',
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new SyncRequestError(
        'unreachable',
        0,
        null,
        error instanceof Error ? error.message : String(error),
      );
    }
    if (!response.ok) {
      const payload: unknown = await response.json().catch(() => null);
      const code = errorCodeOf(payload);
      const message =
        typeof payload === 'object' &&
        payload !== null &&
        typeof (payload as { message?: unknown }).message === 'string'
          ? (payload as { message: string }).message
          : `HTTP ${response.status}`;
      throw new SyncRequestError(reasonForStatus(response.status), response.status, code, message);
    }
    return response;
  };

  return {
    request: async <T>(method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown) => {
      const response = await send(method, path, body);
      if (response.status === 204) return undefined as T;
      try {
        return (await response.json()) as T;
      } catch (error) {
        throw new SyncRequestError('badResponse', response.status, null, String(error));
      }
    },
    openStream: async (path, signal) => {
      const response = await send('GET', path, undefined, signal);
      if (!response.body) throw new SyncRequestError('badResponse', response.status, null, 'No stream body');
      return response.body;
    },
  };
};
