import { Alert } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { AdminErrorKey } from '../../admin/adminErrorKey';

/** A failed admin request, explained; every such failure left the server unchanged. */
export const AdminErrorAlert = ({ errorKey, testId }: { errorKey: AdminErrorKey | null; testId: string }) => {
  const { t } = useTranslation();
  if (errorKey === null) return null;
  return (
    <Alert severity="error" data-testid={testId} data-error={errorKey}>
      {t(`admin.errors.${errorKey}`)}
    </Alert>
  );
};
