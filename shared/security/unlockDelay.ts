/**
 * After three wrong passphrases each further attempt waits twice as long,
 * up to five minutes. PBKDF2 already makes each guess slow; the delay makes
 * a person at the keyboard give up long before a weak passphrase falls.
 */
export const freeAttempts = 3;
export const maxDelayMs = 5 * 60_000;

export const unlockDelayMs = (failedAttempts: number): number =>
  failedAttempts < freeAttempts ? 0 : Math.min(maxDelayMs, 1000 * 2 ** (failedAttempts - freeAttempts + 1));

export const unlockAllowedAt = (failedAttempts: number, lastFailureAt: number): number =>
  lastFailureAt + unlockDelayMs(failedAttempts);
