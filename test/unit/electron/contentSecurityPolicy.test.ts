import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../electron/contentSecurityPolicy';

const parse = (policy: string): Map<string, string[]> =>
  new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0] !== '')
      .map(([name = '', ...sources]) => [name, sources]),
  );

describe('contentSecurityPolicy', () => {
  const directives = parse(contentSecurityPolicy);

  it.each([
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', ["'self'", 'https:', 'http://localhost:*', 'http://127.0.0.1:*']],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
    ['form-action', ["'none'"]],
  ])('sets %s to exactly %j', (name, sources) => {
    expect(directives.get(name)).toEqual(sources);
  });

  it('never allows inline or evaluated script', () => {
    const scriptSources = [...(directives.get('script-src') ?? []), ...(directives.get('default-src') ?? [])];
    expect(scriptSources).not.toContain("'unsafe-inline'");
    expect(scriptSources).not.toContain("'unsafe-eval'");
    // No wildcard source or host; only loopback's port may vary (a local sync server in development).
    expect(contentSecurityPolicy).not.toMatch(/(\s|\/\/)\*/);
    expect(contentSecurityPolicy.match(/:\*/g)).toEqual([':*', ':*']);
  });
});
