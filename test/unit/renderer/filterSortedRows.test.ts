import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../../shared/search/searchIndex';
import { filterSortedRows, unfiltered } from '../../../renderer/state/listRows';

type Row = { id: string; status: 'active' | 'passive'; categories: string[] };

describe('filtering the sorted list per keystroke', () => {
  const index = createSearchIndex();
  index.upsert('1', ['Aino Mäkinen']);
  index.upsert('2', ['Matti Mäki']);
  index.upsert('3', ['Erik Lindqvist']);
  index.upsert('4', ['Åsa Mäkelä']);
  // Display order differs from insertion order on purpose.
  const sorted: Row[] = [
    { id: '3', status: 'active', categories: ['alumnus'] },
    { id: '4', status: 'passive', categories: [] },
    { id: '2', status: 'active', categories: ['lecturer'] },
    { id: '1', status: 'active', categories: ['alumnus'] },
  ];

  it('keeps the display order and applies query, status and category together', () => {
    expect(filterSortedRows(sorted, { ...unfiltered, query: 'mäk' }, index).map((row) => row.id)).toEqual([
      '4',
      '2',
      '1',
    ]);
    expect(
      filterSortedRows(sorted, { query: 'mak', status: 'active', category: '' }, index).map((row) => row.id),
    ).toEqual(['2', '1']);
    expect(
      filterSortedRows(sorted, { query: '', status: 'all', category: 'alumnus' }, index).map((row) => row.id),
    ).toEqual(['3', '1']);
  });

  it('follows changes to the index for the same row array', () => {
    expect(filterSortedRows(sorted, { ...unfiltered, query: 'lindqvist' }, index)).toHaveLength(1);
    index.upsert('3', ['Erik Sjöberg']);
    expect(filterSortedRows(sorted, { ...unfiltered, query: 'lindqvist' }, index)).toHaveLength(0);
    expect(filterSortedRows(sorted, { ...unfiltered, query: 'sjoberg' }, index).map((row) => row.id)).toEqual(
      ['3'],
    );
  });
});
