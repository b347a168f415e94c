import { PGlite } from '@electric-sql/pglite';
import type { Transaction } from '@electric-sql/pglite';
import type { SqlClient, SqlExecutor, SqlRow } from './SqlClient';

const executorOf = (db: PGlite | Transaction): SqlExecutor => ({
  query: async <R extends SqlRow>(sql: string, params: unknown[] = []) =>
    (await db.query<R>(sql, params)).rows,
  exec: async (script: string) => {
    await db.exec(script);
  },
});

/**
 * The embedded database for a server without DATABASE_URL. PGlite is one connection in this
 * process, so notifications only need to reach listeners in this process.
 */
export const createPgliteSqlClient = async (dataDirectory: string): Promise<SqlClient> => {
  const db = await PGlite.create(dataDirectory);
  const handlers = new Map<string, Set<(payload: string) => void>>();
  return {
    kind: 'pglite',
    ...executorOf(db),
    transaction: (work) => db.transaction((tx) => work(executorOf(tx))),
    listen: async (channel, onPayload) => {
      const channelHandlers = handlers.get(channel) ?? new Set();
      handlers.set(channel, channelHandlers);
      channelHandlers.add(onPayload);
      return async () => {
        channelHandlers.delete(onPayload);
      };
    },
    notify: async (channel, payload) => {
      // Delivered after the caller's current work, like a NOTIFY after COMMIT.
      queueMicrotask(() => handlers.get(channel)?.forEach((handler) => handler(payload)));
    },
    close: async () => {
      await db.close();
    },
  };
};
