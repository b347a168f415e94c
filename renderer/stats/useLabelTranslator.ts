import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../app/AppContext';
import { categoryLabel } from '../state/recordLabels';
import type { LabelTranslator } from './statisticLabelText';

export const useLabelTranslator = (): LabelTranslator => {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const personCategories = store.categoryOptions('person');
  const organisationCategories = store.categoryOptions('organisation');
  return useMemo(() => {
    const byKey = (list: typeof personCategories) => new Map(list.map((option) => [option.key, option]));
    const options = { person: byKey(personCategories), organisation: byKey(organisationCategories) };
    return {
      t: (key, params) => String(t(key as never, params as never)),
      language: i18n.language,
      categoryLabel: (scope, key) =>
        categoryLabel(options[scope].get(key), key, scope, (text) => String(t(text as never))),
    };
  }, [t, i18n.language, personCategories, organisationCategories]);
};
