import { Block } from '@mui/icons-material';
import { Alert, Chip } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** Shown beside a restricted person's name in the list and on their page. */
export const RestrictedBadge = () => {
  const { t } = useTranslation();
  return (
    <Chip
      icon={<Block />}
      label={t('rights.restriction.badge')}
      size="small"
      color="error"
      variant="outlined"
      sx={{ verticalAlign: 'middle', ml: 1 }}
      data-testid="restricted-badge"
    />
  );
};

/** Why a restricted person's page and form cannot be changed. */
export const RestrictionBanner = () => {
  const { t } = useTranslation();
  return (
    <Alert severity="error" data-testid="restriction-banner">
      {t('rights.restriction.banner')}
    </Alert>
  );
};
