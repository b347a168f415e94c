import { describe, expect, it } from 'vitest';
import { defaultRegisterSettings, type ConsentEvent, type MarketingBanEvent } from '../../../../shared/model';
import { computeStatistics } from '../../../../shared/stats/computeStatistics';
import { statisticInputOf } from '../../../../renderer/stats/statisticInputOf';
import type { RegisterStore } from '../../../../renderer/state/registerStore';

const meta = {
  status: 'active' as const,
  owningUnit: 'unit-1',
  createdAt: 1,
  updatedAt: 1,
  createdBy: '',
  updatedBy: '',
};

const consent = (id: string, personId: string, state: ConsentEvent['state'], date: string): ConsentEvent => ({
  ...meta,
  id,
  personId,
  purpose: 'newsletter',
  state,
  date,
  source: 'form',
  noticeVersion: '1',
  note: '',
});

const ban = (personId: string): MarketingBanEvent => ({
  ...meta,
  id: `ban-${personId}`,
  personId,
  action: 'set',
  date: '2026-02-01',
  source: 'email',
  note: '',
});

const person = (id: string) => ({ ...meta, id, firstNames: id, lastName: 'Test', categories: [] }) as never;

const storeWith = (ids: string[]) =>
  ({
    people: new Map(ids.map((id) => [id, person(id)])),
    organisations: new Map(),
    affiliations: new Map(),
    settings: () => defaultRegisterSettings(0),
    categoryOptions: (scope: 'person' | 'organisation') =>
      defaultRegisterSettings(0)[scope === 'person' ? 'personCategories' : 'organisationCategories'],
  }) as unknown as RegisterStore;

describe('statistics input from the feature collections', () => {
  it('counts a consent as given only when its latest event gives it and no ban overrides it', () => {
    const input = statisticInputOf(storeWith(['anna', 'bo', 'cai']), null, Date.UTC(2026, 10, 22), {
      consentEvents: [
        consent('1', 'anna', 'given', '2026-01-01'),
        consent('2', 'bo', 'given', '2026-01-01'),
        consent('3', 'bo', 'withdrawn', '2026-03-01'),
        consent('4', 'cai', 'given', '2026-01-01'),
      ],
      marketingBans: [ban('cai')],
      events: [],
      registrations: [],
    });
    expect(input.consents).toEqual([
      { personId: 'anna', purpose: 'newsletter', isGiven: true },
      { personId: 'bo', purpose: 'newsletter', isGiven: false },
      { personId: 'cai', purpose: 'newsletter', isGiven: false },
    ]);
    const coverage = computeStatistics(input).find((result) => result.key === 'consentCoverage');
    expect(coverage?.table.rows).toEqual([
      { key: 'newsletter', label: { kind: 'text', key: 'consent.purposes.newsletter' }, values: [1, 2] },
    ]);
  });
});
