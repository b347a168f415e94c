import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  LinearProgress,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp, useStore, useSync } from '../../app/AppContext';
import { navigate } from '../../app/useHashRoute';
import { erasePerson, type ErasureStep } from '../../rights/erasePerson';
import { todayIso } from '../../state/registerActions';
import { personNames } from '../events/personNames';

const sameName = (typed: string, name: string) =>
  typed.trim().replace(/\s+/g, ' ').toLocaleLowerCase() ===
  name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/**
 * Erasure cannot be undone, so it asks for the person's name to be typed, like deleting a repository.
 * While it runs the dialog shows the step and cannot be closed; a failure says what happened, and what
 * was already erased stays erased.
 */
export const ErasureDialog = ({
  person,
  isOpen,
  onClose,
}: {
  person: { id: string; name: string };
  isOpen: boolean;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const { notify } = useApp();
  const store = useStore();
  const sync = useSync();
  const [typed, setTyped] = useState('');
  const [step, setStep] = useState<ErasureStep | null>(null);
  const [error, setError] = useState<string | null>(null);
  const isRunning = step !== null && error === null;
  const close = () => {
    if (isRunning) return;
    setTyped('');
    setStep(null);
    setError(null);
    onClose();
  };
  const erase = async () => {
    setError(null);
    setStep('marker');
    try {
      const report = await erasePerson({
        database: store.database,
        sync,
        personId: person.id,
        handledBy: sync.settings().username,
        today: todayIso(),
        onStep: setStep,
      });
      const moved =
        report.promoted.length > 0
          ? ` ${t('events.promoted', { names: personNames(store, report.promoted) })}`
          : '';
      notify(
        `${t(`rights.erasure.done.${report.server}`)}${moved}`,
        report.server === 'done' || report.server === 'notSignedIn' ? 'success' : 'warning',
      );
      navigate({ page: 'people' }, { replace: true });
    } catch (failure) {
      console.error('Erasure failed', failure);
      setError(
        t('rights.erasure.failed', { message: failure instanceof Error ? failure.message : String(failure) }),
      );
    }
  };
  return (
    <Dialog open={isOpen} onClose={close} maxWidth="sm" fullWidth aria-labelledby="erasure-title">
      <DialogTitle id="erasure-title">{t('rights.erasure.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          {t('rights.erasure.text', { name: person.name })}
        </DialogContentText>
        <TextField
          name="erasureConfirmName"
          fullWidth
          autoComplete="off"
          label={t('rights.erasure.typeName')}
          helperText={t('rights.erasure.typeNameHelp', { name: person.name })}
          value={typed}
          disabled={isRunning}
          onChange={(event) => setTyped(event.target.value)}
        />
        {isRunning ? (
          <>
            <LinearProgress sx={{ mt: 2 }} />
            <Typography variant="body2" sx={{ mt: 1 }} data-testid="erasure-step">
              {t(`rights.erasure.steps.${step}`)}
            </Typography>
          </>
        ) : null}
        {error ? (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={close} disabled={isRunning}>
          {t('common.cancel')}
        </Button>
        <Button
          variant="contained"
          color="error"
          disabled={!sameName(typed, person.name) || isRunning}
          onClick={erase}
          data-testid="confirm-erasure"
        >
          {t('rights.erasure.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
