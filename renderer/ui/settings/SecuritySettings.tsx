import {
  Alert,
  Box,
  Button,
  FormControlLabel,
  MenuItem,
  Stack,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { autoLockChoices } from '../../../shared/model';
import type { RememberedKeyAvailability } from '../../../shared/platform/PlatformApi';
import { isPassphraseAcceptable } from '../../../shared/security/passphraseStrength';
import { useApp, useStore } from '../../app/AppContext';
import { updateSettings } from '../../state/registerActions';
import { FormSection } from '../common/FormSection';
import { PassphraseField } from '../common/PassphraseField';
import { StrengthMeter } from '../common/StrengthMeter';

export const SecuritySettings = () => {
  const { t } = useTranslation();
  const store = useStore();
  const { session, platform, notify } = useApp();
  const settings = store.settings();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [isSubmitted, setSubmitted] = useState(false);
  const [isWrong, setWrong] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const [availability, setAvailability] = useState<RememberedKeyAvailability | null>(null);
  const [isRemembered, setRemembered] = useState(false);
  const [rememberPassphrase, setRememberPassphrase] = useState<string | null>(null);
  const [isRememberWrong, setRememberWrong] = useState(false);

  useEffect(() => {
    void platform.rememberedKey.availability().then(setAvailability);
  }, [platform]);

  const changePassphrase = async () => {
    setSubmitted(true);
    setWrong(false);
    if (!isPassphraseAcceptable(next) || next !== repeat || current === '') return;
    setBusy(true);
    const outcome = await session.changePassphrase(current, next);
    setBusy(false);
    if (outcome === 'wrongPassphrase') {
      setWrong(true);
      return;
    }
    setCurrent('');
    setNext('');
    setRepeat('');
    setSubmitted(false);
    notify(t('settings.passphraseChanged'));
  };

  const confirmRemember = async () => {
    const outcome = await session.setRemembered(rememberPassphrase ?? '');
    if (outcome === 'wrongPassphrase') {
      setRememberWrong(true);
      return;
    }
    setRemembered(true);
    setRememberPassphrase(null);
    setRememberWrong(false);
  };

  return (
    <FormSection title={t('settings.security')}>
      <TextField
        select
        label={t('settings.autoLock')}
        value={settings.autoLockMinutes}
        onChange={(event) => void updateSettings(store, { autoLockMinutes: Number(event.target.value) })}
        sx={{ maxWidth: 360 }}
        slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'settings-autolock' } as object } }}
      >
        {autoLockChoices.map((minutes) => (
          <MenuItem key={minutes} value={minutes}>
            {minutes === 0 ? t('settings.autoLockNever') : t('settings.autoLockMinutes', { count: minutes })}
          </MenuItem>
        ))}
      </TextField>

      <Box>
        <FormControlLabel
          control={
            <Switch
              checked={isRemembered}
              disabled={!availability?.isAvailable}
              onChange={async (event) => {
                if (event.target.checked) setRememberPassphrase('');
                else {
                  await session.setRemembered(null);
                  setRemembered(false);
                }
              }}
            />
          }
          label={t('settings.rememberDevice')}
        />
        <Typography variant="body2" color="text.secondary" data-testid="remember-status">
          {availability && !availability.isAvailable
            ? t(`settings.rememberUnavailable.${availability.reason}`)
            : isRemembered
              ? t('settings.rememberDeviceOn')
              : t('settings.rememberDeviceOff')}
        </Typography>
        {rememberPassphrase !== null ? (
          <Stack direction="row" spacing={1} sx={{ mt: 1, maxWidth: 520 }}>
            <PassphraseField
              name="rememberPassphrase"
              label={t('settings.currentPassphrase')}
              value={rememberPassphrase}
              onChange={setRememberPassphrase}
              error={isRememberWrong ? t('unlock.wrongPassphrase') : undefined}
              autoComplete="current-password"
            />
            <Button variant="contained" onClick={confirmRemember}>
              {t('common.save')}
            </Button>
          </Stack>
        ) : null}
      </Box>

      <Box
        component="form"
        onSubmit={(event) => {
          event.preventDefault();
          void changePassphrase();
        }}
        noValidate
      >
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {t('settings.changePassphrase')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t('settings.changePassphraseText')}
        </Typography>
        <Stack spacing={2} sx={{ maxWidth: 420 }}>
          <PassphraseField
            name="currentPassphrase"
            label={t('settings.currentPassphrase')}
            value={current}
            onChange={setCurrent}
            error={
              isWrong
                ? t('unlock.wrongPassphrase')
                : isSubmitted && current === ''
                  ? t('validation.required')
                  : undefined
            }
            autoComplete="current-password"
          />
          <PassphraseField
            name="newPassphrase"
            label={t('settings.newPassphrase')}
            value={next}
            onChange={setNext}
            error={isSubmitted && !isPassphraseAcceptable(next) ? t('setup.tooWeak') : undefined}
            autoComplete="new-password"
          />
          <StrengthMeter passphrase={next} />
          <PassphraseField
            name="repeatPassphrase"
            label={t('settings.repeatNewPassphrase')}
            value={repeat}
            onChange={setRepeat}
            error={isSubmitted && repeat !== next ? t('setup.mismatch') : undefined}
            autoComplete="new-password"
          />
          {isBusy ? <Alert severity="info">{t('common.saving')}</Alert> : null}
          <Box>
            <Button type="submit" variant="outlined" disabled={isBusy} data-testid="change-passphrase">
              {t('settings.changePassphrase')}
            </Button>
          </Box>
        </Stack>
      </Box>
    </FormSection>
  );
};
