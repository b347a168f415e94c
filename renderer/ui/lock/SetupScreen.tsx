import { Alert, Button, Stack, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isPassphraseAcceptable, minimumPassphraseLength } from '../../../shared/security/passphraseStrength';
import { useApp } from '../../app/AppContext';
import { PassphraseField } from '../common/PassphraseField';
import { StrengthMeter } from '../common/StrengthMeter';
import { LockLayout } from './LockLayout';

export const SetupScreen = () => {
  const { t } = useTranslation();
  const { session } = useApp();
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [isSubmitted, setSubmitted] = useState(false);
  const [isCreating, setCreating] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const weakError = isSubmitted && !isPassphraseAcceptable(passphrase) ? t('setup.tooWeak') : undefined;
  const mismatchError = isSubmitted && confirmation !== passphrase ? t('setup.mismatch') : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!isPassphraseAcceptable(passphrase) || confirmation !== passphrase) return;
    setCreating(true);
    try {
      await session.create(passphrase);
    } catch (error) {
      setFailure(
        t('common.unexpectedError', { message: error instanceof Error ? error.message : String(error) }),
      );
      setCreating(false);
    }
  };

  return (
    <LockLayout title={t('setup.welcomeTitle')}>
      <Typography color="text.secondary">{t('setup.welcomeText')}</Typography>
      <Stack component="form" spacing={2} onSubmit={submit} noValidate>
        <PassphraseField
          name="passphrase"
          label={t('setup.passphrase')}
          value={passphrase}
          onChange={setPassphrase}
          error={weakError}
          autoFocus
          autoComplete="new-password"
        />
        <StrengthMeter passphrase={passphrase} />
        <Typography variant="caption" color="text.secondary">
          {t('setup.passphraseHint', { min: minimumPassphraseLength })}
        </Typography>
        <PassphraseField
          name="confirmation"
          label={t('setup.confirmPassphrase')}
          value={confirmation}
          onChange={setConfirmation}
          error={mismatchError}
          autoComplete="new-password"
        />
        {failure ? <Alert severity="error">{failure}</Alert> : null}
        <Button type="submit" variant="contained" size="large" disabled={isCreating}>
          {isCreating ? t('setup.creating') : t('setup.createRegister')}
        </Button>
      </Stack>
    </LockLayout>
  );
};
