/** Rows come back as plain objects; int8 columns may be strings (pg) or numbers (PGlite), so callers use Number(). */
export type SqlRow = Record<string, unknown>;

/** What code inside and outside a transaction may run: one parameterised statement, or a script without parameters. */
export type SqlExecutor = {
  query: <R extends SqlRow = SqlRow>(sql: string, params?: unknown[]) => Promise<R[]>;
  exec: (script: string) => Promise<void>;
};

/**
 * The one database seam of the server: PostgreSQL through a pg Pool, or an embedded PGlite.
 * Both run the same SQL; only connection handling and notifications differ.
 */
export type SqlClient = SqlExecutor & {
  kind: 'postgres' | 'pglite';
  /** Runs `work` in one transaction: COMMIT when it resolves, ROLLBACK when it throws. */
  transaction: <T>(work: (tx: SqlExecutor) => Promise<T>) => Promise<T>;
  /** Cross-instance notifications (LISTEN/NOTIFY on PostgreSQL, in-process on PGlite). */
  listen: (channel: string, onPayload: (payload: string) => void) => Promise<() => Promise<void>>;
  notify: (channel: string, payload: string) => Promise<void>;
  close: () => Promise<void>;
};
