import { Add, Assessment, Event as EventIcon } from '@mui/icons-material';
import { Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEuros } from '../../../shared/events/money';
import { seatsTaken } from '../../../shared/events/waitingList';
import { eventTypes, type KontaktEvent, type Registration } from '../../../shared/model';
import { foldText } from '../../../shared/search/foldText';
import { navigate, routeToHash } from '../../app/useHashRoute';
import { todayIso } from '../../state/registerActions';
import { useLiveRecords } from '../../state/useLiveRecords';
import { EmptyState } from '../common/EmptyState';
import { PageHeader } from '../common/PageHeader';
import { VirtualTable, type SortDirection, type TableColumn } from '../common/VirtualTable';
import { formatEventWhen, isPastEvent } from './eventLabels';

type When = 'upcoming' | 'past' | 'all';
type StatusFilter = 'active' | 'passive' | 'all';
type EventRow = KontaktEvent & { taken: number; waiting: number; haystack: string };

const compare = (a: EventRow, b: EventRow, key: string): number => {
  switch (key) {
    case 'name':
      return a.name.localeCompare(b.name);
    case 'type':
      return a.type.localeCompare(b.type);
    case 'place':
      return a.place.localeCompare(b.place);
    case 'price':
      return (a.priceCents ?? 0) - (b.priceCents ?? 0);
    default:
      return `${a.startDate} ${a.startTime}`.localeCompare(`${b.startDate} ${b.startTime}`);
  }
};

export const EventListPage = () => {
  const { t, i18n } = useTranslation();
  const { records: events, isLoading } = useLiveRecords('events');
  const { records: registrations } = useLiveRecords('registrations');
  const [query, setQuery] = useState('');
  const [type, setType] = useState('');
  const [when, setWhen] = useState<When>('upcoming');
  const [status, setStatus] = useState<StatusFilter>('active');
  const [sort, setSort] = useState<{ key: string; direction: SortDirection }>({
    key: 'date',
    direction: 'asc',
  });
  const today = todayIso();

  const rows = useMemo(() => {
    const byEvent = new Map<string, Registration[]>();
    for (const registration of registrations) {
      const list = byEvent.get(registration.eventId) ?? [];
      list.push(registration);
      byEvent.set(registration.eventId, list);
    }
    const tokens = foldText(query).split(/\s+/).filter(Boolean);
    return events
      .map((event): EventRow => {
        const own = byEvent.get(event.id) ?? [];
        return {
          ...event,
          taken: seatsTaken(own),
          waiting: own.filter((r) => r.status === 'active' && r.registrationStatus === 'waitingList').length,
          haystack: foldText(`${event.name} ${event.place}`),
        };
      })
      .filter(
        (row) =>
          (status === 'all' || row.status === status) &&
          (type === '' || row.type === type) &&
          (when === 'all' || isPastEvent(row, today) === (when === 'past')) &&
          tokens.every((token) => row.haystack.includes(token)),
      )
      .sort((a, b) => (sort.direction === 'asc' ? 1 : -1) * compare(a, b, sort.key));
  }, [events, registrations, query, type, when, status, sort, today]);

  const columns: TableColumn<EventRow>[] = [
    {
      key: 'name',
      label: t('events.columns.name'),
      width: 'minmax(180px, 3fr)',
      render: (row) => row.name,
      isSortable: true,
    },
    {
      key: 'type',
      label: t('events.columns.type'),
      width: 'minmax(110px, 1fr)',
      render: (row) => t(`events.types.${row.type}`),
      isSortable: true,
    },
    {
      key: 'date',
      label: t('events.columns.date'),
      width: 'minmax(150px, 2fr)',
      render: (row) => formatEventWhen(row, i18n.language),
      isSortable: true,
    },
    {
      key: 'place',
      label: t('events.columns.place'),
      width: 'minmax(100px, 1fr)',
      render: (row) => row.place,
      isSortable: true,
    },
    {
      key: 'price',
      label: t('events.columns.price'),
      width: 'minmax(90px, 1fr)',
      render: (row) => (row.priceCents ? formatEuros(row.priceCents, i18n.language) : t('events.free')),
      isSortable: true,
    },
    {
      key: 'seats',
      label: t('events.columns.seats'),
      width: 'minmax(120px, 1fr)',
      render: (row) => `${row.taken} / ${row.capacity ?? '∞'}${row.waiting > 0 ? ` (+${row.waiting})` : ''}`,
    },
  ];

  const isEmpty = !isLoading && events.length === 0;
  const newEvent = () => navigate({ page: 'eventNew' });
  return (
    <Stack spacing={2} sx={{ height: '100%', minHeight: 0 }} data-testid="event-list">
      <PageHeader
        title={t('events.title')}
        subtitle={isEmpty ? undefined : t('events.count', { count: rows.length })}
        actions={
          <>
            <Button
              startIcon={<Assessment />}
              href={routeToHash({ page: 'eventReport' })}
              data-testid="open-attendance-report"
            >
              {t('events.report.open')}
            </Button>
            <Button variant="contained" startIcon={<Add />} onClick={newEvent} data-testid="new-event">
              {t('events.newEvent')}
            </Button>
          </>
        }
      />
      {isEmpty ? (
        <EmptyState
          icon={<EventIcon />}
          title={t('events.emptyTitle')}
          text={t('events.emptyText')}
          actionLabel={t('events.addFirst')}
          onAction={newEvent}
        />
      ) : (
        <>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
            <TextField
              size="small"
              type="search"
              name="eventSearch"
              label={t('events.searchLabel')}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              autoComplete="off"
              sx={{ flex: 2 }}
            />
            <TextField
              select
              size="small"
              name="eventType"
              label={t('events.typeFilter')}
              value={type}
              onChange={(event) => setType(event.target.value)}
              slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
              sx={{ flex: 1, minWidth: 150 }}
            >
              <MenuItem value="">{t('events.allTypes')}</MenuItem>
              {eventTypes.map((key) => (
                <MenuItem key={key} value={key}>
                  {t(`events.types.${key}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              size="small"
              name="eventWhen"
              label={t('events.whenFilter')}
              value={when}
              onChange={(event) => setWhen(event.target.value as When)}
              sx={{ flex: 1, minWidth: 130 }}
            >
              {(['upcoming', 'past', 'all'] as const).map((key) => (
                <MenuItem key={key} value={key}>
                  {t(`events.when.${key}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              size="small"
              name="eventStatus"
              label={t('list.status')}
              value={status}
              onChange={(event) => setStatus(event.target.value as StatusFilter)}
              sx={{ flex: 1, minWidth: 120 }}
            >
              <MenuItem value="active">{t('list.statusActive')}</MenuItem>
              <MenuItem value="passive">{t('list.statusPassive')}</MenuItem>
              <MenuItem value="all">{t('list.statusAll')}</MenuItem>
            </TextField>
          </Stack>
          {rows.length === 0 ? (
            <Stack spacing={1} sx={{ alignItems: 'center', py: 6 }} data-testid="no-matches">
              <Typography color="text.secondary">{t('list.noMatches')}</Typography>
              <Button
                onClick={() => {
                  setQuery('');
                  setType('');
                  setWhen('all');
                  setStatus('active');
                }}
              >
                {t('list.clearFilters')}
              </Button>
            </Stack>
          ) : (
            <VirtualTable
              label={t('events.title')}
              rows={rows}
              columns={columns}
              sort={sort}
              onSort={(key) =>
                setSort({ key, direction: sort.key === key && sort.direction === 'asc' ? 'desc' : 'asc' })
              }
              hrefFor={(row) => routeToHash({ page: 'event', id: row.id })}
            />
          )}
        </>
      )}
    </Stack>
  );
};
