import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  MenuItem,
  Stack,
  Switch,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { userRoles, type AdminUser, type Unit, type UserRole } from '../../../shared/sync/syncProtocol';
import { useApp } from '../../app/AppContext';
import type { AdminApi, UserChange } from '../../admin/adminApi';
import {
  emptyUserDraft,
  minServerPasswordLength,
  validateUserDraft,
  type UserDraft,
  type UserDraftIssues,
} from '../../admin/adminDrafts';
import { adminErrorKey, fieldOfAdminError, type AdminErrorKey } from '../../admin/adminErrorKey';
import { PassphraseField } from '../common/PassphraseField';
import { StrengthMeter } from '../common/StrengthMeter';
import { AdminErrorAlert } from './AdminErrorAlert';

/** Only what changed is sent, so an edit never overwrites a field someone else changed meanwhile. */
const changesOf = (user: AdminUser, draft: UserDraft, isDisabled: boolean): UserChange => ({
  ...(draft.displayName.trim() !== user.displayName && draft.displayName.trim() !== ''
    ? { displayName: draft.displayName.trim() }
    : {}),
  ...(draft.role !== user.role ? { role: draft.role } : {}),
  ...([...draft.units].sort().join('\u0000') !== [...user.units].sort().join('\u0000')
    ? { units: draft.units }
    : {}),
  ...(isDisabled !== user.isDisabled ? { isDisabled } : {}),
});

/** Creates a user (user === null) or edits one's name, role, units and whether the account is disabled. */
export const UserDialog = ({
  api,
  user,
  units,
  onClose,
  onSaved,
}: {
  api: AdminApi;
  user: AdminUser | null;
  units: readonly Unit[];
  onClose: () => void;
  onSaved: () => void;
}) => {
  const { t } = useTranslation();
  const { notify } = useApp();
  const isNew = user === null;
  const [draft, setDraft] = useState<UserDraft>(
    user
      ? {
          username: user.username,
          displayName: user.displayName,
          role: user.role,
          units: user.units,
          password: '',
        }
      : emptyUserDraft,
  );
  const [isDisabled, setDisabled] = useState(user?.isDisabled ?? false);
  const [issues, setIssues] = useState<UserDraftIssues>({});
  const [serverError, setServerError] = useState<AdminErrorKey | null>(null);
  const [isBusy, setBusy] = useState(false);
  const set = (patch: Partial<UserDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const toggleUnit = (id: string, isChecked: boolean) =>
    set({ units: isChecked ? [...draft.units, id] : draft.units.filter((unit) => unit !== id) });

  const save = async () => {
    const found = validateUserDraft(draft, isNew);
    setIssues(found);
    setServerError(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      if (user) {
        const change = changesOf(user, draft, isDisabled);
        if (Object.keys(change).length > 0) await api.updateUser(user.id, change);
        notify(t('admin.userForm.saved', { name: draft.displayName.trim() || user.username }));
      } else {
        const created = await api.createUser({
          username: draft.username.trim(),
          displayName: draft.displayName.trim(),
          role: draft.role,
          units: draft.units,
          password: draft.password,
        });
        notify(t('admin.userForm.created', { name: created.displayName }));
      }
      onSaved();
    } catch (error) {
      setServerError(adminErrorKey(error, 'user'));
    } finally {
      setBusy(false);
    }
  };

  const field = serverError ? fieldOfAdminError(serverError) : null;
  const usernameError =
    field === 'username' && serverError
      ? t(`admin.errors.${serverError}`)
      : issues.username
        ? t(`admin.errors.${issues.username}`)
        : undefined;
  return (
    <Dialog open onClose={onClose} aria-labelledby="user-dialog-title" maxWidth="sm" fullWidth>
      <DialogTitle id="user-dialog-title">
        {isNew ? t('admin.userForm.createTitle') : t('admin.userForm.editTitle', { name: user.username })}
      </DialogTitle>
      <DialogContent>
        <Stack
          component="form"
          id="user-form"
          noValidate
          spacing={2}
          sx={{ pt: 1 }}
          data-testid="user-form"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <TextField
            name="username"
            label={t('admin.userForm.username')}
            value={draft.username}
            disabled={!isNew}
            required={isNew}
            onChange={(event) => set({ username: event.target.value })}
            error={usernameError !== undefined}
            helperText={usernameError ?? t('admin.userForm.usernameHelp')}
            autoComplete="off"
            slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'none' } }}
          />
          <TextField
            name="displayName"
            label={t('admin.userForm.displayName')}
            value={draft.displayName}
            onChange={(event) => set({ displayName: event.target.value })}
            helperText={t('admin.userForm.displayNameHelp')}
            autoComplete="off"
          />
          <TextField
            select
            name="role"
            label={t('admin.userForm.role')}
            value={draft.role}
            onChange={(event) => set({ role: event.target.value as UserRole })}
            slotProps={{ select: { inputProps: { 'data-testid': 'user-role' } } }}
          >
            {userRoles.map((role) => (
              <MenuItem key={role} value={role} data-testid={`role-option-${role}`}>
                {t(`admin.roles.${role}`)}
              </MenuItem>
            ))}
          </TextField>
          <FormControl component="fieldset" error={field === 'units'}>
            <FormLabel component="legend">{t('admin.userForm.units')}</FormLabel>
            <FormGroup row>
              {units.map((unit) => (
                <FormControlLabel
                  key={unit.id}
                  control={
                    <Checkbox
                      checked={draft.units.includes(unit.id)}
                      onChange={(event) => toggleUnit(unit.id, event.target.checked)}
                      name={`unit-${unit.id}`}
                    />
                  }
                  label={unit.name === unit.id ? unit.id : `${unit.name} (${unit.id})`}
                />
              ))}
            </FormGroup>
            <FormHelperText>
              {field === 'units' && serverError
                ? t(`admin.errors.${serverError}`)
                : units.length === 0
                  ? t('admin.userForm.noUnitsYet')
                  : t('admin.userForm.unitsHelp')}
            </FormHelperText>
          </FormControl>
          {isNew ? (
            <Stack spacing={1}>
              <PassphraseField
                name="password"
                label={t('admin.userForm.initialPassword')}
                value={draft.password}
                onChange={(password) => set({ password })}
                autoComplete="new-password"
                error={
                  issues.password
                    ? t(`admin.errors.${issues.password}`, { min: minServerPasswordLength })
                    : undefined
                }
              />
              <StrengthMeter passphrase={draft.password} />
              <FormHelperText>
                {t('admin.userForm.passwordHelp', { min: minServerPasswordLength })}
              </FormHelperText>
            </Stack>
          ) : (
            <FormControlLabel
              control={
                <Switch
                  checked={isDisabled}
                  onChange={(event) => setDisabled(event.target.checked)}
                  name="isDisabled"
                />
              }
              label={t('admin.userForm.isDisabled')}
            />
          )}
          <AdminErrorAlert errorKey={field === null ? serverError : null} testId="user-form-error" />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('admin.cancel')}</Button>
        <Button type="submit" form="user-form" variant="contained" disabled={isBusy} data-testid="user-save">
          {isBusy
            ? t('admin.userForm.saving')
            : isNew
              ? t('admin.userForm.create')
              : t('admin.userForm.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
