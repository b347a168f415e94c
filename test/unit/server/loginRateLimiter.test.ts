import { describe, expect, it } from 'vitest';
import { createLoginRateLimiter } from '../../../server/auth/loginRateLimiter';

describe('createLoginRateLimiter', () => {
  const limits = { windowMs: 1_000, maxFailuresPerAddress: 4, maxFailuresPerAccount: 2 };

  it('blocks an account after its failures until the oldest leaves the window, and forgets them on success', () => {
    const limiter = createLoginRateLimiter(limits);
    expect(limiter.checkAttempt('ip', 'anna', 0)).toBe(0);
    limiter.recordFailure('ip', 'anna', 0);
    limiter.recordFailure('ip', 'anna', 100);
    expect(limiter.checkAttempt('ip2', 'anna', 200)).toBe(800);
    expect(limiter.checkAttempt('ip2', 'anna', 999)).toBe(1);
    expect(limiter.checkAttempt('ip2', 'anna', 1_000)).toBe(0);
    limiter.recordFailure('ip', 'bert', 0);
    limiter.recordSuccess('bert');
    limiter.recordFailure('ip', 'bert', 1);
    expect(limiter.checkAttempt('ip3', 'bert', 2)).toBe(0);
  });

  it('blocks an address after too many failures over any accounts, but never counts successes', () => {
    const limiter = createLoginRateLimiter(limits);
    for (let attempt = 0; attempt < 10; attempt += 1)
      expect(limiter.checkAttempt('office', `user${attempt}`, attempt)).toBe(0);
    for (let attempt = 0; attempt < 4; attempt += 1) limiter.recordFailure('ip', `user${attempt}`, attempt);
    expect(limiter.checkAttempt('ip', 'user9', 10)).toBe(990);
    expect(limiter.checkAttempt('other-ip', 'user9', 10)).toBe(0);
  });
});
