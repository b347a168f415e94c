import type { AdminUser, AuditEntry } from '../../shared/sync/syncProtocol';

export const recordAuditOperations = [
  'create',
  'update',
  'delete',
  'pull',
  'stream',
  'shareGrant',
  'shareRevoke',
  'auditRead',
  'view',
  'export',
  'import',
] as const;
export type RecordAuditOperation = (typeof recordAuditOperations)[number];

export type AccessLogRow = {
  id: number;
  at: number;
  /** Display name and username, or null when the user is unknown (removed) or none (system). */
  who: { displayName: string; username: string } | null;
  userId: string | null;
  /** An `admin.accessLog.operations.*` key, or 'other' with the raw operation kept in `operation`. */
  operationKey: RecordAuditOperation | 'other';
  operation: string;
  /** A share's grantee, from the entry's non-personal detail (`unit:<id>` or `user:<id>`). */
  grantee: { kind: 'unit'; id: string } | { kind: 'user'; id: string; name: string | null } | null;
};

const isKnownOperation = (operation: string): operation is RecordAuditOperation =>
  (recordAuditOperations as readonly string[]).includes(operation);

const granteeOf = (entry: AuditEntry, users: ReadonlyMap<string, AdminUser>): AccessLogRow['grantee'] => {
  if (entry.operation !== 'shareGrant' && entry.operation !== 'shareRevoke') return null;
  const match = /^(unit|user):(.+)$/.exec(entry.detail ?? '');
  if (!match) return null;
  if (match[1] === 'unit') return { kind: 'unit', id: match[2] };
  return { kind: 'user', id: match[2], name: users.get(match[2])?.displayName ?? null };
};

/** The access log of one record as shown: newest first, users by name, operations as text keys. */
export const accessLogRows = (
  entries: readonly AuditEntry[],
  users: readonly AdminUser[],
): AccessLogRow[] => {
  const byId = new Map(users.map((user) => [user.id, user]));
  return [...entries]
    .sort((a, b) => b.at - a.at || b.id - a.id)
    .map((entry) => {
      const user = entry.userId ? byId.get(entry.userId) : undefined;
      return {
        id: entry.id,
        at: entry.at,
        who: user ? { displayName: user.displayName, username: user.username } : null,
        userId: entry.userId,
        operationKey: isKnownOperation(entry.operation) ? entry.operation : 'other',
        operation: entry.operation,
        grantee: granteeOf(entry, byId),
      };
    });
};
