import {
  Alert,
  Autocomplete,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Stack,
  TextField,
} from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../shared/model';
import { useApp, useStore } from '../../app/AppContext';
import { saveAffiliation, todayIso } from '../../state/registerActions';
import { organisationDisplayName, personDisplayName } from '../../state/recordLabels';

type Option = { id: string; label: string };

/** Links a person to an organisation; `fixed` is the end the user started from. */
export const AffiliationDialog = ({
  isOpen,
  fixed,
  onClose,
}: {
  isOpen: boolean;
  fixed: { personId: string } | { organisationId: string };
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const store = useStore();
  const { notify } = useApp();
  const isChoosingOrganisation = 'personId' in fixed;
  const [other, setOther] = useState<Option | null>(null);
  const [role, setRole] = useState('');
  const [department, setDepartment] = useState('');
  const [startDate, setStartDate] = useState(todayIso());
  const [isPrimary, setPrimary] = useState(false);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [isMissingOther, setMissingOther] = useState(false);

  const options = useMemo<Option[]>(() => {
    const active = isChoosingOrganisation
      ? [...store.organisations.values()]
          .filter((o) => o.status === 'active')
          .map((o) => ({ id: o.id, label: organisationDisplayName(o) }))
      : [...store.people.values()]
          .filter((p) => p.status === 'active')
          .map((p) => ({ id: p.id, label: personDisplayName(p) }));
    return active.sort((a, b) => a.label.localeCompare(b.label));
  }, [store, isChoosingOrganisation]);

  const organisationId = 'organisationId' in fixed ? fixed.organisationId : other?.id;
  const departments = organisationId ? (store.organisations.get(organisationId)?.departments ?? []) : [];
  const messageFor = (path: string) => {
    const issue = issues.find((candidate) => candidate.path === path);
    return issue ? t(`validation.${issue.code}`, issue.params ?? {}) : undefined;
  };

  const submit = async () => {
    if (!other) {
      setMissingOther(true);
      return;
    }
    const ids = isChoosingOrganisation
      ? { personId: (fixed as { personId: string }).personId, organisationId: other.id }
      : { personId: other.id, organisationId: (fixed as { organisationId: string }).organisationId };
    const result = await saveAffiliation(store, undefined, {
      ...ids,
      role,
      department,
      startDate,
      endDate: '',
      isPrimary,
    });
    if (!result.isSaved) {
      setIssues(result.issues);
      return;
    }
    notify(t('affiliations.linkCreated'));
    onClose();
  };

  return (
    <Dialog open={isOpen} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="affiliation-title">
      <DialogTitle id="affiliation-title">
        {isChoosingOrganisation ? t('affiliations.linkOrganisation') : t('affiliations.linkPerson')}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Autocomplete
            options={options}
            value={other}
            onChange={(_event, next) => {
              setOther(next);
              setMissingOther(false);
            }}
            isOptionEqualToValue={(option, value) => option.id === value.id}
            noOptionsText={t('affiliations.noOptions')}
            autoHighlight
            renderInput={(params) => (
              <TextField
                {...params}
                autoFocus
                name="other"
                label={
                  isChoosingOrganisation
                    ? t('affiliations.chooseOrganisation')
                    : t('affiliations.choosePerson')
                }
                error={isMissingOther}
                helperText={isMissingOther ? t('validation.required') : undefined}
              />
            )}
          />
          <TextField
            name="role"
            label={t('fields.role')}
            value={role}
            onChange={(event) => setRole(event.target.value)}
            error={Boolean(messageFor('role'))}
            helperText={messageFor('role')}
          />
          <Autocomplete
            freeSolo
            options={departments}
            inputValue={department}
            onInputChange={(_event, next) => setDepartment(next)}
            renderInput={(params) => (
              <TextField {...params} name="department" label={t('fields.department')} />
            )}
          />
          <TextField
            name="startDate"
            type="date"
            label={t('fields.startDate')}
            value={startDate}
            onChange={(event) => setStartDate(event.target.value)}
            error={Boolean(messageFor('startDate'))}
            helperText={messageFor('startDate')}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <FormControlLabel
            control={<Checkbox checked={isPrimary} onChange={(event) => setPrimary(event.target.checked)} />}
            label={t('fields.isPrimary')}
          />
          {issues.length > 0 ? <Alert severity="error">{t('form.fixErrors')}</Alert> : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" onClick={submit} data-testid="save-affiliation">
          {t('common.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
