import { Translate } from '@mui/icons-material';
import { Button, Menu, MenuItem } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uiLanguages } from '../../../shared/i18n/resources';
import { useApp } from '../../app/AppContext';

export const LanguageMenu = ({ colour = 'inherit' }: { colour?: 'inherit' | 'primary' }) => {
  const { t, i18n } = useTranslation();
  const { preferences, setPreferences } = useApp();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button
        color={colour}
        startIcon={<Translate />}
        onClick={(event) => setAnchor(event.currentTarget)}
        aria-label={t('nav.language')}
        aria-haspopup="menu"
        data-testid="language-menu"
      >
        {t(`languages.${i18n.language as 'fi'}`)}
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {uiLanguages.map((language) => (
          <MenuItem
            key={language}
            selected={language === i18n.language}
            lang={language}
            onClick={() => {
              setPreferences({ ...preferences, language });
              setAnchor(null);
            }}
          >
            {t(`languages.${language}`)}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
};
