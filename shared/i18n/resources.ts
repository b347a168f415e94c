import { en } from './en';
import { fi } from './fi';
import { sv } from './sv';
import { validationTexts } from './validationTexts';

export const uiLanguages = ['fi', 'sv', 'en'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

export const resources = {
  en: { translation: { ...en, validation: validationTexts.en } },
  fi: { translation: { ...fi, validation: validationTexts.fi } },
  sv: { translation: { ...sv, validation: validationTexts.sv } },
} as const;

/** Picks the UI language from an OS locale such as "sv-FI"; Finnish is the default for unknown ones. */
export const languageFromLocale = (locale: string): UiLanguage => {
  const primary = locale.toLowerCase().split(/[-_]/)[0];
  return (
    uiLanguages.find((language) => language === primary) ??
    (primary === 'nb' || primary === 'no' || primary === 'da' ? 'sv' : primary === 'fi' ? 'fi' : 'en')
  );
};
