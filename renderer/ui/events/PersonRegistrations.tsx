import { Link, List, ListItem, ListItemText, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatEuros } from '../../../shared/events/money';
import { effectivePaymentStatus } from '../../../shared/events/paymentRules';
import { routeToHash } from '../../app/useHashRoute';
import { todayIso } from '../../state/registerActions';
import { useLiveRecords } from '../../state/useLiveRecords';
import { formatEventWhen } from './eventLabels';

/** The person page's "Event registrations" section: their events, newest first, with status and payment. */
export const PersonRegistrations = ({ personId }: { personId: string }) => {
  const { t, i18n } = useTranslation();
  const { records: registrations } = useLiveRecords('registrations', { personId }, personId);
  const eventIds = registrations.map((registration) => registration.eventId);
  const { records: events } = useLiveRecords('events', { id: { $in: eventIds } }, eventIds.join(','));
  const eventsById = new Map(events.map((event) => [event.id, event]));
  const today = todayIso();
  const rows = registrations
    .filter((registration) => registration.status === 'active' && eventsById.has(registration.eventId))
    .map((registration) => ({ registration, event: eventsById.get(registration.eventId)! }))
    .sort((a, b) => b.event.startDate.localeCompare(a.event.startDate));
  return (
    <Paper
      variant="outlined"
      component="section"
      sx={{ p: { xs: 2, md: 3 } }}
      data-testid="person-registrations"
    >
      <Typography variant="h3" component="h2" sx={{ mb: 1 }}>
        {t('events.person.title')}
      </Typography>
      {rows.length === 0 ? (
        <Typography color="text.secondary">{t('events.person.empty')}</Typography>
      ) : (
        <List dense disablePadding>
          {rows.map(({ registration, event }) => (
            <ListItem key={registration.id} disableGutters data-testid="person-registration">
              <ListItemText
                primary={<Link href={routeToHash({ page: 'event', id: event.id })}>{event.name}</Link>}
                secondary={[
                  formatEventWhen(event, i18n.language),
                  t(`events.statuses.${registration.registrationStatus}`),
                  t(`events.payments.${effectivePaymentStatus(registration, today)}`),
                  formatEuros(registration.amountCents, i18n.language),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              />
            </ListItem>
          ))}
        </List>
      )}
    </Paper>
  );
};
