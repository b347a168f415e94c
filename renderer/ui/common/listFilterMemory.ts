import { useState } from 'react';
import type { ListFilter } from '../../state/listRows';

// Filters survive a visit to a detail page but never reach storage: a search may contain a name.
const remembered = new Map<string, ListFilter>();
export const defaultFilter: ListFilter = { query: '', status: 'active', category: '', tag: '' };

export const useRememberedFilter = (key: string): [ListFilter, (next: ListFilter) => void] => {
  const [filter, setFilter] = useState<ListFilter>(() => remembered.get(key) ?? defaultFilter);
  return [
    filter,
    (next) => {
      remembered.set(key, next);
      setFilter(next);
    },
  ];
};

export const forgetListFilters = () => remembered.clear();
