import { describe, expect, it } from 'vitest';
import { consentCoverage } from '../../../../shared/consent/consentCoverage';
import {
  contactabilityFor,
  currentConsentState,
  currentConsentStates,
  hasMarketingBan,
  isContactableFor,
  sortedHistory,
} from '../../../../shared/consent/consentHistory';
import { buildConsentIndex } from '../../../../shared/consent/consentIndex';
import { currentMembers, joinRefusalFor } from '../../../../shared/consent/listMembers';
import type { ConsentEvent, ListMembership, MarketingBanEvent } from '../../../../shared/model';

let sequence = 0;
const consent = (overrides: Partial<ConsentEvent>): ConsentEvent => {
  sequence += 1;
  return {
    id: `c${sequence}`,
    status: 'active',
    owningUnit: 'main',
    createdAt: sequence,
    updatedAt: sequence,
    personId: 'p1',
    purpose: 'newsletter',
    state: 'given',
    date: '2026-01-01',
    source: 'form',
    noticeVersion: '',
    note: '',
    createdBy: '',
    updatedBy: '',
    ...overrides,
  };
};
const ban = (overrides: Partial<MarketingBanEvent>): MarketingBanEvent => {
  sequence += 1;
  return {
    id: `b${sequence}`,
    status: 'active',
    owningUnit: 'main',
    createdAt: sequence,
    updatedAt: sequence,
    personId: 'p1',
    action: 'set',
    date: '2026-01-01',
    source: 'email',
    note: '',
    createdBy: '',
    updatedBy: '',
    ...overrides,
  };
};

describe('consent history', () => {
  it('orders by the date the person acted, then by when it was recorded, then by id', () => {
    const late = consent({ date: '2026-03-01', createdAt: 1 });
    const earlyRecordedLater = consent({ date: '2026-02-01', createdAt: 50 });
    const earlyRecordedFirst = consent({ date: '2026-02-01', createdAt: 10 });
    const tieA = consent({ id: 'a', date: '2026-01-01', createdAt: 5 });
    const tieB = consent({ id: 'b', date: '2026-01-01', createdAt: 5 });
    expect(
      sortedHistory([late, tieB, earlyRecordedLater, tieA, earlyRecordedFirst]).map((e) => e.id),
    ).toEqual(['a', 'b', earlyRecordedFirst.id, earlyRecordedLater.id, late.id]);
  });

  it('takes the latest event by date, not the one recorded last', () => {
    // A paper form from March typed in after an e-mail withdrawal from April: April still wins.
    const history = [
      consent({ state: 'withdrawn', date: '2026-04-01', createdAt: 1 }),
      consent({ state: 'given', date: '2026-03-01', createdAt: 2 }),
    ];
    expect(currentConsentState('newsletter', history)).toBe('withdrawn');
  });

  it('keeps purposes apart and says "unknown" for a purpose never asked', () => {
    const history = [
      consent({ purpose: 'newsletter', state: 'given' }),
      consent({ purpose: 'mentoring', state: 'refused' }),
    ];
    expect(currentConsentState('newsletter', history)).toBe('given');
    expect(currentConsentState('mentoring', history)).toBe('refused');
    expect(currentConsentState('marketing', history)).toBe('unknown');
    expect([...currentConsentStates(history).entries()].map(([key, event]) => [key, event.state])).toEqual([
      ['newsletter', 'given'],
      ['mentoring', 'refused'],
    ]);
  });

  it('lets a ban override every given consent until it is lifted', () => {
    const history = [consent({ purpose: 'newsletter' }), consent({ purpose: 'mentoring' })];
    const bans = [ban({ action: 'set', date: '2026-05-01' })];
    expect(isContactableFor('newsletter', history, [])).toBe(true);
    expect(isContactableFor('newsletter', history, bans)).toBe(false);
    expect(isContactableFor('mentoring', history, bans)).toBe(false);
    expect(contactabilityFor('newsletter', history, bans)).toBe('banned');
    const lifted = [...bans, ban({ action: 'lifted', date: '2026-06-01' })];
    expect(hasMarketingBan(lifted)).toBe(false);
    expect(isContactableFor('newsletter', history, lifted)).toBe(true);
  });

  it('is not contactable after a withdrawal or a refusal, nor without any event', () => {
    const given = consent({ date: '2026-01-01' });
    expect(
      contactabilityFor('newsletter', [given, consent({ state: 'withdrawn', date: '2026-02-01' })], []),
    ).toBe('noConsent');
    expect(contactabilityFor('newsletter', [consent({ state: 'refused' })], [])).toBe('noConsent');
    expect(contactabilityFor('newsletter', [], [])).toBe('noConsent');
  });
});

describe('consent coverage', () => {
  it('counts current states and contactable people per purpose', () => {
    const index = buildConsentIndex(
      [
        consent({ personId: 'p1', purpose: 'newsletter', state: 'given' }),
        consent({ personId: 'p2', purpose: 'newsletter', state: 'given' }),
        consent({ personId: 'p3', purpose: 'newsletter', state: 'given', date: '2026-01-01' }),
        consent({ personId: 'p3', purpose: 'newsletter', state: 'withdrawn', date: '2026-02-01' }),
        consent({ personId: 'p4', purpose: 'mentoring', state: 'refused' }),
      ],
      [ban({ personId: 'p2', action: 'set' })],
    );
    expect(consentCoverage(['newsletter', 'mentoring'], ['p1', 'p2', 'p3', 'p4', 'p5'], index)).toEqual([
      { purpose: 'newsletter', given: 2, withdrawn: 1, refused: 0, unknown: 2, contactable: 1 },
      { purpose: 'mentoring', given: 0, withdrawn: 0, refused: 1, unknown: 4, contactable: 0 },
    ]);
  });
});

describe('list membership', () => {
  const list = { id: 'L1', purpose: 'newsletter' };
  const membership = (overrides: Partial<ListMembership>): ListMembership => ({
    id: 'm1',
    status: 'active',
    owningUnit: 'main',
    createdAt: 1,
    updatedAt: 1,
    listId: 'L1',
    personId: 'p1',
    joinedDate: '2026-01-02',
    leftDate: '',
    createdBy: '',
    updatedBy: '',
    ...overrides,
  });

  it('refuses to join without a given consent, with a ban, or twice', () => {
    const given = [consent({ personId: 'p1' })];
    expect(joinRefusalFor(list, 'p1', buildConsentIndex([], []), [])).toBe('noConsent');
    expect(joinRefusalFor(list, 'p1', buildConsentIndex(given, [ban({ personId: 'p1' })]), [])).toBe(
      'banned',
    );
    expect(joinRefusalFor(list, 'p1', buildConsentIndex(given, []), [membership({})])).toBe('alreadyMember');
    expect(
      joinRefusalFor(list, 'p1', buildConsentIndex(given, []), [membership({ leftDate: '2026-02-01' })]),
    ).toBe(null);
  });

  it('keeps a member who withdrew, shown as not contactable, and drops only those who left', () => {
    const index = buildConsentIndex(
      [
        consent({ personId: 'p1', date: '2026-01-01' }),
        consent({ personId: 'p1', state: 'withdrawn', date: '2026-03-01' }),
      ],
      [],
    );
    const rows = currentMembers(
      list,
      [membership({}), membership({ id: 'm2', personId: 'p2', leftDate: '2026-02-01' })],
      index,
    );
    expect(rows.map((row) => [row.membership.id, row.contactability])).toEqual([['m1', 'noConsent']]);
  });
});
