import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  consentSources,
  consentStates,
  type ConsentSource,
  type ConsentState,
  type FieldIssue,
  type Person,
} from '../../../shared/model';
import { useApp, useStore } from '../../app/AppContext';
import { recordConsentEvent } from '../../consent/consentActions';
import { useConsentPurposes } from '../../consent/useConsentPurposes';
import { todayIso } from '../../state/registerActions';

/** Records one new consent event; the history is never edited, so this dialog only ever adds. */
export const ConsentEventDialog = ({
  person,
  initialPurpose,
  onClose,
}: {
  person: Person;
  initialPurpose: string;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const store = useStore();
  const { notify } = useApp();
  const { purposes, labelOf } = useConsentPurposes();
  const offered = purposes.filter((purpose) => purpose.isEnabled || purpose.key === initialPurpose);
  const [purpose, setPurpose] = useState(initialPurpose || offered[0]?.key || '');
  const [state, setState] = useState<ConsentState>('given');
  const [date, setDate] = useState(todayIso());
  const [source, setSource] = useState<ConsentSource>('form');
  const [noticeVersion, setNoticeVersion] = useState('');
  const [note, setNote] = useState('');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [isBusy, setBusy] = useState(false);
  const messageFor = (path: string) => {
    const issue = issues.find((candidate) => candidate.path === path);
    return issue ? t(`validation.${issue.code}` as never, issue.params ?? {}) : undefined;
  };

  const submit = async () => {
    setBusy(true);
    try {
      const result = await recordConsentEvent(store.database, person, {
        purpose,
        state,
        date,
        source,
        noticeVersion,
        note,
      });
      if (!result.isSaved) {
        setIssues(result.issues);
        return;
      }
      notify(t('consent.recorded'), 'success');
      onClose();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="consent-dialog-title">
      <DialogTitle id="consent-dialog-title">{t('consent.recordTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t('consent.recordText')}</DialogContentText>
        <Stack spacing={2}>
          <TextField
            select
            label={t('consent.fields.purpose')}
            value={purpose}
            onChange={(event) => setPurpose(event.target.value)}
            error={Boolean(messageFor('purpose'))}
            helperText={messageFor('purpose')}
            slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'consent-purpose' } as object } }}
          >
            {offered.map((option) => (
              <MenuItem key={option.key} value={option.key} data-value={option.key}>
                {labelOf(option.key)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label={t('consent.fields.state')}
            value={state}
            onChange={(event) => setState(event.target.value as ConsentState)}
            slotProps={{
              select: { SelectDisplayProps: { 'data-testid': 'consent-state-select' } as object },
            }}
          >
            {consentStates.map((option) => (
              <MenuItem key={option} value={option} data-value={option}>
                {t(`consent.states.${option}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            type="date"
            name="consentDate"
            label={t('consent.fields.date')}
            value={date}
            onChange={(event) => setDate(event.target.value)}
            error={Boolean(messageFor('date'))}
            helperText={messageFor('date')}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField
            select
            label={t('consent.fields.source')}
            value={source}
            onChange={(event) => setSource(event.target.value as ConsentSource)}
            slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'consent-source' } as object } }}
          >
            {consentSources.map((option) => (
              <MenuItem key={option} value={option} data-value={option}>
                {t(`consent.sources.${option}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            name="noticeVersion"
            label={t('consent.fields.noticeVersion')}
            value={noticeVersion}
            onChange={(event) => setNoticeVersion(event.target.value)}
            error={Boolean(messageFor('noticeVersion'))}
            helperText={messageFor('noticeVersion')}
            slotProps={{ htmlInput: { maxLength: 60, autoComplete: 'off' } }}
          />
          <TextField
            name="consentNote"
            label={t('consent.fields.note')}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            multiline
            minRows={2}
            error={Boolean(messageFor('note'))}
            helperText={messageFor('note')}
            slotProps={{ htmlInput: { maxLength: 1000, autoComplete: 'off' } }}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button
          variant="contained"
          disabled={isBusy}
          onClick={() => void submit()}
          data-testid="save-consent"
        >
          {t('consent.recordChange')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
