import { describe, expect, it } from 'vitest';
import { computeStatistics } from '../../../../shared/stats/computeStatistics';
import type { StatisticInput } from '../../../../shared/stats/statisticTypes';
import { byId, testPerson } from '../../../helpers/statsFixtures';

const inputWith = (personTags: StatisticInput['personTags']): StatisticInput => ({
  people: byId([
    testPerson('p1', { tags: ['board', 'xmas'] }),
    testPerson('p2', { tags: ['xmas'] }),
    testPerson('p3', { tags: [] }),
    // Passive people and tags not (yet) in the vocabulary do not count as tagged.
    testPerson('p4', { status: 'passive', tags: ['xmas'] }),
    testPerson('p5', { tags: ['not-synced-yet'] }),
  ]),
  organisations: new Map(),
  affiliations: new Map(),
  personCategoryKeys: [],
  organisationCategoryKeys: [],
  period: { year: null, now: 0 },
  personTags,
});

describe('people by tag', () => {
  it('counts active people under each of their tags, in vocabulary order, "no tag" last', () => {
    const result = computeStatistics(
      inputWith([
        { id: 'board', label: 'Board 2026' },
        { id: 'unused', label: 'Partner fair' },
        { id: 'xmas', label: 'Christmas card' },
      ]),
    ).find((item) => item.key === 'peopleByTag')!;
    expect(result.table.rows.map((row) => [row.label, row.values[0]])).toEqual([
      [{ kind: 'plain', text: 'Board 2026' }, 1],
      [{ kind: 'plain', text: 'Christmas card' }, 2],
      [{ kind: 'text', key: 'tags.stats.noTag' }, 2],
    ]);
  });

  it('is hidden while the register has no person tags', () => {
    expect(computeStatistics(inputWith([])).map((item) => item.key)).not.toContain('peopleByTag');
  });
});
