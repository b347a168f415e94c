import { describe, expect, it } from 'vitest';
import { isFollowUpOverdue, openTasksOf, timelineOf } from '../../../../shared/activities/activityTimeline';
import { activityDefinition, validateRecord, type Activity } from '../../../../shared/model';

const activity = (id: string, fields: Partial<Activity> = {}): Activity => ({
  id,
  status: 'active',
  owningUnit: 'main',
  createdAt: 1,
  updatedAt: 1,
  kind: 'call',
  date: '2026-11-01',
  subject: id,
  text: '',
  personIds: [],
  organisationIds: [],
  author: '',
  followUpDate: '',
  followUpAssignee: '',
  isFollowUpDone: false,
  createdBy: '',
  updatedBy: '',
  ...fields,
});

describe('activity timelines', () => {
  it('shows an activity on every linked record, newest first, and leaves out deleted ones', () => {
    const activities = [
      activity('old', { date: '2026-10-01', personIds: ['anna', 'bo'] }),
      activity('new', { date: '2026-11-20', personIds: ['anna'], organisationIds: ['acme'] }),
      activity('same day, written later', { date: '2026-11-20', createdAt: 5, personIds: ['anna'] }),
      activity('deleted', { status: 'passive', personIds: ['anna'] }),
    ];
    expect(timelineOf(activities, 'anna').map((item) => item.id)).toEqual([
      'same day, written later',
      'new',
      'old',
    ]);
    expect(timelineOf(activities, 'bo').map((item) => item.id)).toEqual(['old']);
    expect(timelineOf(activities, 'acme').map((item) => item.id)).toEqual(['new']);
  });

  it('is overdue only after its due day and only while open', () => {
    expect(isFollowUpOverdue(activity('a', { followUpDate: '2026-11-21' }), '2026-11-22')).toBe(true);
    expect(isFollowUpOverdue(activity('a', { followUpDate: '2026-11-22' }), '2026-11-22')).toBe(false);
    expect(
      isFollowUpOverdue(activity('a', { followUpDate: '2026-11-21', isFollowUpDone: true }), '2026-11-22'),
    ).toBe(false);
    expect(isFollowUpOverdue(activity('a'), '2026-11-22')).toBe(false);
  });

  it('gives a user the open follow-ups assigned to them, or written by them when unassigned', () => {
    const activities = [
      activity('mine by assignment', { followUpDate: '2026-12-01', followUpAssignee: 'Anna', author: 'Bo' }),
      activity('mine as author', { followUpDate: '2026-11-25', author: 'anna' }),
      activity('someone else', { followUpDate: '2026-11-23', followUpAssignee: 'Bo', author: 'Anna' }),
      activity('done', { followUpDate: '2026-11-23', author: 'Anna', isFollowUpDone: true }),
      activity('no follow-up', { author: 'Anna' }),
    ];
    expect(openTasksOf(activities, 'ANNA').map((item) => item.id)).toEqual([
      'mine as author',
      'mine by assignment',
    ]);
    // A register that does not sync has no user names: every open follow-up is the user's.
    expect(openTasksOf(activities, '')).toHaveLength(3);
  });

  it('needs a subject and a date, and a valid follow-up date', () => {
    const outcome = validateRecord(
      activityDefinition,
      activity('x', { subject: '', date: '', followUpDate: '31.2.2026' }),
      {
        today: '2026-11-22',
        knownCategories: [],
      },
    );
    expect(outcome.issues.map((issue) => `${issue.path} ${issue.code}`).sort()).toEqual([
      'date required',
      'followUpDate invalidDate',
      'subject required',
    ]);
  });
});
