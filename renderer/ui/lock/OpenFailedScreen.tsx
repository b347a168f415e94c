import { Alert, Button } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { LockLayout } from './LockLayout';

/**
 * Shown when the register exists but cannot be opened. The error's own message is developer English, so a
 * corrupted or unsupported register gets only the translated explanation.
 */
export const OpenFailedScreen = ({
  kind,
  message,
}: {
  kind: 'corrupted' | 'unsupported' | 'other';
  message: string;
}) => {
  const { t } = useTranslation();
  return (
    <LockLayout title={t('unlock.corruptedTitle')}>
      <Alert severity="error" data-testid="open-failed" data-kind={kind}>
        {kind === 'corrupted'
          ? t('unlock.corruptedText')
          : kind === 'unsupported'
            ? t('unlock.unsupportedText')
            : t('unlock.openFailed', { message })}
      </Alert>
      <Button variant="outlined" onClick={() => window.location.reload()}>
        {t('common.retry')}
      </Button>
    </LockLayout>
  );
};
