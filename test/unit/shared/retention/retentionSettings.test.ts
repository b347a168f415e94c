import { describe, expect, it } from 'vitest';
import { retentionSettingsOf, withRetentionSettings } from '../../../../shared/retention/retentionSettings';

describe('retention settings', () => {
  it('has no rules by default', () => {
    expect(retentionSettingsOf({ features: {} })).toEqual({ rules: [] });
    expect(retentionSettingsOf(undefined)).toEqual({ rules: [] });
  });

  it('keeps well-formed rules in order and drops malformed ones and duplicates', () => {
    const good = {
      id: 'a',
      target: { kind: 'category', key: 'customer' },
      basis: 'lastActivity',
      amount: 3,
      unit: 'years',
      action: 'passivate',
    };
    const { rules } = retentionSettingsOf({
      features: {
        retention: {
          rules: [
            good,
            { ...good },
            { ...good, id: 'b', amount: -1 },
            { ...good, id: 'c', amount: 1.5 },
            { ...good, id: 'd', unit: 'days' },
            { ...good, id: 'e', action: 'delete' },
            { ...good, id: 'f', basis: 'eventEnd' },
            { ...good, id: 'g', basis: 'consentWithdrawn' },
            { ...good, id: 'h', target: { kind: 'category', key: ' ' } },
            {
              ...good,
              id: 'i',
              target: { kind: 'eventParticipants' },
              basis: 'eventEnd',
              unit: 'months',
              action: 'erase',
            },
            { ...good, id: 'j', target: { kind: 'consent', purpose: 'alumni' }, basis: 'consentWithdrawn' },
            'junk',
          ],
        },
      },
    });
    expect(rules.map((rule) => rule.id)).toEqual(['a', 'i', 'j']);
  });

  it('stores rules without touching other features', () => {
    const patch = withRetentionSettings({ features: { consent: { purposes: [] } } }, { rules: [] });
    expect(patch.features).toEqual({ consent: { purposes: [] }, retention: { rules: [] } });
  });
});
