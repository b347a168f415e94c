import { TagSettings } from '../tags/TagSettings';
import { Paper, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../common/PageHeader';
import { ConsentPurposeSettings } from '../consent/ConsentPurposeSettings';
import { AppearanceSettings } from './AppearanceSettings';
import { CategorySettings } from './CategorySettings';
import { RelationTypeSettings } from '../relations/RelationTypeSettings';
import { SyncSettings } from '../sync/SyncSettings';
import { SecuritySettings } from './SecuritySettings';
import { RegisterDescriptionSettings } from '../notice/RegisterDescriptionSettings';
import { RetentionRuleSettings } from '../retention/RetentionRuleSettings';

export const SettingsPage = () => {
  const { t } = useTranslation();
  return (
    <Stack spacing={2} sx={{ maxWidth: 860 }}>
      <PageHeader title={t('settings.title')} />
      <AppearanceSettings />
      <SecuritySettings />
      <SyncSettings />
      <CategorySettings />
      <TagSettings />
      <RelationTypeSettings />
      <RegisterDescriptionSettings />
      <ConsentPurposeSettings />
      <RetentionRuleSettings />
      <Paper variant="outlined" sx={{ p: 3 }}>
        <Typography variant="h3" component="h2">
          {t('settings.about')}
        </Typography>
        <Typography color="text.secondary" sx={{ mt: 1 }}>
          {t('settings.version', { version: __APP_VERSION__ })}
        </Typography>
      </Paper>
    </Stack>
  );
};
