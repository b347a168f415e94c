import { describe, expect, it } from 'vitest';
import { segmentRecordLookups } from '../../../renderer/segments/segmentRecordLookups';
import type { ConsentEvent, KontaktEvent, Registration, Relation } from '../../../shared/model';

const meta = {
  status: 'active' as const,
  owningUnit: 'main',
  createdAt: 1,
  updatedAt: 1,
  createdBy: '',
  updatedBy: '',
};
const relation = (id: string, fields: Partial<Relation>): Relation => ({
  ...meta,
  id,
  fromId: '',
  fromKind: 'person',
  toId: '',
  toKind: 'organisation',
  typeKey: 'boardMemberOf',
  startDate: '',
  endDate: '',
  note: '',
  ...fields,
});
const consent = (id: string, fields: Partial<ConsentEvent>): ConsentEvent =>
  ({
    ...meta,
    id,
    personId: 'anna',
    purpose: 'newsletter',
    state: 'given',
    date: '2026-01-01',
    source: 'form',
    noticeVersion: '',
    note: '',
    ...fields,
  }) as ConsentEvent;

describe('segment lookups built once per evaluation', () => {
  const lookups = segmentRecordLookups(
    {
      relations: [
        relation('r1', { fromId: 'anna', toId: 'acme' }),
        relation('r2', {
          fromId: 'bo',
          fromKind: 'person',
          toId: 'anna',
          toKind: 'person',
          typeKey: 'mentorOf',
        }),
        relation('r3', { fromId: 'anna', toId: 'old-org', endDate: '2026-01-01' }),
      ],
      consentEvents: [
        consent('c1', { date: '2026-01-01', state: 'given' }),
        consent('c2', { date: '2026-05-01', state: 'withdrawn' }),
      ],
      registrations: [
        {
          ...meta,
          id: 'g1',
          eventId: 'e1',
          personId: 'anna',
          registrationStatus: 'attended',
        } as Registration,
        { ...meta, id: 'g2', eventId: 'e1', personId: 'bo', registrationStatus: 'cancelled' } as Registration,
      ],
      events: [{ ...meta, id: 'e1', type: 'course' } as KontaktEvent],
    },
    '2026-11-22',
  );

  it('sees current relations from both ends and drops ended ones', () => {
    expect(lookups.relationsOf('anna')).toEqual([
      { typeKey: 'boardMemberOf', otherId: 'acme' },
      { typeKey: 'mentorOf', otherId: 'bo' },
    ]);
    expect(lookups.relationsOf('bo')).toEqual([{ typeKey: 'mentorOf', otherId: 'anna' }]);
    expect(lookups.relationsOf('nobody')).toEqual([]);
  });

  it('keeps the latest consent state per purpose', () => {
    expect(lookups.consentStatesOf('anna').get('newsletter')).toBe('withdrawn');
    expect(lookups.consentStatesOf('bo').size).toBe(0);
  });

  it("gives registrations with their event's type and status", () => {
    expect(lookups.registrationsOf('anna')).toEqual([
      { eventId: 'e1', eventType: 'course', isCancelled: false, isAttended: true },
    ]);
    expect(lookups.registrationsOf('bo')).toEqual([
      { eventId: 'e1', eventType: 'course', isCancelled: true, isAttended: false },
    ]);
  });
});
