import type { SqlExecutor } from '../db/SqlClient';

const feedLockKey = 4_771_002;

/**
 * Every transaction that takes numbers from change_sequence first takes this transaction-scoped
 * advisory lock and keeps it until COMMIT. Numbers are therefore handed out in commit order: when
 * a reader sees sequence n committed, every smaller number is committed (or rolled back) already,
 * and a pull by checkpoint never skips a row that commits late.
 */
export const lockFeed = async (tx: SqlExecutor): Promise<void> => {
  await tx.query('select pg_advisory_xact_lock($1)', [feedLockKey]);
};

export const changesChannel = 'kontakt_changes';
