import { MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { uiLanguages, type UiLanguage } from '../../../shared/i18n/resources';
import { useApp } from '../../app/AppContext';
import type { ThemePreference } from '../../app/preferences';
import { FieldRow, FormSection } from '../common/FormSection';

export const AppearanceSettings = () => {
  const { t, i18n } = useTranslation();
  const { preferences, setPreferences } = useApp();
  return (
    <FormSection title={t('settings.appearance')}>
      <FieldRow>
        <TextField
          select
          label={t('settings.language')}
          value={i18n.language}
          onChange={(event) => setPreferences({ ...preferences, language: event.target.value as UiLanguage })}
          slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'settings-language' } as object } }}
        >
          {uiLanguages.map((language) => (
            <MenuItem key={language} value={language} lang={language}>
              {t(`languages.${language}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label={t('settings.theme')}
          value={preferences.theme}
          onChange={(event) =>
            setPreferences({ ...preferences, theme: event.target.value as ThemePreference })
          }
          slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'settings-theme' } as object } }}
        >
          <MenuItem value="system">{t('settings.themeSystem')}</MenuItem>
          <MenuItem value="light">{t('settings.themeLight')}</MenuItem>
          <MenuItem value="dark">{t('settings.themeDark')}</MenuItem>
        </TextField>
      </FieldRow>
    </FormSection>
  );
};
