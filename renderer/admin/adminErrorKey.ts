/** The parts of a failed request that decide what the user is told (a SyncRequestError has them). */
export type FailedRequest = { reason: string; status: number; message: string };

export type AdminErrorKey =
  | 'forbidden'
  | 'unauthorized'
  | 'unreachable'
  | 'outdated'
  | 'serverError'
  | 'invalid'
  | 'notFound'
  | 'usernameTaken'
  | 'unitExists'
  | 'unknownUnit'
  | 'recordNotOnServer'
  | 'unknownGrantee'
  | 'shareForbidden';

const isFailedRequest = (error: unknown): error is FailedRequest =>
  typeof error === 'object' &&
  error !== null &&
  typeof (error as FailedRequest).status === 'number' &&
  typeof (error as FailedRequest).reason === 'string';

/**
 * Which `admin.errors.*` text explains a failed admin request. The server answers a duplicate with
 * 409 and an unknown unit with 400 "unknown unit"; its messages are for logs, so only those two
 * known ones are matched, and anything else falls back to the status.
 */
export const adminErrorKey = (error: unknown, subject: 'user' | 'unit' | 'share' = 'user'): AdminErrorKey => {
  if (!isFailedRequest(error)) return 'serverError';
  if (subject === 'share') {
    // Sharing answers 404 for a record the server does not hold yet, 400 for an unknown grantee.
    if (error.status === 404) return 'recordNotOnServer';
    if (error.status === 400) return 'unknownGrantee';
    if (error.status === 403) return 'shareForbidden';
  }
  if (error.status === 409) return subject === 'unit' ? 'unitExists' : 'usernameTaken';
  if (error.status === 400) return /unknown unit/i.test(error.message) ? 'unknownUnit' : 'invalid';
  if (error.status === 404) return 'notFound';
  if (error.reason === 'unauthorized') return 'unauthorized';
  if (error.reason === 'forbidden') return 'forbidden';
  if (error.reason === 'unreachable') return 'unreachable';
  if (error.reason === 'outdated') return 'outdated';
  return 'serverError';
};

/** Which errors belong to a form field rather than to the whole form. */
export const fieldOfAdminError = (key: AdminErrorKey): 'username' | 'unitId' | 'units' | null =>
  key === 'usernameTaken'
    ? 'username'
    : key === 'unitExists'
      ? 'unitId'
      : key === 'unknownUnit'
        ? 'units'
        : null;
