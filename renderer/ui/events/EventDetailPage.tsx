import { Paper, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatEuros } from '../../../shared/events/money';
import { useStore } from '../../app/AppContext';
import { navigate } from '../../app/useHashRoute';
import { deleteEvent, setEventStatus } from '../../events/eventActions';
import { useLiveRecords } from '../../state/useLiveRecords';
import { DetailList } from '../common/DetailList';
import { formatTimestamp } from '../common/formatting';
import { NotFound } from '../common/NotFound';
import { PageHeader } from '../common/PageHeader';
import { PassiveBanner, RecordActions } from '../common/RecordActions';
import { RecordTitle } from '../common/RecordTitle';
import { formatEventWhen } from './eventLabels';
import { RegistrationsPanel } from './RegistrationsPanel';

export const EventDetailPage = ({ id }: { id: string }) => {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const { records: events, isLoading } = useLiveRecords('events', { id }, id);
  const { records: registrations } = useLiveRecords('registrations', { eventId: id }, id);
  const event = events[0];
  if (isLoading) return null;
  if (!event) return <NotFound text={t('events.notFound')} />;
  const isPassive = event.status === 'passive';
  return (
    <Stack spacing={2} sx={{ maxWidth: 1200 }} data-testid="event-detail">
      <PageHeader
        title={<RecordTitle name={event.name} status={event.status} />}
        actions={
          <RecordActions
            name={event.name}
            status={event.status}
            onEdit={() => navigate({ page: 'eventEdit', id })}
            onSetStatus={(status) => setEventStatus(store, id, status)}
            onDelete={async () => {
              await deleteEvent(store, id);
              navigate({ page: 'events' }, { replace: true });
            }}
          />
        }
      />
      {isPassive ? <PassiveBanner /> : null}
      <Paper variant="outlined" component="section" sx={{ p: { xs: 2, md: 3 } }}>
        <Typography variant="h3" component="h2" sx={{ mb: 2 }}>
          {t('events.sections.basic')}
        </Typography>
        <DetailList
          items={[
            { label: t('events.fields.type'), value: t(`events.types.${event.type}`), testId: 'event-type' },
            {
              label: t('events.columns.date'),
              value: formatEventWhen(event, i18n.language),
              testId: 'event-when',
            },
            { label: t('events.fields.place'), value: event.place },
            {
              label: t('events.columns.price'),
              value: event.priceCents ? formatEuros(event.priceCents, i18n.language) : t('events.free'),
              testId: 'event-price',
            },
            {
              label: t('events.fields.capacity'),
              value: event.capacity === null ? t('events.unlimited') : String(event.capacity),
            },
            { label: t('events.fields.description'), value: event.description },
          ]}
        />
      </Paper>
      <RegistrationsPanel event={event} registrations={registrations} />
      <Typography variant="caption" color="text.secondary">
        {t('detail.created', { date: formatTimestamp(event.createdAt, i18n.language) })} ·{' '}
        {t('detail.updated', { date: formatTimestamp(event.updatedAt, i18n.language) })}
      </Typography>
    </Stack>
  );
};
