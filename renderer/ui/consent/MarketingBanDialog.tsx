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
import { consentSources, type ConsentSource, type FieldIssue, type Person } from '../../../shared/model';
import { useApp, useStore } from '../../app/AppContext';
import { recordMarketingBan } from '../../consent/consentActions';
import { todayIso } from '../../state/registerActions';

/** Sets or lifts the direct-marketing ban: one new ban event either way. */
export const MarketingBanDialog = ({
  person,
  action,
  onClose,
}: {
  person: Person;
  action: 'set' | 'lifted';
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const store = useStore();
  const { notify } = useApp();
  const [date, setDate] = useState(todayIso());
  const [source, setSource] = useState<ConsentSource>('email');
  const [note, setNote] = useState('');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const messageFor = (path: string) => {
    const issue = issues.find((candidate) => candidate.path === path);
    return issue ? t(`validation.${issue.code}` as never, issue.params ?? {}) : undefined;
  };
  const submit = async () => {
    const result = await recordMarketingBan(store.database, person, { action, date, source, note });
    if (!result.isSaved) {
      setIssues(result.issues);
      return;
    }
    notify(t('consent.ban.saved'), 'success');
    onClose();
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="ban-dialog-title">
      <DialogTitle id="ban-dialog-title">
        {action === 'set' ? t('consent.ban.setTitle') : t('consent.ban.liftTitle')}
      </DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          {action === 'set' ? t('consent.ban.setText') : t('consent.ban.liftText')}
        </DialogContentText>
        <Stack spacing={2}>
          <TextField
            type="date"
            name="banDate"
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
          >
            {consentSources.map((option) => (
              <MenuItem key={option} value={option}>
                {t(`consent.sources.${option}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            name="banNote"
            label={t('consent.fields.note')}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            multiline
            minRows={2}
            slotProps={{ htmlInput: { maxLength: 1000, autoComplete: 'off' } }}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button
          variant="contained"
          color={action === 'set' ? 'warning' : 'primary'}
          onClick={() => void submit()}
          data-testid="save-ban"
        >
          {action === 'set' ? t('consent.ban.setTitle') : t('consent.ban.liftTitle')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
