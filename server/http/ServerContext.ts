import type { PasswordHasher } from '../auth/passwordHasher';
import type { LoginRateLimiter } from '../auth/loginRateLimiter';
import type { SessionPolicy } from '../auth/sessionStore';
import type { SqlClient } from '../db/SqlClient';
import type { ChangeHub } from '../sync/ChangeHub';

/** Everything a route needs, built once per server instance. */
export type ServerContext = {
  sql: SqlClient;
  hasher: PasswordHasher;
  rateLimiter: LoginRateLimiter;
  sessionPolicy: SessionPolicy;
  minClientVersion: string;
  changeHub: ChangeHub;
  heartbeatMs: number;
  now: () => number;
  isReady: () => boolean;
};
