import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../../../server/db/runMigrations';
import { migrations } from '../../../server/db/migrations';
import { startTestServer, testDatabases } from '../../helpers/server/startTestServer';

describe.each(testDatabases)('migrations on $name', ({ databaseUrl }) => {
  it('apply once at start, are recorded, and change nothing when run again or after a restart', async () => {
    const first = await startTestServer({
      ...(databaseUrl ? { databaseUrl, schema: `kontakt_mig_${Date.now()}` } : {}),
      isKeepingData: true,
    });
    const { location } = first;
    const versions = async (server: typeof first) =>
      (
        await server.sql.query<{ version: number }>('select version from schema_migrations order by version')
      ).map((row) => row.version);
    try {
      expect(await versions(first)).toEqual(migrations.map((migration) => migration.version));
      expect(await runMigrations(first.sql)).toEqual([]);
      const user = await first.createUser({ role: 'admin' });
      await first.stop();

      const second = await startTestServer({
        ...(location.databaseUrl
          ? { databaseUrl: location.databaseUrl, schema: location.schema! }
          : { dataDirectory: location.dataDirectory }),
        isKeepingData: true,
      });
      expect(await versions(second)).toEqual(migrations.map((migration) => migration.version));
      await second.login(user.username);
      await second.stop();
    } finally {
      if (location.databaseUrl) {
        const pg = await import('pg');
        const client = new pg.default.Client({ connectionString: location.databaseUrl });
        await client.connect();
        await client.query(`drop schema if exists "${location.schema}" cascade`);
        await client.end();
      } else await rm(location.dataDirectory, { recursive: true, force: true });
    }
  }, 60_000);

  it('roll back a failing migration completely and do not record it', async () => {
    const server = await startTestServer(databaseUrl ? { databaseUrl } : {});
    try {
      const broken = [
        ...migrations,
        {
          version: 9_999,
          name: 'broken',
          sql: 'create table half_done (id int); select no_such_function();',
        },
      ];
      await expect(runMigrations(server.sql, broken)).rejects.toThrow();
      expect(await server.sql.query('select 1 from schema_migrations where version = 9999')).toEqual([]);
      expect(
        await server.sql.query("select 1 from information_schema.tables where table_name = 'half_done'"),
      ).toEqual([]);
    } finally {
      await server.stop();
    }
  }, 60_000);
});
