import { describe, expect, it } from 'vitest';
import { parseRoute, routeToHash } from '../../../../renderer/app/useHashRoute';

describe('the administration route', () => {
  it('round-trips through the hash', () => {
    expect(parseRoute('#/admin')).toEqual({ page: 'admin' });
    expect(routeToHash({ page: 'admin' })).toBe('#/admin');
    expect(parseRoute(routeToHash({ page: 'admin' }))).toEqual({ page: 'admin' });
  });

  it('leaves the other routes alone', () => {
    expect(parseRoute('#/administration')).toEqual({ page: 'people' });
    expect(parseRoute('#/conflicts')).toEqual({ page: 'conflicts' });
  });
});
