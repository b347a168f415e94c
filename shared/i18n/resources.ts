import { en } from './en';
import { fi } from './fi';
import { sv } from './sv';
import { featureTexts } from './features';
import { validationTexts } from './validationTexts';

export const uiLanguages = ['fi', 'sv', 'en'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

const featuresIn = <L extends UiLanguage>(language: L) =>
  Object.fromEntries(Object.entries(featureTexts).map(([prefix, texts]) => [prefix, texts[language]])) as {
    [P in keyof typeof featureTexts]: (typeof featureTexts)[P][L];
  };

export const resources = {
  en: { translation: { ...en, validation: validationTexts.en, ...featuresIn('en') } },
  fi: { translation: { ...fi, validation: validationTexts.fi, ...featuresIn('fi') } },
  sv: { translation: { ...sv, validation: validationTexts.sv, ...featuresIn('sv') } },
} as const;

/** Picks the UI language from an OS locale such as "sv-FI"; Finnish is the default for unknown ones. */
export const languageFromLocale = (locale: string): UiLanguage => {
  const primary = locale.toLowerCase().split(/[-_]/)[0];
  return (
    uiLanguages.find((language) => language === primary) ??
    (primary === 'nb' || primary === 'no' || primary === 'da' ? 'sv' : primary === 'fi' ? 'fi' : 'en')
  );
};
