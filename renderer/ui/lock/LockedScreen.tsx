import { Alert, Button, Checkbox, FormControlLabel, Stack, Typography } from '@mui/material';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RememberedKeyAvailability } from '../../../shared/platform/PlatformApi';
import { useApp } from '../../app/AppContext';
import type { LockReason } from '../../app/registerSession';
import { PassphraseField } from '../common/PassphraseField';
import { LockLayout } from './LockLayout';

export const LockedScreen = ({ reason }: { reason?: LockReason }) => {
  const { t } = useTranslation();
  const { session, platform } = useApp();
  const [passphrase, setPassphrase] = useState('');
  const [isRemembered, setRemembered] = useState(false);
  const [availability, setAvailability] = useState<RememberedKeyAvailability | null>(null);
  const [error, setError] = useState<{ reason: 'wrongPassphrase' | 'wait'; retryAt: number } | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    void platform.rememberedKey.availability().then(setAvailability);
  }, [platform]);

  const waitSeconds = error ? Math.max(0, Math.ceil((error.retryAt - now) / 1000)) : 0;
  useEffect(() => {
    if (waitSeconds <= 0) return;
    const timer = window.setInterval(() => setNow(Date.now()), 500);
    return () => window.clearInterval(timer);
  }, [waitSeconds]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (passphrase === '' || waitSeconds > 0) return;
    setBusy(true);
    const outcome = await session.unlock(passphrase, isRemembered);
    if (!outcome.isUnlocked) {
      setError({ reason: outcome.reason, retryAt: outcome.retryAt });
      setNow(Date.now());
      setBusy(false);
    }
  };

  return (
    <LockLayout title={t('unlock.title')}>
      {reason ? (
        <Alert severity="info" data-testid="locked-notice">
          {reason === 'idle' ? t('unlock.lockedIdle') : t('unlock.locked')}
        </Alert>
      ) : null}
      <Typography color="text.secondary">{t('unlock.text')}</Typography>
      <Stack component="form" spacing={2} onSubmit={submit} noValidate>
        <PassphraseField
          name="passphrase"
          label={t('setup.passphrase')}
          value={passphrase}
          onChange={setPassphrase}
          autoFocus
          autoComplete="current-password"
        />
        {error?.reason === 'wrongPassphrase' ? (
          <Alert severity="error" data-testid="unlock-error">
            {t('unlock.wrongPassphrase')}
          </Alert>
        ) : null}
        {waitSeconds > 0 ? (
          <Alert severity="warning" data-testid="unlock-wait">
            {t('unlock.waitBeforeRetry', { seconds: waitSeconds })}
          </Alert>
        ) : null}
        {availability?.isAvailable ? (
          <FormControlLabel
            control={
              <Checkbox checked={isRemembered} onChange={(event) => setRemembered(event.target.checked)} />
            }
            label={
              <span>
                {t('unlock.rememberDevice')}
                <Typography
                  variant="caption"
                  component="span"
                  color="text.secondary"
                  sx={{ display: 'block' }}
                >
                  {t('unlock.rememberDeviceHelp')}
                </Typography>
              </span>
            }
          />
        ) : null}
        <Button
          type="submit"
          variant="contained"
          size="large"
          disabled={isBusy || waitSeconds > 0 || passphrase === ''}
        >
          {isBusy ? t('unlock.unlocking') : t('unlock.unlock')}
        </Button>
      </Stack>
    </LockLayout>
  );
};
