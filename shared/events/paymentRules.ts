import type { PaymentStatus, Registration } from '../model';

/**
 * What a registration's payment status is today: an invoice past its due date is overdue although
 * nobody has marked it so; "overdue" can also be set by hand (e.g. a reminder already sent). A due date
 * is the last day to pay, so the invoice becomes overdue the day after.
 */
export const effectivePaymentStatus = (
  registration: Pick<Registration, 'paymentStatus' | 'dueDate'>,
  today: string,
): PaymentStatus =>
  registration.paymentStatus === 'invoiced' && registration.dueDate !== '' && registration.dueDate < today
    ? 'overdue'
    : registration.paymentStatus;

/** Adds days to an ISO date (yyyy-mm-dd) in the calendar, without time zones getting involved. */
export const addDays = (iso: string, days: number): string => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return date.toISOString().slice(0, 10);
};

/** The due date an invoice gets when it is marked invoiced without one: today plus the payment term. */
export const dueDateWhenInvoiced = (
  registration: Pick<Registration, 'dueDate'>,
  today: string,
  paymentTermDays: number,
): string => (registration.dueDate !== '' ? registration.dueDate : addDays(today, paymentTermDays));

/** Money still expected from a registration: seat holders who have not paid (open or overdue). */
export const isOwing = (status: PaymentStatus): boolean =>
  status === 'unpaid' || status === 'invoiced' || status === 'overdue';
