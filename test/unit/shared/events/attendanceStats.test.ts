import { describe, expect, it } from 'vitest';
import { attendanceReportOf, attendanceStatsOf } from '../../../../shared/events/attendanceStats';
import type { KontaktEvent, Registration } from '../../../../shared/model';

const today = '2026-11-22';
let counter = 0;
const registration = (
  eventId: string,
  registrationStatus: Registration['registrationStatus'],
  paymentStatus: Registration['paymentStatus'] = 'unpaid',
  amountCents: number | null = 10000,
  dueDate = '',
): Registration => ({
  id: `r${++counter}`,
  status: 'active',
  owningUnit: 'main',
  createdAt: 1,
  updatedAt: 1,
  eventId,
  personId: `p${counter}`,
  registrationStatus,
  paymentStatus,
  amountCents,
  invoiceReference: '',
  dueDate,
  registeredAt: counter,
  note: '',
  createdBy: '',
  updatedBy: '',
});

const event = (id: string, startDate: string, status: KontaktEvent['status'] = 'active'): KontaktEvent => ({
  id,
  status,
  owningUnit: 'main',
  createdAt: 1,
  updatedAt: 1,
  name: id,
  type: 'course',
  startDate,
  startTime: '',
  endDate: '',
  endTime: '',
  place: '',
  priceCents: 10000,
  capacity: null,
  description: '',
  createdBy: '',
  updatedBy: '',
});

describe('attendance statistics', () => {
  it('counts each status and rates attendance over marked attendance only', () => {
    const stats = attendanceStatsOf(
      [
        registration('e', 'attended', 'paid'),
        registration('e', 'attended', 'paid'),
        registration('e', 'attended', 'invoiced', 10000, '2026-11-01'),
        registration('e', 'noShow', 'unpaid'),
        registration('e', 'registered', 'invoiced', 5000, '2026-12-01'),
        registration('e', 'cancelled', 'refunded'),
        registration('e', 'waitingList', 'unpaid'),
        { ...registration('e', 'attended', 'paid'), status: 'passive' },
      ],
      today,
    );
    expect(stats).toMatchObject({
      total: 7,
      registered: 1,
      attended: 3,
      noShow: 1,
      cancelled: 1,
      waitingList: 1,
      attendanceRate: 0.75,
      noShowRate: 0.25,
      cancellationRate: 1 / 6,
      // Unpaid no-show (100 €) + invoiced within its due date (50 €); the waiting one owes nothing.
      openCents: 15000,
      overdueCents: 10000,
      paidCents: 20000,
    });
  });

  it('has no rates before anything is marked', () => {
    expect(attendanceStatsOf([registration('e', 'registered')], today)).toMatchObject({
      attendanceRate: null,
      noShowRate: null,
      cancellationRate: 0,
    });
    expect(attendanceStatsOf([], today).cancellationRate).toBeNull();
  });

  it('reports active events starting in the range, oldest first, with totals over them', () => {
    const events = [
      event('later', '2026-10-05'),
      event('earlier', '2026-09-01'),
      event('outside', '2025-01-01'),
      event('passive', '2026-09-10', 'passive'),
    ];
    const registrations = [
      registration('later', 'attended'),
      registration('earlier', 'noShow'),
      registration('outside', 'attended'),
      registration('passive', 'attended'),
    ];
    const report = attendanceReportOf(events, registrations, { from: '2026-01-01', to: '2026-12-31' }, today);
    expect(report.rows.map((row) => row.event.id)).toEqual(['earlier', 'later']);
    expect(report.totals).toMatchObject({ attended: 1, noShow: 1, attendanceRate: 0.5 });
    expect(attendanceReportOf(events, registrations, { from: '', to: '' }, today).rows).toHaveLength(3);
  });
});
