import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { SessionUser, UserRole } from '../../../shared/sync/syncProtocol';
import { createUser, ensureUnits } from '../../../server/auth/accountStore';
import type { LoginRateLimits } from '../../../server/auth/loginRateLimiter';
import type { PasswordParameters } from '../../../server/auth/passwordHasher';
import { createPasswordHasher } from '../../../server/auth/passwordHasher';
import type { SessionPolicy } from '../../../server/auth/sessionStore';
import type { SqlClient } from '../../../server/db/SqlClient';
import type { StartOptions } from '../../../server/startServer';
import { startServer } from '../../../server/startServer';
import type { ApiClient } from './ApiClient';
import { createApiClient } from './ApiClient';

/** Cheap argon2id parameters so tests spend their time on behaviour, not hashing. */
export const testPasswordParameters: PasswordParameters = { memoryCost: 1_024, timeCost: 1, parallelism: 1 };
export const testPassword = 'correct horse battery staple';

export type TestUser = SessionUser & { password: string };

export type TestServer = {
  url: string;
  sql: SqlClient;
  /** Where this server keeps its data: a PGlite directory or a PostgreSQL schema. */
  location: { dataDirectory: string; databaseUrl?: string; schema?: string };
  stop: () => Promise<void>;
  /** Creates a user straight in the database (units are created as needed); ids are random. */
  createUser: (user: {
    role: UserRole;
    units?: string[];
    username?: string;
    password?: string;
  }) => Promise<TestUser>;
  login: (username: string, password?: string) => Promise<string>;
  /** A client logged in as a new user with this role and these units. */
  clientFor: (role: UserRole, units?: string[]) => Promise<ApiClient & { user: TestUser }>;
  client: (token?: string) => ApiClient;
};

export type TestServerOptions = {
  /** PostgreSQL instead of PGlite; each server gets a fresh schema, dropped by stop(). */
  databaseUrl?: string;
  /** Reuse a schema (a second instance on the same PostgreSQL, a restart) or a PGlite directory. */
  schema?: string;
  dataDirectory?: string;
  passwordParameters?: PasswordParameters;
  loginRateLimits?: LoginRateLimits;
  sessionPolicy?: SessionPolicy;
  minClientVersion?: string;
  heartbeatMs?: number;
  now?: () => number;
  logStream?: StartOptions['logStream'];
  /** Serve a built app (normally `dist/renderer`) so a browser can use Kontakt from this server. */
  staticDirectory?: string;
  /** Origins allowed to call the API cross-origin, e.g. a `vite preview` URL in browser tests. */
  corsOrigins?: string[];
  /** Leave the data in place on stop (restart tests). */
  isKeepingData?: boolean;
  /** A fixed port, so a restarted server is found at the same address (browser clients keep their URL). */
  port?: number;
};

/**
 * Starts the real server on a loopback port, on a temporary PGlite directory or a fresh
 * PostgreSQL schema. Other engineers use this for two-client browser tests, so it stays small.
 */
export const startTestServer = async (options: TestServerOptions = {}): Promise<TestServer> => {
  const schema = options.databaseUrl
    ? (options.schema ?? `kontakt_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`)
    : undefined;
  const dataDirectory = options.dataDirectory ?? (await mkdtemp(path.join(tmpdir(), 'kontakt-server-')));
  const passwordParameters = options.passwordParameters ?? testPasswordParameters;
  const server = await startServer({
    port: options.port ?? 0,
    host: '127.0.0.1',
    dataDirectory,
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
    ...(schema ? { schema } : {}),
    passwordParameters,
    logLevel: options.logStream ? 'info' : 'silent',
    ...(options.logStream ? { logStream: options.logStream } : {}),
    ...(options.loginRateLimits ? { loginRateLimits: options.loginRateLimits } : {}),
    ...(options.sessionPolicy ? { sessionPolicy: options.sessionPolicy } : {}),
    ...(options.minClientVersion ? { minClientVersion: options.minClientVersion } : {}),
    ...(options.heartbeatMs ? { heartbeatMs: options.heartbeatMs } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.staticDirectory ? { staticDirectory: options.staticDirectory } : {}),
    ...(options.corsOrigins ? { corsOrigins: options.corsOrigins } : {}),
  });
  const hasher = createPasswordHasher(passwordParameters);
  const hashes = new Map<string, Promise<string>>();

  const createTestUser: TestServer['createUser'] = async ({
    role,
    units = [],
    username,
    password = testPassword,
  }) => {
    if (!hashes.has(password)) hashes.set(password, hasher.hash(password));
    const passwordHash = await hashes.get(password)!;
    const user = await server.sql.transaction(async (tx) => {
      await ensureUnits(tx, units, Date.now());
      return createUser(
        tx,
        {
          username: username ?? `${role}-${randomUUID().slice(0, 8)}`,
          displayName: role,
          role,
          units,
          passwordHash,
        },
        Date.now(),
      );
    });
    return { ...user, password };
  };

  const login: TestServer['login'] = async (username, password = testPassword) => {
    const answer = await createApiClient(server.url).post<{ token: string }>('/auth/login', {
      username,
      password,
    });
    if (answer.status !== 200)
      throw new Error(`login failed: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body.token;
  };

  return {
    url: server.url,
    sql: server.sql,
    location: {
      dataDirectory,
      ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
      ...(schema ? { schema } : {}),
    },
    createUser: createTestUser,
    login,
    client: (token) => createApiClient(server.url, token),
    clientFor: async (role, units = role === 'admin' || role === 'partner' ? [] : ['main']) => {
      const user = await createTestUser({ role, units });
      return Object.assign(createApiClient(server.url, await login(user.username)), { user });
    },
    stop: async () => {
      await server.stop();
      if (options.isKeepingData) return;
      if (options.databaseUrl && schema && !options.schema) {
        const client = new pg.Client({ connectionString: options.databaseUrl });
        await client.connect();
        await client.query(`drop schema if exists "${schema}" cascade`);
        await client.end();
      }
      if (!options.databaseUrl && !options.dataDirectory)
        await rm(dataDirectory, { recursive: true, force: true });
    },
  };
};

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL is set. Use with describe.each. */
export const testDatabases: { name: string; databaseUrl?: string }[] = [
  { name: 'PGlite' },
  ...(process.env.TEST_DATABASE_URL
    ? [{ name: 'PostgreSQL', databaseUrl: process.env.TEST_DATABASE_URL }]
    : []),
];
