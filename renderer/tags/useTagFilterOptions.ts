import { useMemo } from 'react';
import type { CategoryScope } from '../../shared/model';
import { useTags } from './useTags';

/** The tags of a scope as list-filter options; archived tags stay, as records may still carry them. */
export const useTagFilterOptions = (scope: CategoryScope): { key: string; label: string }[] => {
  const { tags } = useTags(scope);
  return useMemo(() => tags.map((tag) => ({ key: tag.id, label: tag.label })), [tags]);
};
