import type { SessionUser } from '../../shared/sync/syncProtocol';
import type { SqlExecutor } from '../db/SqlClient';
import { findUserById } from './accountStore';
import { hashSessionToken, newSessionToken } from './sessionTokens';

/**
 * Sessions expire after `idleMs` without use (sliding) and after `maxMs` in any case. The desktop
 * client syncs in the background, so a working day keeps its session; a lost laptop's token stops
 * working overnight, and an admin can revoke it at once.
 */
export type SessionPolicy = { idleMs: number; maxMs: number };
export const defaultSessionPolicy: SessionPolicy = { idleMs: 12 * 60 * 60_000, maxMs: 30 * 24 * 60 * 60_000 };

// Writing last_used_at on every request would turn each pull into a write; a minute's precision is enough.
const touchEveryMs = 60_000;

export const createSession = async (sql: SqlExecutor, userId: string, policy: SessionPolicy, now: number) => {
  const token = newSessionToken();
  const expiresAt = Math.min(now + policy.idleMs, now + policy.maxMs);
  await sql.query(
    `insert into sessions (token_hash, user_id, created_at, last_used_at, expires_at, absolute_expires_at)
     values ($1, $2, $3, $3, $4, $5)`,
    [hashSessionToken(token), userId, now, expiresAt, now + policy.maxMs],
  );
  return { token, expiresAt };
};

export type ActiveSession = { user: SessionUser; tokenHash: string; expiresAt: number };

export const findActiveSession = async (
  sql: SqlExecutor,
  token: string,
  policy: SessionPolicy,
  now: number,
): Promise<ActiveSession | null> => {
  const tokenHash = hashSessionToken(token);
  const rows = await sql.query<{
    user_id: string;
    last_used_at: unknown;
    expires_at: unknown;
    absolute_expires_at: unknown;
  }>(
    `select user_id, last_used_at, expires_at, absolute_expires_at from sessions
      where token_hash = $1 and revoked_at is null`,
    [tokenHash],
  );
  const session = rows[0];
  if (!session || Number(session.expires_at) <= now) return null;
  const user = await findUserById(sql, session.user_id);
  if (!user) return null;
  let expiresAt = Number(session.expires_at);
  if (now - Number(session.last_used_at) >= touchEveryMs) {
    expiresAt = Math.min(now + policy.idleMs, Number(session.absolute_expires_at));
    await sql.query('update sessions set last_used_at = $2, expires_at = $3 where token_hash = $1', [
      tokenHash,
      now,
      expiresAt,
    ]);
  }
  return { user, tokenHash, expiresAt };
};

export const revokeSession = async (sql: SqlExecutor, tokenHash: string, now: number) => {
  await sql.query('update sessions set revoked_at = $2 where token_hash = $1 and revoked_at is null', [
    tokenHash,
    now,
  ]);
};

export const revokeUserSessions = async (sql: SqlExecutor, userId: string, now: number): Promise<number> =>
  (
    await sql.query(
      'update sessions set revoked_at = $2 where user_id = $1 and revoked_at is null returning 1',
      [userId, now],
    )
  ).length;
