import type { TFunction } from 'i18next';
import type { AttendanceReport, AttendanceStats } from '../../shared/events/attendanceStats';
import type { XlsxSheet, XlsxValue } from '../spreadsheet/writeXlsx';

export const attendanceColumns = [
  'event',
  'date',
  'type',
  'registered',
  'waitingList',
  'attended',
  'noShow',
  'cancelled',
  'attendanceRate',
  'noShowRate',
  'unpaid',
  'overdue',
] as const;

/** Rates as fractions rounded to 0.1 %, money in euros: numbers a spreadsheet can compute with. */
const figures = (stats: AttendanceStats): XlsxValue[] => [
  stats.registered,
  stats.waitingList,
  stats.attended,
  stats.noShow,
  stats.cancelled,
  stats.attendanceRate === null ? null : Math.round(stats.attendanceRate * 1000) / 1000,
  stats.noShowRate === null ? null : Math.round(stats.noShowRate * 1000) / 1000,
  stats.openCents / 100,
  stats.overdueCents / 100,
];

/** The attendance follow-up report as one sheet, a row per event and a totals row. */
export const buildAttendanceSheet = (report: AttendanceReport, t: TFunction): XlsxSheet => ({
  name: t('events.report.sheetName'),
  header: attendanceColumns.map((key) => t(`events.report.columns.${key}`)),
  rows: [
    ...report.rows.map(({ event, stats }) => [
      event.name,
      { date: event.startDate },
      t(`events.types.${event.type}`),
      ...figures(stats),
    ]),
    [t('events.report.totals'), null, null, ...figures(report.totals)],
  ],
});
