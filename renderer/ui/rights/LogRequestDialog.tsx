import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rightsRequestKinds, type FieldIssue, type RightsRequestKind } from '../../../shared/model';
import { requestDueDate } from '../../../shared/rights/requestDueDate';
import { normaliseDate } from '../../../shared/validation';
import { useStore, useSync } from '../../app/AppContext';
import { logRightsRequest } from '../../rights/rightsRequestActions';
import { todayIso } from '../../state/registerActions';
import { formatDate } from '../common/formatting';

/** Logs a request received from the person; the due date (one month) is shown as the date is typed. */
export const LogRequestDialog = ({
  person,
  isOpen,
  onClose,
}: {
  person: { id: string; owningUnit: string };
  isOpen: boolean;
  onClose: () => void;
}) => {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const sync = useSync();
  const today = todayIso();
  const [kind, setKind] = useState<RightsRequestKind>('access');
  const [received, setReceived] = useState(formatDate(today, i18n.language));
  const [note, setNote] = useState('');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [isBusy, setBusy] = useState(false);
  const parsed = normaliseDate(received);
  const due = parsed.isValid ? requestDueDate(parsed.value) : '';
  const issueFor = (path: string) => {
    const issue = issues.find((candidate) => candidate.path === path);
    return issue ? t(`validation.${issue.code}`, issue.params) : '';
  };
  const close = () => {
    setIssues([]);
    setNote('');
    onClose();
  };
  const save = async () => {
    setBusy(true);
    try {
      const outcome = await logRightsRequest(
        store.database,
        person,
        { kind, receivedDate: received, note },
        { today, handledBy: sync.settings().username },
      );
      if (outcome.isSaved) close();
      else setIssues(outcome.issues);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={isOpen} onClose={close} maxWidth="sm" fullWidth aria-labelledby="log-request-title">
      <DialogTitle id="log-request-title">{t('rights.log.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField
            select
            label={t('rights.fields.kind')}
            value={kind}
            onChange={(event) => setKind(event.target.value as RightsRequestKind)}
            slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'request-kind' } as object } }}
          >
            {rightsRequestKinds.map((option) => (
              <MenuItem key={option} value={option} data-value={option}>
                {t(`rights.kinds.${option}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            name="receivedDate"
            label={t('rights.fields.receivedDate')}
            value={received}
            autoComplete="off"
            onChange={(event) => setReceived(event.target.value)}
            error={issueFor('receivedDate') !== ''}
            helperText={
              issueFor('receivedDate') ||
              (due ? t('rights.log.dueHelp', { date: formatDate(due, i18n.language) }) : ' ')
            }
          />
          <TextField
            name="requestNote"
            label={t('rights.fields.note')}
            value={note}
            autoComplete="off"
            multiline
            minRows={2}
            onChange={(event) => setNote(event.target.value)}
            error={issueFor('note') !== ''}
            helperText={issueFor('note') || t('rights.log.noteHelp')}
          />
          {kind === 'rectification' ? (
            <Alert severity="info">{t('rights.log.rectificationHint')}</Alert>
          ) : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>{t('common.cancel')}</Button>
        <Button variant="contained" onClick={save} disabled={isBusy} data-testid="save-request">
          {t('rights.log.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
