import type { SqlExecutor } from '../db/SqlClient';

export const auditOperations = [
  'create',
  'update',
  'delete',
  'pull',
  'stream',
  'login',
  'loginFailed',
  'logout',
  'userCreate',
  'userUpdate',
  'passwordReset',
  'sessionsRevoke',
  'unitCreate',
  'shareGrant',
  'shareRevoke',
  'auditRead',
  'erase',
  // Accesses a client recorded in its access log (a person's page opened, an export, an import).
  'view',
  'export',
  'import',
] as const;
export type AuditOperation = (typeof auditOperations)[number];

/**
 * Who did what to which records, never with personal values: only ids. Called inside the
 * transaction of the change it describes, so a rolled-back change leaves no audit row.
 */
export type AuditEntry = {
  userId: string | null;
  operation: AuditOperation;
  collection?: string;
  recordIds?: readonly string[];
  /** A non-personal detail such as the id of the user an admin action was about. */
  detail?: string;
};

export const writeAudit = async (sql: SqlExecutor, entry: AuditEntry, now = Date.now()): Promise<void> => {
  await sql.query(
    'insert into audit_log (at, user_id, operation, collection, record_ids, detail) values ($1, $2, $3, $4, $5::text[], $6)',
    [
      now,
      entry.userId,
      entry.operation,
      entry.collection ?? null,
      entry.recordIds ?? [],
      entry.detail ?? null,
    ],
  );
};
