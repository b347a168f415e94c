import { FileDownload } from '@mui/icons-material';
import {
  Button,
  Link,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { attendanceReportOf, type AttendanceStats } from '../../../shared/events/attendanceStats';
import { addDays } from '../../../shared/events/paymentRules';
import { formatEuros } from '../../../shared/events/money';
import { useApp } from '../../app/AppContext';
import { routeToHash } from '../../app/useHashRoute';
import { buildAttendanceSheet } from '../../events/attendanceSheet';
import { writeXlsx } from '../../spreadsheet/writeXlsx';
import { todayIso } from '../../state/registerActions';
import { useLiveRecords } from '../../state/useLiveRecords';
import { formatDate } from '../common/formatting';
import { PageHeader } from '../common/PageHeader';

const formatRate = (rate: number | null, language: string): string =>
  rate === null
    ? '–'
    : new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(rate);

/** Attendance follow-up: events starting in a period, their attendance, rates and open payments. */
export const AttendanceReportPage = () => {
  const { t, i18n } = useTranslation();
  const { platform, notify } = useApp();
  const today = todayIso();
  const [from, setFrom] = useState(addDays(today, -365));
  const [to, setTo] = useState(today);
  const { records: events } = useLiveRecords('events');
  const { records: registrations } = useLiveRecords('registrations');
  const report = useMemo(
    () => attendanceReportOf(events, registrations, { from, to }, today),
    [events, registrations, from, to, today],
  );

  const figures = (stats: AttendanceStats) => [
    stats.registered,
    stats.waitingList,
    stats.attended,
    stats.noShow,
    stats.cancelled,
    formatRate(stats.attendanceRate, i18n.language),
    formatRate(stats.noShowRate, i18n.language),
    formatEuros(stats.openCents, i18n.language),
    formatEuros(stats.overdueCents, i18n.language),
  ];
  const figureKeys = [
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

  const exportReport = async () => {
    try {
      const isSaved = await platform.saveFile({
        suggestedName: `${t('events.report.fileName')}-${from}-${to}.xlsx`,
        bytes: await writeXlsx([buildAttendanceSheet(report, t)]),
        filters: [{ name: 'Excel', extensions: ['xlsx'] }],
      });
      if (isSaved) notify(t('events.report.exported'), 'success');
    } catch (error) {
      notify(
        t('common.unexpectedError', { message: error instanceof Error ? error.message : String(error) }),
        'error',
      );
    }
  };

  return (
    <Stack spacing={2} data-testid="attendance-report">
      <PageHeader
        title={t('events.report.title')}
        subtitle={t('events.report.intro')}
        actions={
          <Button
            startIcon={<FileDownload />}
            onClick={() => void exportReport()}
            disabled={report.rows.length === 0}
            data-testid="export-attendance"
          >
            {t('events.report.export')}
          </Button>
        }
      />
      <Stack direction="row" spacing={2}>
        <TextField
          type="date"
          name="reportFrom"
          label={t('events.report.from')}
          value={from}
          onChange={(event) => setFrom(event.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
          sx={{ width: 200 }}
        />
        <TextField
          type="date"
          name="reportTo"
          label={t('events.report.to')}
          value={to}
          onChange={(event) => setTo(event.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
          sx={{ width: 200 }}
        />
      </Stack>
      {report.rows.length === 0 ? (
        <Typography color="text.secondary" data-testid="report-empty">
          {t('events.report.empty')}
        </Typography>
      ) : (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label={t('events.report.title')}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ minWidth: 180 }}>{t('events.report.columns.event')}</TableCell>
                <TableCell sx={{ minWidth: 100 }}>{t('events.report.columns.date')}</TableCell>
                {figureKeys.map((key) => (
                  <TableCell key={key} align="right">
                    {t(`events.report.columns.${key}`)}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {report.rows.map(({ event, stats }) => (
                <TableRow key={event.id} data-testid="report-row" data-event={event.name}>
                  <TableCell>
                    <Link href={routeToHash({ page: 'event', id: event.id })}>{event.name}</Link>
                  </TableCell>
                  <TableCell>{formatDate(event.startDate, i18n.language)}</TableCell>
                  {figures(stats).map((value, index) => (
                    <TableCell key={figureKeys[index]} align="right" data-column={figureKeys[index]}>
                      {value}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
              <TableRow data-testid="report-totals" sx={{ '& td': { fontWeight: 600 } }}>
                <TableCell>{t('events.report.totals')}</TableCell>
                <TableCell />
                {figures(report.totals).map((value, index) => (
                  <TableCell key={figureKeys[index]} align="right" data-column={figureKeys[index]}>
                    {value}
                  </TableCell>
                ))}
              </TableRow>
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Stack>
  );
};
