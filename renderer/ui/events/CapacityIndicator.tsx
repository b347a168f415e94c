import { Chip, LinearProgress, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { seatsTaken, waitingListOf } from '../../../shared/events/waitingList';
import type { KontaktEvent, Registration } from '../../../shared/model';

/** Seats taken against the capacity, "Full" when none are left, and the length of the waiting list. */
export const CapacityIndicator = ({
  event,
  registrations,
}: {
  event: KontaktEvent;
  registrations: readonly Registration[];
}) => {
  const { t } = useTranslation();
  const taken = seatsTaken(registrations);
  const waiting = waitingListOf(registrations).length;
  const isFull = event.capacity !== null && taken >= event.capacity;
  return (
    <Stack spacing={1} data-testid="capacity-indicator">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Typography data-testid="capacity-text">
          {event.capacity === null
            ? t('events.seatsTakenUnlimited', { taken })
            : t('events.seatsTaken', { taken, capacity: event.capacity })}
        </Typography>
        {isFull ? (
          <Chip size="small" color="warning" label={t('events.full')} data-testid="capacity-full" />
        ) : null}
        {waiting > 0 ? (
          <Chip
            size="small"
            variant="outlined"
            label={t('events.waiting', { count: waiting })}
            data-testid="waiting-count"
          />
        ) : null}
      </Stack>
      {event.capacity !== null ? (
        <LinearProgress
          variant="determinate"
          value={Math.min(100, (taken / event.capacity) * 100)}
          color={isFull ? 'warning' : 'primary'}
          aria-hidden
          sx={{ height: 8, borderRadius: 1 }}
        />
      ) : null}
    </Stack>
  );
};
