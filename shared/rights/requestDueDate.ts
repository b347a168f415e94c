import { isIsoDate } from '../validation';

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/**
 * The due date of a data subject's request: one calendar month after it was received (GDPR art. 12(3)),
 * counted as EU Regulation 1182/71 counts months: the same day number in the next month, and when that
 * month is shorter, its last day (31 January → 28/29 February, 31 March → 30 April). A deadline on a
 * weekend or holiday is not moved (the regulation would move it to the next working day): showing it a
 * day or two early is the safe side. Returns '' for a date that is not yyyy-mm-dd.
 */
export const requestDueDate = (receivedDate: string): string => {
  if (!isIsoDate(receivedDate)) return '';
  const [year, month, day] = receivedDate.split('-').map(Number) as [number, number, number];
  const dueYear = month === 12 ? year + 1 : year;
  const dueMonth = month === 12 ? 1 : month + 1;
  const dueDay = Math.min(day, daysInMonth(dueYear, dueMonth));
  return `${pad(dueYear, 4)}-${pad(dueMonth)}-${pad(dueDay)}`;
};

/** An open request whose due date has passed (due today is not yet overdue). */
export const isRequestOverdue = (request: { state: string; dueDate: string }, today: string): boolean =>
  request.state === 'open' && request.dueDate !== '' && request.dueDate < today;

/** Open requests first by due date (soonest first), then the rest newest first. */
export const sortRequestsForLog = <T extends { state: string; dueDate: string; receivedDate: string }>(
  requests: readonly T[],
): T[] =>
  [...requests].sort((a, b) => {
    const isOpenA = a.state === 'open';
    const isOpenB = b.state === 'open';
    if (isOpenA !== isOpenB) return isOpenA ? -1 : 1;
    if (isOpenA) return a.dueDate.localeCompare(b.dueDate);
    return b.receivedDate.localeCompare(a.receivedDate);
  });
