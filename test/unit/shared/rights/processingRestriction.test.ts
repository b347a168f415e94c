import { describe, expect, it } from 'vitest';
import {
  isProcessingRestricted,
  restrictedPersonIds,
  withoutRestricted,
} from '../../../../shared/rights/processingRestriction';

const request = (overrides: Record<string, unknown>) => ({
  personId: 'p1',
  kind: 'restriction' as const,
  state: 'done' as const,
  restrictionLiftedAt: 0,
  ...overrides,
});

describe('processing restriction', () => {
  it('is in force from a completed restriction request until it is lifted', () => {
    expect(isProcessingRestricted('p1', [request({})])).toBe(true);
    expect(isProcessingRestricted('p1', [request({ state: 'open' })])).toBe(false);
    expect(isProcessingRestricted('p1', [request({ state: 'refused' })])).toBe(false);
    expect(isProcessingRestricted('p1', [request({ restrictionLiftedAt: 1 })])).toBe(false);
    expect(isProcessingRestricted('p1', [request({ kind: 'erasure' })])).toBe(false);
    expect(isProcessingRestricted('p2', [request({})])).toBe(false);
    // Restricted again after a lift: the newer request is in force.
    expect(isProcessingRestricted('p1', [request({ restrictionLiftedAt: 1 }), request({})])).toBe(true);
  });

  it('leaves restricted people out of a list', () => {
    const ids = restrictedPersonIds([request({}), request({ personId: 'p3', state: 'open' })]);
    expect([...ids]).toEqual(['p1']);
    expect(withoutRestricted([{ id: 'p1' }, { id: 'p2' }, { id: 'p3' }], ids)).toEqual([
      { id: 'p2' },
      { id: 'p3' },
    ]);
  });
});
