import pg from 'pg';
import type { SqlClient, SqlExecutor, SqlRow } from './SqlClient';

const executorOf = (client: pg.Pool | pg.PoolClient): SqlExecutor => ({
  query: async <R extends SqlRow>(sql: string, params: unknown[] = []) =>
    (await client.query(sql, params)).rows as R[],
  exec: async (script: string) => {
    await client.query(script);
  },
});

const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * PostgreSQL through a pool. `schema` (tests) puts every table in its own schema so test files
 * sharing one database stay independent.
 */
export const createPgSqlClient = async (
  connectionString: string,
  options: { schema?: string; maxConnections?: number } = {},
): Promise<SqlClient> => {
  const searchPath = options.schema ? `-c search_path=${options.schema}` : undefined;
  const poolConfig: pg.PoolConfig = {
    connectionString,
    max: options.maxConnections ?? 10,
    ...(searchPath ? { options: searchPath } : {}),
  };
  const pool = new pg.Pool(poolConfig);
  // An idle client that loses its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  if (options.schema) await pool.query(`create schema if not exists ${quoteIdentifier(options.schema)}`);

  let listener: pg.Client | undefined;
  const handlers = new Map<string, Set<(payload: string) => void>>();

  const ensureListener = async () => {
    if (listener) return listener;
    const client = new pg.Client(poolConfig);
    client.on('error', () => undefined);
    await client.connect();
    client.on('notification', (message) => {
      handlers.get(message.channel)?.forEach((handler) => handler(message.payload ?? ''));
    });
    listener = client;
    return client;
  };

  return {
    kind: 'postgres',
    ...executorOf(pool),
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work(executorOf(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    listen: async (channel, onPayload) => {
      const client = await ensureListener();
      let channelHandlers = handlers.get(channel);
      if (!channelHandlers) {
        channelHandlers = new Set();
        handlers.set(channel, channelHandlers);
        await client.query(`listen ${quoteIdentifier(channel)}`);
      }
      channelHandlers.add(onPayload);
      return async () => {
        channelHandlers.delete(onPayload);
      };
    },
    notify: async (channel, payload) => {
      await pool.query('select pg_notify($1, $2)', [channel, payload]);
    },
    close: async () => {
      await listener?.end().catch(() => undefined);
      await pool.end();
    },
  };
};
