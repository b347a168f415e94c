import type { KontaktEvent, Registration } from '../model';
import { effectivePaymentStatus, isOwing } from './paymentRules';
import { seatHolderStatuses } from './waitingList';

export type AttendanceStats = {
  /** Every active registration of the event, waiting and cancelled included. */
  total: number;
  /** Still "registered": attendance not marked yet. */
  registered: number;
  waitingList: number;
  attended: number;
  noShow: number;
  cancelled: number;
  /** attended / (attended + no-show): of those whose attendance was marked; null before any is. */
  attendanceRate: number | null;
  /** no-show / (attended + no-show); null before any attendance is marked. */
  noShowRate: number | null;
  /** cancelled / (seat holders + cancelled); null with no such registration. */
  cancellationRate: number | null;
  /** Owed by seat holders, not yet overdue (unpaid or invoiced within the due date), in cents. */
  openCents: number;
  overdueCents: number;
  paidCents: number;
};

const rate = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** The attendance follow-up figures of one event's registrations on a given day. */
export const attendanceStatsOf = (
  registrations: readonly Pick<
    Registration,
    'status' | 'registrationStatus' | 'paymentStatus' | 'dueDate' | 'amountCents'
  >[],
  today: string,
): AttendanceStats => {
  const active = registrations.filter((r) => r.status === 'active');
  const count = (status: Registration['registrationStatus']) =>
    active.filter((r) => r.registrationStatus === status).length;
  const stats = {
    total: active.length,
    registered: count('registered'),
    waitingList: count('waitingList'),
    attended: count('attended'),
    noShow: count('noShow'),
    cancelled: count('cancelled'),
    openCents: 0,
    overdueCents: 0,
    paidCents: 0,
  };
  for (const registration of active) {
    const amount = registration.amountCents ?? 0;
    const payment = effectivePaymentStatus(registration, today);
    if (payment === 'paid') stats.paidCents += amount;
    // Waiting and cancelled people owe nothing, even if an invoice was already sent.
    if (!seatHolderStatuses.includes(registration.registrationStatus) || !isOwing(payment)) continue;
    if (payment === 'overdue') stats.overdueCents += amount;
    else stats.openCents += amount;
  }
  const marked = stats.attended + stats.noShow;
  const seats = stats.registered + marked;
  return {
    ...stats,
    attendanceRate: rate(stats.attended, marked),
    noShowRate: rate(stats.noShow, marked),
    cancellationRate: rate(stats.cancelled, seats + stats.cancelled),
  };
};

export type AttendanceReportRow = { event: KontaktEvent; stats: AttendanceStats };
export type AttendanceReport = { rows: AttendanceReportRow[]; totals: AttendanceStats };

/**
 * Events starting within [from, to] (either end may be empty: open), oldest first, with their figures
 * and totals over all of them. Passive events are left out like in the lists.
 */
export const attendanceReportOf = (
  events: readonly KontaktEvent[],
  registrations: readonly Registration[],
  range: { from: string; to: string },
  today: string,
): AttendanceReport => {
  const byEvent = new Map<string, Registration[]>();
  for (const registration of registrations) {
    const list = byEvent.get(registration.eventId) ?? [];
    list.push(registration);
    byEvent.set(registration.eventId, list);
  }
  const included = events
    .filter(
      (event) =>
        event.status === 'active' &&
        (range.from === '' || event.startDate >= range.from) &&
        (range.to === '' || event.startDate <= range.to),
    )
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.name.localeCompare(b.name));
  const rows = included.map((event) => ({
    event,
    stats: attendanceStatsOf(byEvent.get(event.id) ?? [], today),
  }));
  return {
    rows,
    totals: attendanceStatsOf(
      included.flatMap((e) => byEvent.get(e.id) ?? []),
      today,
    ),
  };
};
