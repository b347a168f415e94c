import { describe, expect, it } from 'vitest';
import {
  isRequestOverdue,
  requestDueDate,
  sortRequestsForLog,
} from '../../../../shared/rights/requestDueDate';

describe('requestDueDate', () => {
  it.each([
    ['2026-01-15', '2026-02-15'],
    ['2026-11-22', '2026-12-22'],
    ['2026-12-15', '2027-01-15'],
    ['2026-12-31', '2027-01-31'],
    // The day does not exist in the next month: its last day.
    ['2026-01-31', '2026-02-28'],
    ['2028-01-31', '2028-02-29'],
    ['2026-01-29', '2026-02-28'],
    ['2026-03-31', '2026-04-30'],
    ['2026-05-31', '2026-06-30'],
    ['2026-08-31', '2026-09-30'],
    ['2026-02-28', '2026-03-28'],
  ])('%s is due %s', (received, due) => {
    expect(requestDueDate(received)).toBe(due);
  });

  it('gives no due date for a date that is not yyyy-mm-dd', () => {
    expect(requestDueDate('')).toBe('');
    expect(requestDueDate('15.1.2026')).toBe('');
    expect(requestDueDate('2026-02-30')).toBe('');
  });
});

describe('isRequestOverdue', () => {
  it('is overdue only when open and past the due date', () => {
    expect(isRequestOverdue({ state: 'open', dueDate: '2026-11-21' }, '2026-11-22')).toBe(true);
    expect(isRequestOverdue({ state: 'open', dueDate: '2026-11-22' }, '2026-11-22')).toBe(false);
    expect(isRequestOverdue({ state: 'done', dueDate: '2026-11-01' }, '2026-11-22')).toBe(false);
    expect(isRequestOverdue({ state: 'refused', dueDate: '2026-11-01' }, '2026-11-22')).toBe(false);
  });
});

describe('sortRequestsForLog', () => {
  it('lists open requests soonest due first, then closed ones newest first', () => {
    const requests = [
      { id: 'closed-old', state: 'done', dueDate: '2026-02-01', receivedDate: '2026-01-01' },
      { id: 'open-late', state: 'open', dueDate: '2026-12-20', receivedDate: '2026-11-20' },
      { id: 'closed-new', state: 'refused', dueDate: '2026-10-01', receivedDate: '2026-09-01' },
      { id: 'open-soon', state: 'open', dueDate: '2026-11-30', receivedDate: '2026-10-30' },
    ];
    expect(sortRequestsForLog(requests).map((request) => request.id)).toEqual([
      'open-soon',
      'open-late',
      'closed-new',
      'closed-old',
    ]);
  });
});
