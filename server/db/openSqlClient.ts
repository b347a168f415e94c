import { mkdir } from 'node:fs/promises';
import { createPgSqlClient } from './pgSqlClient';
import { createPgliteSqlClient } from './pgliteSqlClient';
import type { SqlClient } from './SqlClient';

/** PostgreSQL when a URL is given, otherwise the embedded PGlite in `dataDirectory`. */
export const openSqlClient = async (options: {
  databaseUrl?: string;
  dataDirectory: string;
  schema?: string;
}): Promise<SqlClient> => {
  if (options.databaseUrl)
    return createPgSqlClient(options.databaseUrl, options.schema ? { schema: options.schema } : {});
  await mkdir(options.dataDirectory, { recursive: true });
  return createPgliteSqlClient(options.dataDirectory);
};
