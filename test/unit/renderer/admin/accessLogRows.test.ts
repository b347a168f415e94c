import { describe, expect, it } from 'vitest';
import type { AdminUser, AuditEntry } from '../../../../shared/sync/syncProtocol';
import { accessLogRows } from '../../../../renderer/admin/accessLogRows';

const user = (id: string, username: string, displayName: string): AdminUser => ({
  id,
  username,
  displayName,
  role: 'staff',
  units: ['main'],
  isDisabled: false,
});

const entry = (
  id: number,
  at: number,
  operation: string,
  userId: string | null,
  detail: string | null = null,
) =>
  ({
    id,
    at,
    userId,
    operation,
    collection: 'people',
    recordIds: ['p1'],
    recordCount: 1,
    detail,
  }) satisfies AuditEntry;

const users = [user('u1', 'ada', 'Ada Admin'), user('u2', 'sanna', 'Sanna Staff')];

describe('accessLogRows', () => {
  it('puts the newest first, by time and then by id for entries in the same millisecond', () => {
    const rows = accessLogRows(
      [entry(1, 100, 'create', 'u1'), entry(3, 300, 'pull', 'u2'), entry(2, 300, 'update', 'u1')],
      users,
    );
    expect(rows.map((row) => row.id)).toEqual([3, 2, 1]);
  });

  it('names users by display name and username, and keeps unknown ones unknown', () => {
    const rows = accessLogRows(
      [entry(1, 1, 'create', 'u1'), entry(2, 2, 'pull', 'gone'), entry(3, 3, 'pull', null)],
      users,
    );
    expect(rows.map((row) => row.who)).toEqual([null, null, { displayName: 'Ada Admin', username: 'ada' }]);
  });

  it('maps known operations to their text keys and others to "other" with the raw name', () => {
    const rows = accessLogRows([entry(1, 1, 'stream', 'u1'), entry(2, 2, 'somethingNew', 'u1')], users);
    expect(rows.map((row) => [row.operationKey, row.operation])).toEqual([
      ['other', 'somethingNew'],
      ['stream', 'stream'],
    ]);
  });

  it('reads a share’s grantee from the detail, and nothing from other entries’ details', () => {
    const rows = accessLogRows(
      [
        entry(1, 1, 'shareGrant', 'u1', 'unit:tki'),
        entry(2, 2, 'shareRevoke', 'u1', 'user:u2'),
        entry(3, 3, 'shareGrant', 'u1', 'user:missing'),
        entry(4, 4, 'update', 'u1', 'unit:tki'),
      ],
      users,
    );
    expect(rows.map((row) => row.grantee)).toEqual([
      null,
      { kind: 'user', id: 'missing', name: null },
      { kind: 'user', id: 'u2', name: 'Sanna Staff' },
      { kind: 'unit', id: 'tki' },
    ]);
  });

  it('does not reorder the caller’s array', () => {
    const entries = [entry(1, 1, 'create', 'u1'), entry(2, 2, 'pull', 'u2')];
    accessLogRows(entries, users);
    expect(entries.map((item) => item.id)).toEqual([1, 2]);
  });
});
