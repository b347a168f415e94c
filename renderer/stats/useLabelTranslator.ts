import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../app/AppContext';
import { categoryLabel } from '../state/recordLabels';
import type { LabelTranslator } from './statisticLabelText';

export const useLabelTranslator = (): LabelTranslator => {
  const { t, i18n } = useTranslation();
  const settings = useStore().settings();
  return useMemo(() => {
    const optionsOf = (scope: 'person' | 'organisation') =>
      new Map(
        (scope === 'person' ? settings.personCategories : settings.organisationCategories).map((option) => [
          option.key,
          option,
        ]),
      );
    const options = { person: optionsOf('person'), organisation: optionsOf('organisation') };
    return {
      t: (key, params) => String(t(key as never, params as never)),
      language: i18n.language,
      categoryLabel: (scope, key) =>
        categoryLabel(options[scope].get(key), key, scope, (text) => String(t(text as never))),
    };
  }, [t, i18n.language, settings]);
};
