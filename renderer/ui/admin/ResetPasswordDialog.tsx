import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Stack,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminUser } from '../../../shared/sync/syncProtocol';
import { useApp } from '../../app/AppContext';
import type { AdminApi } from '../../admin/adminApi';
import { minServerPasswordLength, validateNewPassword } from '../../admin/adminDrafts';
import { adminErrorKey, type AdminErrorKey } from '../../admin/adminErrorKey';
import { PassphraseField } from '../common/PassphraseField';
import { StrengthMeter } from '../common/StrengthMeter';
import { AdminErrorAlert } from './AdminErrorAlert';

/** Sets a new password; the server also ends every session of the user, and the dialog says so. */
export const ResetPasswordDialog = ({
  api,
  user,
  onClose,
}: {
  api: AdminApi;
  user: AdminUser;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const { notify } = useApp();
  const [password, setPassword] = useState('');
  const [issue, setIssue] = useState<'passwordTooShort' | null>(null);
  const [serverError, setServerError] = useState<AdminErrorKey | null>(null);
  const [isBusy, setBusy] = useState(false);
  const name = user.displayName || user.username;

  const reset = async () => {
    const found = validateNewPassword(password);
    setIssue(found);
    setServerError(null);
    if (found) return;
    setBusy(true);
    try {
      await api.resetPassword(user.id, password);
      notify(t('admin.resetPassword.done', { name }));
      onClose();
    } catch (error) {
      setServerError(adminErrorKey(error, 'user'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby="reset-password-title" maxWidth="sm" fullWidth>
      <DialogTitle id="reset-password-title">{t('admin.resetPassword.title', { name })}</DialogTitle>
      <DialogContent>
        <Stack
          component="form"
          id="reset-password-form"
          noValidate
          spacing={2}
          onSubmit={(event) => {
            event.preventDefault();
            void reset();
          }}
        >
          <DialogContentText>{t('admin.resetPassword.text')}</DialogContentText>
          <PassphraseField
            name="newPassword"
            label={t('admin.resetPassword.newPassword')}
            value={password}
            onChange={setPassword}
            autoComplete="new-password"
            autoFocus
            error={issue ? t(`admin.errors.${issue}`, { min: minServerPasswordLength }) : undefined}
          />
          <StrengthMeter passphrase={password} />
          <AdminErrorAlert errorKey={serverError} testId="reset-password-error" />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('admin.cancel')}</Button>
        <Button
          type="submit"
          form="reset-password-form"
          variant="contained"
          color="warning"
          disabled={isBusy}
          data-testid="reset-password-confirm"
        >
          {t('admin.resetPassword.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
