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
import { activityKinds, type Activity, type FieldIssue } from '../../../shared/model';
import { useApp, useStore } from '../../app/AppContext';
import { saveActivity, type ActivityDraft } from '../../activities/activityActions';
import { todayIso } from '../../state/registerActions';
import { RecordPicker } from './RecordPicker';

const draftOf = (
  existing: Activity | undefined,
  personIds: string[],
  organisationIds: string[],
): ActivityDraft => ({
  kind: existing?.kind ?? 'call',
  date: existing?.date ?? todayIso(),
  subject: existing?.subject ?? '',
  text: existing?.text ?? '',
  personIds: existing?.personIds ?? personIds,
  organisationIds: existing?.organisationIds ?? organisationIds,
  followUpDate: existing?.followUpDate ?? '',
  followUpAssignee: existing?.followUpAssignee ?? '',
  isFollowUpDone: existing?.isFollowUpDone ?? false,
});

/** Records a new activity or edits one; the record whose page it was opened on is linked already. */
export const ActivityDialog = ({
  existing,
  personIds = [],
  organisationIds = [],
  onClose,
}: {
  existing?: Activity;
  personIds?: string[];
  organisationIds?: string[];
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const store = useStore();
  const { notify } = useApp();
  const [draft, setDraft] = useState(() => draftOf(existing, personIds, organisationIds));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [isBusy, setBusy] = useState(false);
  const set = <K extends keyof ActivityDraft>(key: K, value: ActivityDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const messageFor = (path: string) => {
    const issue = issues.find(
      (candidate) => candidate.path === path || candidate.path.startsWith(`${path}.`),
    );
    return issue ? t(`validation.${issue.code}` as never, issue.params ?? {}) : undefined;
  };
  const save = async () => {
    setBusy(true);
    try {
      const result = await saveActivity(store, existing, draft);
      if (!result.isSaved) {
        setIssues(result.issues);
        return;
      }
      notify(t('activity.saved'), 'success');
      onClose();
    } finally {
      setBusy(false);
    }
  };
  const dateField = (key: 'date' | 'followUpDate', isRequired: boolean) => (
    <TextField
      name={key}
      type="date"
      required={isRequired}
      label={t(`activity.fields.${key}`)}
      value={draft[key]}
      onChange={(event) => set(key, event.target.value)}
      error={Boolean(messageFor(key))}
      helperText={messageFor(key)}
      slotProps={{ inputLabel: { shrink: true } }}
    />
  );
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" data-testid="activity-dialog">
      <DialogTitle>{t(existing ? 'activity.editTitle' : 'activity.addTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <TextField
              select
              name="kind"
              label={t('activity.fields.kind')}
              value={draft.kind}
              onChange={(event) => set('kind', event.target.value as ActivityDraft['kind'])}
              sx={{ minWidth: 180 }}
            >
              {activityKinds.map((kind) => (
                <MenuItem key={kind} value={kind}>
                  {t(`activity.kinds.${kind}`)}
                </MenuItem>
              ))}
            </TextField>
            {dateField('date', true)}
          </Stack>
          <TextField
            name="subject"
            required
            label={t('activity.fields.subject')}
            value={draft.subject}
            onChange={(event) => set('subject', event.target.value)}
            error={Boolean(messageFor('subject'))}
            helperText={messageFor('subject')}
            slotProps={{ htmlInput: { autoComplete: 'off' } }}
          />
          <TextField
            name="text"
            multiline
            minRows={3}
            label={t('activity.fields.text')}
            value={draft.text}
            onChange={(event) => set('text', event.target.value)}
            error={Boolean(messageFor('text'))}
            helperText={messageFor('text')}
            slotProps={{ htmlInput: { autoComplete: 'off' } }}
          />
          <RecordPicker
            kind="person"
            name="people"
            label={t('activity.fields.people')}
            value={draft.personIds}
            onChange={(ids) => set('personIds', ids)}
          />
          <RecordPicker
            kind="organisation"
            name="organisations"
            label={t('activity.fields.organisations')}
            value={draft.organisationIds}
            onChange={(ids) => set('organisationIds', ids)}
          />
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            {dateField('followUpDate', false)}
            <TextField
              name="followUpAssignee"
              label={t('activity.fields.followUpAssignee')}
              helperText={t('activity.fields.followUpAssigneeHelp')}
              value={draft.followUpAssignee}
              onChange={(event) => set('followUpAssignee', event.target.value)}
              slotProps={{ htmlInput: { autoComplete: 'off' } }}
              sx={{ flex: 1 }}
            />
          </Stack>
          {issues.length > 0 ? <Alert severity="error">{t('form.fixErrors')}</Alert> : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('activity.cancel')}</Button>
        <Button variant="contained" onClick={() => void save()} disabled={isBusy} data-testid="activity-save">
          {t('activity.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
