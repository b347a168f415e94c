import { Box, LinearProgress, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { estimatePassphraseStrength } from '../../../shared/security/passphraseStrength';

const colours = ['error', 'error', 'warning', 'success', 'success'] as const;

export const StrengthMeter = ({ passphrase }: { passphrase: string }) => {
  const { t } = useTranslation();
  const { score } = estimatePassphraseStrength(passphrase);
  const label = t(`setup.strengthLabels.${score}`);
  return (
    <Box aria-live="polite" data-testid="strength-meter" data-score={score}>
      <LinearProgress
        variant="determinate"
        value={passphrase === '' ? 0 : ((score + 1) / 5) * 100}
        color={colours[score]}
        aria-label={t('setup.strength', { label })}
        sx={{ height: 6, borderRadius: 3 }}
      />
      <Typography variant="caption" color="text.secondary">
        {t('setup.strength', { label })}
      </Typography>
    </Box>
  );
};
