import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultSyncSettings } from '../../../shared/model';
import { normaliseServerUrl } from '../../../shared/sync/serverUrl';
import { useApp, useStore, useSync, useSyncStatus } from '../../app/AppContext';
import type { SignInOutcome } from '../../sync/syncController';
import { FormSection } from '../common/FormSection';
import { PassphraseField } from '../common/PassphraseField';
import { syncStatusText } from './syncStatusText';

type SignInError = Extract<SignInOutcome, { isSignedIn: false }>['reason'] | 'passwordRequired';

const SignOutDialog = ({ isOpen, onClose: close }: { isOpen: boolean; onClose: () => void }) => {
  const { t } = useTranslation();
  const sync = useSync();
  const { notify } = useApp();
  const [mode, setMode] = useState<'keep' | 'wipe'>('keep');
  const [unpushed, setUnpushed] = useState<number | null>(null);
  const [isBusy, setBusy] = useState(false);

  // Opening again starts from the safe choice.
  const onClose = () => {
    setMode('keep');
    setUnpushed(null);
    close();
  };
  // Counted when the user picks "remove", so the warning shows the number at that moment.
  const chooseMode = (next: 'keep' | 'wipe') => {
    setMode(next);
    if (next !== 'wipe') return;
    setUnpushed(null);
    void sync.unpushedChanges().then(setUnpushed);
  };

  const confirm = async () => {
    setBusy(true);
    try {
      await sync.signOut(mode);
      notify(mode === 'wipe' ? t('sync.wiped') : t('sync.signedOut'));
      onClose();
    } catch (error) {
      notify(
        t('common.unexpectedError', { message: error instanceof Error ? error.message : String(error) }),
        'error',
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={isOpen} onClose={onClose} aria-labelledby="sign-out-title" maxWidth="sm" fullWidth>
      <DialogTitle id="sign-out-title">{t('sync.signOutTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('sync.signOutText')}</DialogContentText>
        <RadioGroup
          value={mode}
          onChange={(event) => chooseMode(event.target.value as 'keep' | 'wipe')}
          sx={{ mt: 1 }}
        >
          <FormControlLabel
            value="keep"
            control={<Radio />}
            data-testid="sign-out-keep"
            label={
              <Box sx={{ py: 0.5 }}>
                <Typography>{t('sync.keepData')}</Typography>
                <Typography variant="body2" color="text.secondary">
                  {t('sync.keepDataText')}
                </Typography>
              </Box>
            }
          />
          <FormControlLabel
            value="wipe"
            control={<Radio />}
            data-testid="sign-out-wipe"
            label={
              <Box sx={{ py: 0.5 }}>
                <Typography>{t('sync.wipeData')}</Typography>
                <Typography variant="body2" color="text.secondary">
                  {t('sync.wipeDataText')}
                </Typography>
              </Box>
            }
          />
        </RadioGroup>
        {mode === 'wipe' ? (
          <Alert
            severity={unpushed ? 'error' : 'info'}
            sx={{ mt: 1 }}
            data-testid="unpushed-warning"
            data-count={unpushed ?? ''}
          >
            {unpushed === null
              ? t('sync.countingUnpushed')
              : unpushed > 0
                ? t('sync.unpushedWarning', { count: unpushed })
                : t('sync.noUnpushed')}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button
          variant="contained"
          color={mode === 'wipe' ? 'error' : 'primary'}
          disabled={isBusy || (mode === 'wipe' && unpushed === null)}
          onClick={() => void confirm()}
          data-testid="confirm-sign-out"
        >
          {mode === 'wipe' ? t('sync.confirmWipe') : t('sync.confirmKeep')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

/** Settings → Sync: the server address, sign-in and sign-out. */
export const SyncSettings = () => {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const sync = useSync();
  const status = useSyncStatus();
  const { notify } = useApp();
  const settings = { ...defaultSyncSettings, ...store.settings().sync };
  const [serverUrl, setServerUrl] = useState(settings.serverUrl);
  const [username, setUsername] = useState(settings.username);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<SignInError | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [isSignOutOpen, setSignOutOpen] = useState(false);
  const isExpired = status.kind === 'signedOut' && status.reason === 'expired';
  const isSignedIn = settings.isSignedIn && !isExpired;
  const { label, detail } = syncStatusText(status, t, i18n.language);

  const signIn = async () => {
    setError(null);
    const url = normaliseServerUrl(serverUrl);
    if (!url.isValid) {
      setError(
        ({ required: 'urlRequired', invalid: 'urlInvalid', httpsRequired: 'httpsRequired' } as const)[
          url.code
        ],
      );
      return;
    }
    if (username.trim() === '' || password === '') {
      setError('passwordRequired');
      return;
    }
    setBusy(true);
    try {
      const outcome = await sync.signIn(serverUrl, username, password);
      if (outcome.isSignedIn) {
        setPassword('');
        notify(t('sync.signedInAs', { server: serverUrl.trim(), name: username.trim() }));
      } else setError(outcome.reason);
    } finally {
      setBusy(false);
    }
  };

  const urlErrors: readonly SignInError[] = ['urlRequired', 'urlInvalid', 'httpsRequired'];
  return (
    <FormSection title={t('sync.title')}>
      <Typography variant="body2" color="text.secondary">
        {t('sync.settingsText')}
      </Typography>
      {settings.serverUrl !== '' ? (
        <Alert
          severity={status.kind === 'error' || isExpired ? 'warning' : 'info'}
          data-testid="sync-settings-status"
          action={
            isSignedIn ? (
              <Button color="inherit" size="small" onClick={() => sync.syncNow()}>
                {t('sync.syncNow')}
              </Button>
            ) : undefined
          }
        >
          <strong>{label}</strong> — {detail}
        </Alert>
      ) : null}
      {isSignedIn ? (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
          <Typography sx={{ flex: 1 }} data-testid="signed-in-as">
            {t('sync.signedInAs', {
              server: settings.serverUrl,
              name: settings.displayName || settings.username,
            })}
          </Typography>
          <Button variant="outlined" onClick={() => setSignOutOpen(true)} data-testid="sync-sign-out">
            {t('sync.signOut')}
          </Button>
        </Stack>
      ) : (
        <Box
          component="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void signIn();
          }}
        >
          <Stack spacing={2} sx={{ maxWidth: 480 }}>
            {isExpired ? <Alert severity="warning">{t('sync.signInAgain')}</Alert> : null}
            <TextField
              name="serverUrl"
              label={t('sync.serverUrl')}
              value={serverUrl}
              onChange={(event) => setServerUrl(event.target.value)}
              error={error !== null && urlErrors.includes(error)}
              helperText={
                error !== null && urlErrors.includes(error)
                  ? t(`sync.signInErrors.${error}`)
                  : t('sync.serverUrlHelp')
              }
              slotProps={{ htmlInput: { inputMode: 'url', spellCheck: false } }}
            />
            <TextField
              name="username"
              label={t('sync.username')}
              value={username}
              onChange={(event) => setUsername(event.target.value)}
              slotProps={{ htmlInput: { spellCheck: false } }}
            />
            <PassphraseField
              name="password"
              label={t('sync.password')}
              value={password}
              onChange={setPassword}
              autoComplete="current-password"
            />
            {error !== null && !urlErrors.includes(error) ? (
              <Alert severity="error" data-testid="sign-in-error">
                {t(`sync.signInErrors.${error}`)}
              </Alert>
            ) : null}
            <Box>
              <Button type="submit" variant="contained" disabled={isBusy} data-testid="sync-sign-in">
                {isBusy ? t('sync.signingIn') : t('sync.signIn')}
              </Button>
            </Box>
          </Stack>
        </Box>
      )}
      <SignOutDialog isOpen={isSignOutOpen} onClose={() => setSignOutOpen(false)} />
    </FormSection>
  );
};
