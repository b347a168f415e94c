import { describe, expect, it } from 'vitest';
import { filterSortedRows, unfiltered } from '../../../renderer/state/listRows';
import { createSearchIndex } from '../../../shared/search/searchIndex';

type Row = { id: string; status: 'active' | 'passive'; categories: string[]; tags: string[] };

describe('the tag filter on the people and organisation lists', () => {
  const index = createSearchIndex();
  index.upsert('1', ['Aino Mäkinen']);
  index.upsert('2', ['Matti Mäki']);
  index.upsert('3', ['Erik Lindqvist']);
  const sorted: Row[] = [
    { id: '3', status: 'active', categories: ['alumnus'], tags: ['board'] },
    { id: '2', status: 'active', categories: [], tags: [] },
    { id: '1', status: 'passive', categories: ['alumnus'], tags: ['board', 'xmas'] },
  ];
  const ids = (rows: Row[]) => rows.map((row) => row.id);

  it('keeps only rows carrying the tag, combined with query, status and category', () => {
    expect(ids(filterSortedRows(sorted, { ...unfiltered, tag: 'board' }, index))).toEqual(['3', '1']);
    expect(ids(filterSortedRows(sorted, { ...unfiltered, tag: 'xmas' }, index))).toEqual(['1']);
    expect(ids(filterSortedRows(sorted, { ...unfiltered, tag: 'board', status: 'active' }, index))).toEqual([
      '3',
    ]);
    expect(ids(filterSortedRows(sorted, { ...unfiltered, tag: 'board', query: 'mäk' }, index))).toEqual([
      '1',
    ]);
    expect(ids(filterSortedRows(sorted, { ...unfiltered, tag: 'none-such' }, index))).toEqual([]);
  });

  it('shows every row again once the tag filter is cleared', () => {
    expect(ids(filterSortedRows(sorted, { ...unfiltered, tag: 'xmas' }, index))).toEqual(['1']);
    expect(ids(filterSortedRows(sorted, { ...unfiltered, tag: '' }, index))).toEqual(['3', '2', '1']);
  });
});
