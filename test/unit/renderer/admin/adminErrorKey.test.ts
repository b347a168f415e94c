import { describe, expect, it } from 'vitest';
import { adminErrorKey, fieldOfAdminError } from '../../../../renderer/admin/adminErrorKey';
import { SyncRequestError } from '../../../../renderer/sync/syncHttpClient';

const failure = (status: number, message = '') =>
  new SyncRequestError(
    status === 0
      ? 'unreachable'
      : status === 401
        ? 'unauthorized'
        : status === 403
          ? 'forbidden'
          : status === 426
            ? 'outdated'
            : status >= 500
              ? 'serverError'
              : 'badResponse',
    status,
    null,
    message,
  );

describe('adminErrorKey', () => {
  it('tells a taken username from an existing unit by what was being created (both are 409)', () => {
    expect(adminErrorKey(failure(409, 'username taken'), 'user')).toBe('usernameTaken');
    expect(adminErrorKey(failure(409, 'unit exists'), 'unit')).toBe('unitExists');
  });

  it('recognises an unknown unit among other refused inputs', () => {
    expect(adminErrorKey(failure(400, 'unknown unit'))).toBe('unknownUnit');
    expect(adminErrorKey(failure(400, 'password must have at least 12 characters'))).toBe('invalid');
  });

  it.each([
    [0, 'unreachable'],
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'notFound'],
    [426, 'outdated'],
    [500, 'serverError'],
    [502, 'serverError'],
  ] as const)('maps HTTP %i to %s', (status, key) => {
    expect(adminErrorKey(failure(status))).toBe(key);
  });

  it('treats anything that is not a failed request as a server error', () => {
    expect(adminErrorKey(new TypeError('boom'))).toBe('serverError');
    expect(adminErrorKey(null)).toBe('serverError');
  });

  it('puts field errors at their field and the rest in the banner', () => {
    expect(fieldOfAdminError('usernameTaken')).toBe('username');
    expect(fieldOfAdminError('unitExists')).toBe('unitId');
    expect(fieldOfAdminError('unknownUnit')).toBe('units');
    expect(fieldOfAdminError('forbidden')).toBeNull();
    expect(fieldOfAdminError('unreachable')).toBeNull();
  });
});
