import { createKeyCounter } from './keyCounter';
import type { StatisticDefinition, StatisticLabel, StatisticRow } from './statisticTypes';

const noTagKey = '';
const countColumn: StatisticLabel[] = [{ kind: 'text', key: 'stats.columns.count' }];

/**
 * Active people by tag; a person with two tags counts under both, one with none under "no tag". Tags
 * ids unknown to the vocabulary (not yet synced) are left out rather than shown as ids.
 */
export const peopleByTag: StatisticDefinition = {
  key: 'peopleByTag',
  chart: 'bar',
  isAvailable: (input) => (input.personTags ?? []).length > 0,
  createCounter: (input) => {
    const tags = input.personTags ?? [];
    const labelOf = new Map(tags.map((tag) => [tag.id, tag.label]));
    const counter = createKeyCounter(tags.map((tag) => tag.id));
    return {
      person: (person) => {
        if (person.status !== 'active') return;
        const ids = person.tags ?? [];
        let counted = 0;
        for (const id of ids)
          if (labelOf.has(id)) {
            counter.add(id);
            counted += 1;
          }
        if (counted === 0) counter.add(noTagKey);
      },
      finish: () => ({
        columns: countColumn,
        rows: counter
          .entries()
          .filter((entry) => entry.values.some((value) => value > 0))
          .sort((a, b) => Number(a.key === noTagKey) - Number(b.key === noTagKey))
          .map((entry): StatisticRow => ({
            key: entry.key,
            label:
              entry.key === noTagKey
                ? { kind: 'text', key: 'tags.stats.noTag' }
                : { kind: 'plain', text: labelOf.get(entry.key)! },
            values: entry.values,
          })),
      }),
    };
  },
};
