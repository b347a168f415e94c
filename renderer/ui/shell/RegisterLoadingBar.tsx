import { Box, LinearProgress, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../app/AppContext';

/** Shown while records still load after unlock, so a partial list is never mistaken for the whole register. */
export const RegisterLoadingBar = () => {
  const { t, i18n } = useTranslation();
  const progress = useStore().loading();
  if (progress.isComplete) return null;
  const percent = progress.total === 0 ? 0 : Math.min(100, (100 * progress.loaded) / progress.total);
  const format = (value: number) => value.toLocaleString(i18n.language);
  return (
    <Box data-testid="register-loading" role="status" sx={{ px: { xs: 2, md: 3 }, pt: 1 }}>
      <LinearProgress
        variant="determinate"
        value={percent}
        aria-label={t('list.loadingRegister', {
          loaded: format(progress.loaded),
          total: format(progress.total),
        })}
      />
      <Typography variant="caption" color="text.secondary">
        {t('list.loadingRegister', { loaded: format(progress.loaded), total: format(progress.total) })}
      </Typography>
    </Box>
  );
};
