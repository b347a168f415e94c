import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources, type UiLanguage } from '../../shared/i18n/resources';

declare global {
  // Collected so the e2e suite can fail on any key the UI asks for that has no text.
  var __kontaktMissingKeys: string[] | undefined;
}

export const initI18n = async (language: UiLanguage) => {
  globalThis.__kontaktMissingKeys = [];
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    saveMissing: true,
    missingKeyHandler: (languages, namespace, key) => {
      globalThis.__kontaktMissingKeys?.push(`${languages.join(',')}:${namespace}:${key}`);
    },
  });
  document.documentElement.lang = language;
  i18next.on('languageChanged', (next) => {
    document.documentElement.lang = next;
  });
  return i18next;
};
