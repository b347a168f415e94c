import { Box, Paper, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageMenu } from '../common/LanguageMenu';

/** The frame of every screen shown before the register is open. */
export const LockLayout = ({ title, children }: { title: string; children: ReactNode }) => {
  const { t } = useTranslation();
  return (
    <Box
      sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 2, bgcolor: 'background.default' }}
    >
      <Box sx={{ position: 'fixed', top: 8, right: 8 }}>
        <LanguageMenu colour="primary" />
      </Box>
      <Paper component="main" variant="outlined" sx={{ width: '100%', maxWidth: 460, p: 4 }}>
        <Stack spacing={3}>
          <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
            <Box component="img" src="./favicon.svg" alt="" sx={{ width: 40, height: 40 }} />
            <Typography variant="h2" component="p" color="primary">
              {t('common.appName')}
            </Typography>
          </Stack>
          <Typography variant="h1">{title}</Typography>
          {children}
        </Stack>
      </Paper>
    </Box>
  );
};
