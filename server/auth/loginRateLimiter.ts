/**
 * Sliding-window limits on login attempts, kept in memory: per client address (every attempt)
 * and per account (failed attempts only, so a user who types the right password is not locked out
 * by someone else's guesses for long). A restart forgets the windows, which is acceptable:
 * argon2id stays the real cost for an attacker.
 */
export type LoginRateLimits = { windowMs: number; maxPerAddress: number; maxFailuresPerAccount: number };

export const defaultLoginRateLimits: LoginRateLimits = {
  windowMs: 15 * 60_000,
  maxPerAddress: 30,
  maxFailuresPerAccount: 5,
};

export type LoginRateLimiter = {
  /** Milliseconds until another attempt is allowed, or 0. Counts the attempt for the address. */
  checkAttempt: (address: string, account: string, now?: number) => number;
  recordFailure: (account: string, now?: number) => void;
  recordSuccess: (account: string) => void;
};

const maxTrackedKeys = 100_000;

export const createLoginRateLimiter = (
  limits: LoginRateLimits = defaultLoginRateLimits,
): LoginRateLimiter => {
  const byAddress = new Map<string, number[]>();
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
    checkAttempt: (address, account, now = Date.now()) => {
      const wait = Math.max(
        waitFor(recent(byAddress, address, now), limits.maxPerAddress, now),
        waitFor(recent(failuresByAccount, account, now), limits.maxFailuresPerAccount, now),
      );
      if (wait === 0) remember(byAddress, address, now);
      return wait;
    },
    recordFailure: (account, now = Date.now()) => remember(failuresByAccount, account, now),
    recordSuccess: (account) => {
      failuresByAccount.delete(account);
    },
  };
};
