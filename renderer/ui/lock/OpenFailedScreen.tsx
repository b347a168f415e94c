import { Alert, Button, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { LockLayout } from './LockLayout';

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
      <Typography variant="body2" color="text.secondary">
        {kind === 'other' ? null : message}
      </Typography>
      <Button variant="outlined" onClick={() => window.location.reload()}>
        {t('common.retry')}
      </Button>
    </LockLayout>
  );
};
