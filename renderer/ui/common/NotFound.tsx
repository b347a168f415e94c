import { Alert, Button, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';

export const NotFound = ({ text }: { text: string }) => {
  const { t } = useTranslation();
  return (
    <Stack spacing={2} sx={{ maxWidth: 600 }}>
      <Alert severity="info">{text}</Alert>
      <div>
        <Button onClick={() => window.history.back()}>{t('common.back')}</Button>
      </div>
    </Stack>
  );
};
