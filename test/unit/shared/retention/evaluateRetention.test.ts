import { describe, expect, it } from 'vitest';
import { evaluateRetention } from '../../../../shared/retention/evaluateRetention';
import { addPeriod } from '../../../../shared/retention/retentionDates';
import {
  buildRetentionIndex,
  retentionFactsOf,
  type RetentionSources,
} from '../../../../shared/retention/retentionFacts';
import type { RetentionRule } from '../../../../shared/retention/retentionSettings';
import type { ConsentEvent } from '../../../../shared/model/consentEventDefinition';
import type { Registration } from '../../../../shared/model/registrationDefinition';
import type { KontaktEvent } from '../../../../shared/model/eventDefinition';
import type { Affiliation } from '../../../../shared/model/affiliationDefinition';
import type { Activity } from '../../../../shared/model/activityDefinition';

const meta = { status: 'active' as const, owningUnit: 'main', createdAt: 0, updatedAt: 0 };
const day = (iso: string): number => Date.parse(`${iso}T12:00:00Z`);
const person = (id: string, updated: string, categories: string[] = []) => ({
  id,
  updatedAt: day(updated),
  categories,
});
const noSources: RetentionSources = { affiliations: [], registrations: [], events: [], consentEvents: [] };
const consent = (
  personId: string,
  purpose: string,
  state: ConsentEvent['state'],
  date: string,
  createdAt = 0,
) =>
  ({
    ...meta,
    id: `${personId}-${purpose}-${date}-${state}`,
    createdAt,
    personId,
    purpose,
    state,
    date,
    source: 'form',
  }) as ConsentEvent;

const customers: RetentionRule = {
  id: 'r1',
  target: { kind: 'category', key: 'customer' },
  basis: 'lastActivity',
  amount: 3,
  unit: 'years',
  action: 'passivate',
};
const participants: RetentionRule = {
  id: 'r2',
  target: { kind: 'eventParticipants' },
  basis: 'eventEnd',
  amount: 6,
  unit: 'months',
  action: 'erase',
};
const alumni: RetentionRule = {
  id: 'r3',
  target: { kind: 'consent', purpose: 'alumni' },
  basis: 'consentWithdrawn',
  amount: 0,
  unit: 'months',
  action: 'erase',
};

const verdict = (
  rules: RetentionRule[],
  p: ReturnType<typeof person>,
  sources: RetentionSources,
  today: string,
) => evaluateRetention(rules, p, retentionFactsOf(p, buildRetentionIndex(sources)), today);

describe('addPeriod', () => {
  it('adds months and years, clamping to the last day of a shorter month', () => {
    expect(addPeriod('2021-02-03', 3, 'years')).toBe('2024-02-03');
    expect(addPeriod('2021-01-31', 1, 'months')).toBe('2021-02-28');
    expect(addPeriod('2023-08-31', 6, 'months')).toBe('2024-02-29');
    expect(addPeriod('2020-02-29', 1, 'years')).toBe('2021-02-28');
    expect(addPeriod('2021-11-15', 14, 'months')).toBe('2023-01-15');
  });
});

describe('evaluateRetention', () => {
  it('has no verdict without rules', () => {
    expect(verdict([], person('a', '2000-01-01', ['customer']), noSources, '2026-11-22')).toBeUndefined();
  });

  it('last activity: due exactly on the day the period ends, not the day before', () => {
    const p = person('a', '2021-02-03', ['customer']);
    expect(verdict([customers], p, noSources, '2024-02-02')).toBeUndefined();
    expect(verdict([customers], p, noSources, '2024-02-03')).toEqual({
      rule: customers,
      reason: { basis: 'lastActivity', basisDate: '2021-02-03', dueDate: '2024-02-03' },
    });
  });

  it('applies a category rule only to people of that category', () => {
    expect(
      verdict([customers], person('a', '2010-01-01', ['partner']), noSources, '2026-11-22'),
    ).toBeUndefined();
  });

  it('last activity is the latest of updatedAt, affiliation ends, event ends and consent dates', () => {
    const p = person('a', '2020-01-01', ['customer']);
    const affiliation = {
      ...meta,
      id: 'f',
      personId: 'a',
      organisationId: 'o',
      endDate: '2021-05-01',
    } as Affiliation;
    const event = {
      ...meta,
      id: 'e',
      name: 'X',
      type: 'seminar',
      startDate: '2022-03-01',
      endDate: '2022-03-02',
    } as KontaktEvent;
    const registration = { ...meta, id: 'g', personId: 'a', eventId: 'e' } as Registration;
    const sources = { ...noSources, affiliations: [affiliation] };
    expect(verdict([customers], p, sources, '2026-11-22')?.reason.basisDate).toBe('2021-05-01');
    const withEvent = { ...sources, events: [event], registrations: [registration] };
    expect(verdict([customers], p, withEvent, '2026-11-22')?.reason.basisDate).toBe('2022-03-02');
    const withConsent = { ...withEvent, consentEvents: [consent('a', 'marketing', 'given', '2023-11-22')] };
    expect(verdict([customers], p, withConsent, '2026-11-21')).toBeUndefined();
    expect(verdict([customers], p, withConsent, '2026-11-22')?.reason.basisDate).toBe('2023-11-22');
    // A call logged on the person's timeline is activity too; a deleted one is not.
    const call = (date: string, status: 'active' | 'passive') =>
      ({
        ...meta,
        status,
        id: `call-${date}`,
        date,
        personIds: ['a'],
        organisationIds: [],
      }) as unknown as Activity;
    const withCalls = {
      ...withConsent,
      activities: [call('2024-06-01', 'active'), call('2025-06-01', 'passive')],
    };
    expect(verdict([customers], p, withCalls, '2027-05-31')).toBeUndefined();
    expect(verdict([customers], p, withCalls, '2027-06-01')?.reason.basisDate).toBe('2024-06-01');
  });

  it('event participants: counted from the end of the latest registered event (start when no end)', () => {
    const p = person('a', '2026-11-01');
    const events = [
      { ...meta, id: 'e1', name: 'A', type: 'seminar', startDate: '2025-01-10', endDate: '2025-01-12' },
      { ...meta, id: 'e2', name: 'B', type: 'seminar', startDate: '2025-03-31' },
    ] as KontaktEvent[];
    const registrations = [
      { ...meta, id: 'g1', personId: 'a', eventId: 'e1' },
      { ...meta, id: 'g2', personId: 'a', eventId: 'e2' },
    ] as Registration[];
    const sources = { ...noSources, events, registrations };
    expect(verdict([participants], p, sources, '2025-09-29')).toBeUndefined();
    expect(verdict([participants], p, sources, '2025-09-30')?.reason).toEqual({
      basis: 'eventEnd',
      basisDate: '2025-03-31',
      dueDate: '2025-09-30',
    });
    expect(verdict([participants], person('b', '2000-01-01'), sources, '2026-11-22')).toBeUndefined();
  });

  it('consent withdrawn: due only while the latest state for the purpose is withdrawn or refused', () => {
    const p = person('a', '2026-11-01');
    const withdrawn = {
      ...noSources,
      consentEvents: [
        consent('a', 'alumni', 'given', '2024-01-01'),
        consent('a', 'alumni', 'withdrawn', '2025-06-01'),
      ],
    };
    expect(verdict([alumni], p, withdrawn, '2025-05-31')).toBeUndefined();
    expect(verdict([alumni], p, withdrawn, '2025-06-01')?.reason.basisDate).toBe('2025-06-01');
    const givenAgain = {
      ...noSources,
      consentEvents: [...withdrawn.consentEvents, consent('a', 'alumni', 'given', '2025-07-01')],
    };
    expect(verdict([alumni], p, givenAgain, '2026-11-22')).toBeUndefined();
    const refused = { ...noSources, consentEvents: [consent('a', 'alumni', 'refused', '2026-01-01')] };
    expect(verdict([alumni], p, refused, '2026-11-22')?.rule).toBe(alumni);
    const otherPurpose = {
      ...noSources,
      consentEvents: [consent('a', 'marketing', 'withdrawn', '2020-01-01')],
    };
    expect(verdict([alumni], p, otherPurpose, '2026-11-22')).toBeUndefined();
  });

  it('same-day consent events: the later recorded one decides', () => {
    const p = person('a', '2026-11-01');
    const sources = {
      ...noSources,
      consentEvents: [
        consent('a', 'alumni', 'withdrawn', '2025-06-01', 2),
        consent('a', 'alumni', 'given', '2025-06-01', 1),
      ],
    };
    expect(verdict([alumni], p, sources, '2026-11-22')?.reason.basisDate).toBe('2025-06-01');
  });

  it('returns the first due rule in settings order', () => {
    const p = person('a', '2020-01-01', ['customer']);
    const shortFirst = { ...customers, id: 'short', amount: 1, action: 'erase' as const };
    expect(verdict([customers, shortFirst], p, noSources, '2026-11-22')?.rule.id).toBe('r1');
    expect(verdict([shortFirst, customers], p, noSources, '2026-11-22')?.rule.id).toBe('short');
  });
});
