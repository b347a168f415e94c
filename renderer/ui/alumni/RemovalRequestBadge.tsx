import { Chip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/model';
import { alumniProfileOf } from '../../alumni/alumniProfileOf';

/** A warning chip beside a person's name while their remove-my-data request is open. */
export const RemovalRequestBadge = ({ person }: { person: Person }) => {
  const { t } = useTranslation();
  if (!alumniProfileOf(person).removalRequestedAt) return null;
  return (
    <Chip
      label={t('alumni.removalBadge')}
      size="small"
      color="error"
      sx={{ ml: 1, verticalAlign: 'middle' }}
      data-testid="removal-request-badge"
    />
  );
};
