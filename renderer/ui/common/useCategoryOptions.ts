import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CategoryScope } from '../../../shared/model';
import { useStore } from '../../app/AppContext';
import { categoryLabel } from '../../state/recordLabels';

/** Categories of a scope with their display labels; `includeDisabled` for showing values records already carry. */
export const useCategoryOptions = (scope: CategoryScope, includeDisabled = false) => {
  const { t } = useTranslation();
  const store = useStore();
  // The one accessor for categories: synced records, or the settings list while there are none.
  const options = store.categoryOptions(scope);
  return useMemo(
    () =>
      options
        .filter((option) => includeDisabled || option.isEnabled)
        .map((option) => ({ key: option.key, label: categoryLabel(option, option.key, scope, t) })),
    [options, includeDisabled, scope, t],
  );
};

export const useCategoryLabel = (scope: CategoryScope) => {
  const all = useCategoryOptions(scope, true);
  return useMemo(() => {
    const labels = new Map(all.map((option) => [option.key, option.label]));
    return (key: string) => labels.get(key) ?? key;
  }, [all]);
};
