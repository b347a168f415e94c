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

  it('uses the status and category of each call on the same row array (the filtered rows are cached)', () => {
    const many: Row[] = Array.from({ length: 40 }, (_, position) => ({
      id: `m${position}`,
      status: position % 2 === 0 ? 'active' : 'passive',
      categories: position % 4 === 0 ? ['donor'] : [],
    }));
    const large = createSearchIndex();
    // Most rows match "a", so the keystroke takes the byte-mask path rather than placing a few rows.
    many.forEach((row, position) => large.upsert(row.id, [position % 5 === 0 ? 'Otto Sjö' : 'Anna Virta']));
    const idsOf = (filter: Parameters<typeof filterSortedRows>[1]) =>
      filterSortedRows(many, filter, large).map((row) => row.id);
    const expected = (isKept: (row: Row, position: number) => boolean) =>
      many.filter((row, position) => isKept(row, position)).map((row) => row.id);

    expect(idsOf({ query: 'a', status: 'active', category: '' })).toEqual(
      expected((row, position) => row.status === 'active' && position % 5 !== 0),
    );
    expect(idsOf({ query: 'a', status: 'passive', category: '' })).toEqual(
      expected((row, position) => row.status === 'passive' && position % 5 !== 0),
    );
    expect(idsOf({ query: 'an', status: 'all', category: 'donor' })).toEqual(
      expected((row, position) => row.categories.includes('donor') && position % 5 !== 0),
    );
    expect(idsOf({ query: '', status: 'passive', category: '' })).toEqual(
      expected((row) => row.status === 'passive'),
    );
  });

  it('narrows a large previous answer by a fresh scan and a small one by re-checking it', () => {
    const large = createSearchIndex();
    for (let number = 0; number < 30; number += 1)
      large.upsert(`p${number}`, [number < 20 ? `Anna Virta ${number}` : `Aino Laine ${number}`]);
    expect(large.searchOrdinals('a')).toHaveLength(30);
    // "an" refines "a", whose answer is every record: answered by a scan, the same records either way.
    expect(Array.from(large.searchOrdinals('an')!)).toEqual(
      Array.from({ length: 20 }, (_, ordinal) => ordinal),
    );
    expect(Array.from(large.searchOrdinals('anna virta 1')!).sort((a, b) => a - b)).toEqual([
      1, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
    ]);
  });
});
