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
    ['connect-src', ["'self'"]],
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
    expect(contentSecurityPolicy).not.toMatch(/\*/);
  });
});
