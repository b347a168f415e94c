import type { KeyCounter } from './keyCounter';
import type { StatisticRow } from './statisticTypes';

export const noCategoryKey = '';

/** Rows of a category counter: each category by its label, "no category" last, empty categories left out. */
export const categoryRows = (counter: KeyCounter, scope: 'person' | 'organisation'): StatisticRow[] =>
  counter
    .entries()
    .filter((entry) => entry.values.some((value) => value > 0))
    .sort((a, b) => Number(a.key === noCategoryKey) - Number(b.key === noCategoryKey))
    .map((entry) => ({
      key: entry.key,
      label:
        entry.key === noCategoryKey
          ? { kind: 'text', key: 'stats.labels.noCategory' }
          : { kind: 'category', scope, key: entry.key },
      values: entry.values,
    }));

/** Counts a record once for each of its categories, or once under "no category". */
export const addCategories = (counter: KeyCounter, categories: readonly string[], column = 0) => {
  if (categories.length === 0) counter.add(noCategoryKey, column);
  for (let index = 0; index < categories.length; index += 1) counter.add(categories[index]!, column);
};
