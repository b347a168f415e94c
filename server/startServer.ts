import { readFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import type { LoginRateLimits } from './auth/loginRateLimiter';
import { createLoginRateLimiter } from './auth/loginRateLimiter';
import type { PasswordParameters } from './auth/passwordHasher';
import { createPasswordHasher } from './auth/passwordHasher';
import type { SessionPolicy } from './auth/sessionStore';
import { defaultSessionPolicy } from './auth/sessionStore';
import type { SqlClient } from './db/SqlClient';
import { openSqlClient } from './db/openSqlClient';
import { runMigrations } from './db/runMigrations';
import type { HttpOptions } from './http/buildServer';
import { buildServer } from './http/buildServer';
import { createChangeHub } from './sync/ChangeHub';

export type StartOptions = {
  port: number;
  host: string;
  dataDirectory: string;
  databaseUrl?: string;
  /** Tests give every file its own PostgreSQL schema. */
  schema?: string;
  tlsCertFile?: string;
  tlsKeyFile?: string;
  staticDirectory?: string;
  minClientVersion?: string;
  corsOrigins?: string[];
  logLevel?: string;
  logStream?: HttpOptions['logStream'];
  passwordParameters?: PasswordParameters;
  loginRateLimits?: LoginRateLimits;
  sessionPolicy?: SessionPolicy;
  heartbeatMs?: number;
  now?: () => number;
};

export type RunningServer = { app: FastifyInstance; sql: SqlClient; url: string; stop: () => Promise<void> };

// Idempotency answers only matter while a client may retry; a month is far beyond that.
const pushRequestRetentionMs = 30 * 24 * 60 * 60_000;

/** Opens the database, migrates it, and listens. Stopping closes streams, HTTP and the database. */
export const startServer = async (options: StartOptions): Promise<RunningServer> => {
  const sql = await openSqlClient(options);
  let isReady = false;
  try {
    await runMigrations(sql);
    const now = options.now ?? Date.now;
    await sql.query('delete from push_requests where created_at < $1', [now() - pushRequestRetentionMs]);
    const changeHub = await createChangeHub(sql);
    const tls =
      options.tlsCertFile && options.tlsKeyFile
        ? { cert: await readFile(options.tlsCertFile), key: await readFile(options.tlsKeyFile) }
        : undefined;
    const app = buildServer(
      {
        sql,
        hasher: createPasswordHasher(options.passwordParameters),
        rateLimiter: createLoginRateLimiter(options.loginRateLimits),
        sessionPolicy: options.sessionPolicy ?? defaultSessionPolicy,
        minClientVersion: options.minClientVersion ?? '0.1.0',
        changeHub,
        heartbeatMs: options.heartbeatMs ?? 20_000,
        now,
        isReady: () => isReady,
      },
      {
        ...(options.staticDirectory ? { staticDirectory: options.staticDirectory } : {}),
        ...(tls ? { tls } : {}),
        ...(options.corsOrigins ? { corsOrigins: options.corsOrigins } : {}),
        ...(options.logLevel ? { logLevel: options.logLevel } : {}),
        ...(options.logStream ? { logStream: options.logStream } : {}),
      },
    );
    await app.listen({ port: options.port, host: options.host });
    isReady = true;
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    const host = options.host.includes(':') ? `[${options.host}]` : options.host;
    return {
      app,
      sql,
      url: `${tls ? 'https' : 'http'}://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
      stop: async () => {
        isReady = false;
        await app.close();
        await changeHub.close();
        await sql.close();
      },
    };
  } catch (error) {
    await sql.close().catch(() => undefined);
    throw error;
  }
};
