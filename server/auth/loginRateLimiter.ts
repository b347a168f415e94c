/**
 * Sliding-window limits on failed logins, kept in memory: per client address and per account.
 * Only failures count, so a whole office behind one NAT address can log in at nine o'clock, while
 * guessing — at one account or sprayed over many — is slowed down. A restart forgets the windows,
 * which is acceptable: argon2id stays the real cost for an attacker.
 */
export type LoginRateLimits = {
  windowMs: number;
  maxFailuresPerAddress: number;
  maxFailuresPerAccount: number;
};

export const defaultLoginRateLimits: LoginRateLimits = {
  windowMs: 15 * 60_000,
  maxFailuresPerAddress: 50,
  maxFailuresPerAccount: 5,
};

export type LoginRateLimiter = {
  /** Milliseconds until another attempt is allowed, or 0. */
  checkAttempt: (address: string, account: string, now?: number) => number;
  recordFailure: (address: string, account: string, now?: number) => void;
  /** A good password clears the account's failures (not the address's). */
  recordSuccess: (account: string) => void;
};

const maxTrackedKeys = 100_000;

export const createLoginRateLimiter = (
  limits: LoginRateLimits = defaultLoginRateLimits,
): LoginRateLimiter => {
  const failuresByAddress = new Map<string, number[]>();
  const failuresByAccount = new Map<string, number[]>();

  const recent = (map: Map<string, number[]>, key: string, now: number) => {
    const times = (map.get(key) ?? []).filter((time) => time > now - limits.windowMs);
    if (times.length === 0) map.delete(key);
    else map.set(key, times);
    return times;
  };
  const waitFor = (times: number[], max: number, now: number) =>
    times.length >= max ? times[times.length - max]! + limits.windowMs - now : 0;
  const remember = (map: Map<string, number[]>, key: string, now: number) => {
    // A flood of distinct keys must not grow memory without bound; the oldest keys go first.
    if (map.size >= maxTrackedKeys) map.delete(map.keys().next().value as string);
    map.set(key, [...recent(map, key, now), now]);
  };

  return {
    checkAttempt: (address, account, now = Date.now()) =>
      Math.max(
        waitFor(recent(failuresByAddress, address, now), limits.maxFailuresPerAddress, now),
        waitFor(recent(failuresByAccount, account, now), limits.maxFailuresPerAccount, now),
      ),
    recordFailure: (address, account, now = Date.now()) => {
      remember(failuresByAddress, address, now);
      remember(failuresByAccount, account, now);
    },
    recordSuccess: (account) => {
      failuresByAccount.delete(account);
    },
  };
};
