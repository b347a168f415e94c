import {
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
import {
  contactListKinds,
  type ContactList,
  type ContactListKind,
  type FieldIssue,
} from '../../../shared/model';
import { useApp, useStore } from '../../app/AppContext';
import { saveContactList } from '../../consent/consentActions';
import { useConsentPurposes } from '../../consent/useConsentPurposes';

const defaultPurposeOf: Record<ContactListKind, string> = {
  newsletter: 'newsletter',
  mentoring: 'mentoring',
  interestGroup: 'alumniCommunication',
};

/** Create or edit a list: name, type, the consent purpose members need, description. */
export const ContactListDialog = ({
  existing,
  onClose,
  onSaved,
}: {
  existing?: ContactList;
  onClose: () => void;
  onSaved?: (id: string) => void;
}) => {
  const { t } = useTranslation();
  const store = useStore();
  const { notify } = useApp();
  const { purposes, labelOf } = useConsentPurposes();
  const [name, setName] = useState(existing?.name ?? '');
  const [kind, setKind] = useState<ContactListKind>(existing?.kind ?? 'newsletter');
  const [purpose, setPurpose] = useState(existing?.purpose ?? 'newsletter');
  const [description, setDescription] = useState(existing?.description ?? '');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const offered = purposes.filter((option) => option.isEnabled || option.key === existing?.purpose);
  const messageFor = (path: string) => {
    const issue = issues.find((candidate) => candidate.path === path);
    if (!issue) return undefined;
    return path === 'name' && issue.code === 'required'
      ? t('consent.lists.nameRequired')
      : t(`validation.${issue.code}` as never, issue.params ?? {});
  };
  const submit = async () => {
    const result = await saveContactList(store.database, existing, { name, kind, purpose, description });
    if (!result.isSaved) {
      setIssues(result.issues);
      return;
    }
    notify(t('consent.lists.saved'), 'success');
    onSaved?.(result.id);
    onClose();
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="list-dialog-title">
      <DialogTitle id="list-dialog-title">
        {existing ? t('consent.lists.editList') : t('consent.lists.newList')}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField
            name="listName"
            label={t('consent.lists.name')}
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={Boolean(messageFor('name'))}
            helperText={messageFor('name')}
            autoFocus
            slotProps={{ htmlInput: { maxLength: 150, autoComplete: 'off' } }}
          />
          <TextField
            select
            label={t('consent.lists.kind')}
            value={kind}
            onChange={(event) => {
              const next = event.target.value as ContactListKind;
              setKind(next);
              if (!existing) setPurpose(defaultPurposeOf[next]);
            }}
            slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'list-kind' } as object } }}
          >
            {contactListKinds.map((option) => (
              <MenuItem key={option} value={option} data-value={option}>
                {t(`consent.lists.kinds.${option}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label={t('consent.lists.purpose')}
            value={purpose}
            onChange={(event) => setPurpose(event.target.value)}
            slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'list-purpose' } as object } }}
          >
            {offered.map((option) => (
              <MenuItem key={option.key} value={option.key} data-value={option.key}>
                {labelOf(option.key)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            name="listDescription"
            label={t('consent.lists.description')}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
            multiline
            minRows={2}
            slotProps={{ htmlInput: { maxLength: 2000, autoComplete: 'off' } }}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" onClick={() => void submit()} data-testid="save-list">
          {t('common.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
