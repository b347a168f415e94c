import { Alert } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { SyncedFeatureKey } from '../../../shared/model';

/** Shown above a register-wide feature's settings to a user who may not change them (`useMayManageVocabulary`). */
export const FeatureReadOnlyNote = ({ feature }: { feature: SyncedFeatureKey }) => {
  const { t } = useTranslation();
  return (
    <Alert severity="info" data-testid={`feature-read-only-${feature}`}>
      {t('tags.settings.featureReadOnly')}
    </Alert>
  );
};
