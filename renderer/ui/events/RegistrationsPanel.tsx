import { FileDownload } from '@mui/icons-material';
import {
  Box,
  Button,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { waitingPositionOf } from '../../../shared/events/waitingList';
import { registrationStatuses, type KontaktEvent, type Registration } from '../../../shared/model';
import { useApp, useStore } from '../../app/AppContext';
import { removeRegistration } from '../../events/eventActions';
import { buildParticipantSheet } from '../../events/participantSheet';
import { writeXlsx } from '../../spreadsheet/writeXlsx';
import { useRestrictedPersonIds } from '../../rights/useRestrictedPeople';
import { recordAccess } from '../../accessLog/recordAccess';
import { personDisplayName, personSortName } from '../../state/recordLabels';
import { todayIso } from '../../state/registerActions';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { AddParticipant } from './AddParticipant';
import { CapacityIndicator } from './CapacityIndicator';
import { personNames } from './personNames';
import { RegistrationRow } from './RegistrationRow';

/** The event's registrations: capacity, adding people, inline changes and the participant list export. */
export const RegistrationsPanel = ({
  event,
  registrations,
}: {
  event: KontaktEvent;
  registrations: readonly Registration[];
}) => {
  const { t } = useTranslation();
  const store = useStore();
  const { platform, notify } = useApp();
  const [removing, setRemoving] = useState<Registration | null>(null);
  const [isExporting, setExporting] = useState(false);
  const isReadOnly = event.status === 'passive';
  // The actions column's name is for screen readers; sighted users see the buttons.
  const visuallyHidden = {
    position: 'absolute',
    // In sx a bare 1 would mean 100 %.
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    clip: 'rect(0 0 0 0)',
  } as const;
  const nameOf = (registration: Registration) => {
    const person = store.people.get(registration.personId);
    return person ? personDisplayName(person) : '?';
  };
  const sortName = (registration: Registration) => {
    const person = store.people.get(registration.personId);
    return person ? personSortName(person) : '';
  };
  const rank = (registration: Registration) => registrationStatuses.indexOf(registration.registrationStatus);
  const rows = registrations
    .filter((registration) => registration.status === 'active')
    .sort(
      (a, b) =>
        (a.registrationStatus === 'waitingList' && b.registrationStatus === 'waitingList'
          ? a.registeredAt - b.registeredAt
          : 0) || sortName(a).localeCompare(sortName(b)),
    );

  const restricted = useRestrictedPersonIds();
  const exportParticipants = async () => {
    setExporting(true);
    try {
      const exportable = registrations.filter((registration) => !restricted.has(registration.personId));
      const sheet = buildParticipantSheet(store, exportable, todayIso(), t);
      const fileName = `${t('events.fileNameParticipants')}-${event.name.replace(/[^\p{L}\p{N}]+/gu, '-')}-${event.startDate}.xlsx`;
      const isSaved = await platform.saveFile({
        suggestedName: fileName,
        bytes: await writeXlsx([sheet]),
        filters: [{ name: 'Excel', extensions: ['xlsx'] }],
      });
      if (isSaved)
        recordAccess(store, {
          action: 'export',
          source: 'participantExport',
          personIds: exportable.filter((item) => item.status === 'active').map((item) => item.personId),
          fileName,
        });
      if (isSaved) notify(t('events.exported', { count: sheet.rows.length }), 'success');
    } catch (error) {
      notify(
        t('common.unexpectedError', { message: error instanceof Error ? error.message : String(error) }),
        'error',
      );
    } finally {
      setExporting(false);
    }
  };

  return (
    <Paper variant="outlined" component="section" sx={{ p: { xs: 2, md: 3 } }} data-testid="registrations">
      <Stack spacing={2}>
        <Stack
          direction="row"
          sx={{ justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}
        >
          <Typography variant="h3" component="h2">
            {t('events.registrations')}
          </Typography>
          <Button
            startIcon={<FileDownload />}
            onClick={() => void exportParticipants()}
            disabled={isExporting || rows.length === 0}
            data-testid="export-participants"
          >
            {t('events.exportParticipants')}
          </Button>
        </Stack>
        <CapacityIndicator event={event} registrations={registrations} />
        {isReadOnly ? null : <AddParticipant event={event} />}
        {rows.length === 0 ? (
          <Typography color="text.secondary">{t('events.noRegistrations')}</Typography>
        ) : (
          <TableContainer>
            <Table
              size="small"
              aria-label={t('events.registrations')}
              sx={{ '& td, & th': { px: 1, verticalAlign: 'top' }, '& td:first-of-type': { pt: 2 } }}
            >
              <TableHead>
                <TableRow>
                  <TableCell>{t('events.regColumns.person')}</TableCell>
                  <TableCell>{t('events.regColumns.status')}</TableCell>
                  <TableCell>{t('events.regColumns.payment')}</TableCell>
                  <TableCell>{t('events.regColumns.amount')}</TableCell>
                  <TableCell>{t('events.regColumns.reference')}</TableCell>
                  <TableCell>
                    <Box component="span" sx={visuallyHidden}>
                      {t('events.regColumns.actions')}
                    </Box>
                  </TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {[...rows]
                  .sort((a, b) => rank(a) - rank(b))
                  .map((registration) => (
                    <RegistrationRow
                      key={registration.id}
                      event={event}
                      registration={registration}
                      personName={nameOf(registration)}
                      waitingPosition={waitingPositionOf(registration.id, registrations)}
                      isReadOnly={isReadOnly}
                      onRemove={() => setRemoving(registration)}
                    />
                  ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </Stack>
      <ConfirmDialog
        isOpen={removing !== null}
        title={t('events.removeTitle')}
        text={t('events.removeText')}
        confirmLabel={t('common.remove')}
        isDestructive
        onClose={() => setRemoving(null)}
        onConfirm={async () => {
          const target = removing;
          setRemoving(null);
          if (!target) return;
          const promoted = await removeRegistration(store, event, target.id);
          notify(t('events.removed'));
          if (promoted.length > 0)
            notify(t('events.promoted', { names: personNames(store, promoted) }), 'info');
        }}
      />
    </Paper>
  );
};
