import type { SqlClient } from './SqlClient';
import type { Migration } from './migrations';
import { migrations as allMigrations } from './migrations';

// Two instances starting together on one PostgreSQL must not both apply a migration.
const migrationLockKey = 4_771_001;

/** Applies every migration not yet in schema_migrations, in order, each in its own transaction. */
export const runMigrations = async (
  sql: SqlClient,
  migrations: readonly Migration[] = allMigrations,
): Promise<number[]> => {
  await sql.exec(`create table if not exists schema_migrations (
    version integer primary key,
    name text not null,
    applied_at timestamptz not null default now()
  )`);
  const applied: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    const isNew = await sql.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1)', [migrationLockKey]);
      const done = await tx.query('select 1 from schema_migrations where version = $1', [migration.version]);
      if (done.length > 0) return false;
      await tx.exec(migration.sql);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      return true;
    });
    if (isNew) applied.push(migration.version);
  }
  return applied;
};
