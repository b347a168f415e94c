import type { ApiError, ApiErrorCode } from '../../shared/sync/syncProtocol';

/** Thrown anywhere in a request; the error handler answers with its status and ApiError body. */
export class HttpError extends Error {
  readonly statusCode: number;
  readonly body: ApiError & Record<string, unknown>;

  constructor(statusCode: number, error: ApiErrorCode, extra: Record<string, unknown> = {}) {
    super(error);
    this.statusCode = statusCode;
    this.body = { error, ...extra };
  }
}
