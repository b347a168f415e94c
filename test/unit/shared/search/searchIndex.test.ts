import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../../../shared/search/searchIndex';
import { compareKeys, sortKey } from '../../../../shared/search/sortKey';

const indexOf = (records: Record<string, string[]>) => {
  const index = createSearchIndex();
  for (const [id, parts] of Object.entries(records)) index.upsert(id, parts);
  return index;
};

const idsOf = (index: ReturnType<typeof createSearchIndex>, query: string): string[] | null => {
  const ordinals = index.searchOrdinals(query);
  if (ordinals === null) return null;
  const byOrdinal = new Map([...['a', 'b', 'c', 'd', 'e']].map((id) => [index.ordinalOf(id), id]));
  return [...ordinals].map((ordinal) => byOrdinal.get(ordinal)!).sort();
};

describe('search index', () => {
  const records = {
    a: ['Aino', 'Mäkinen', 'aino.makinen@example.fi', '+358401234567'],
    b: ['Åsa', 'Öhman', 'asa@example.se', '+46701234567'],
    c: ['Matti', 'Mäki', ''],
    d: ['Erik', 'Lindqvist', 'erik@firma.fi'],
    e: ['Aino', 'Laine'],
  };

  it('folds diacritics both ways and finds every token in any field', () => {
    const index = indexOf(records);
    expect(index.search('makinen')).toEqual(['a']);
    expect(index.search('MÄKINEN')).toEqual(['a']);
    expect(index.search('ohman').concat(index.search('öhm'))).toEqual(['b', 'b']);
    expect(index.search('aino laine')).toEqual(['e']);
    expect(index.search('laine aino')).toEqual(['e']);
    expect(index.search('mäki').sort()).toEqual(['a', 'c']);
    expect(index.search('nobody')).toEqual([]);
  });

  it('finds phones by international and national form with spaces', () => {
    const index = indexOf(records);
    expect(index.search('040 123 4567')).toEqual(['a']);
    expect(index.search('+358 40 123')).toEqual(['a']);
    expect(index.search('070-123')).toEqual(['b']);
  });

  it('answers an empty query with everything', () => {
    const index = indexOf(records);
    expect(index.searchOrdinals('  ')).toBeNull();
    expect(index.search('').sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('gives the same answers letter by letter as from scratch, also after backspace', () => {
    const typed = indexOf(records);
    const sequence = [
      'm',
      'mä',
      'mäk',
      'mäki',
      'mäkin',
      'mäki',
      'mä',
      'a',
      'ai',
      'aino',
      'aino l',
      'aino la',
      'e',
    ];
    for (const query of sequence) {
      const fresh = indexOf(records);
      expect(idsOf(typed, query), query).toEqual(idsOf(fresh, query));
    }
  });

  it('does not answer from a refinement cache after the records changed', () => {
    const index = indexOf(records);
    expect(idsOf(index, 'mäk')).toEqual(['a', 'c']);
    index.upsert('d', ['Erik', 'Mäenpää']);
    index.remove('c');
    const ordinals = [...index.searchOrdinals('mäe')!];
    expect(ordinals).toEqual([index.ordinalOf('d')]);
    expect(index.ordinalOf('c')).toBe(-1);
  });

  it('numbers records anew in a new generation after a change', () => {
    const index = indexOf(records);
    const before = index.generation();
    expect(index.generation()).toBe(before);
    index.upsert('f', ['Uusi']);
    expect(index.generation()).toBe(before + 1);
    expect(index.ordinalOf('f')).toBe(5);
  });
});

describe('sort key', () => {
  it('orders å, ä and ö after z as Finnish and Swedish readers expect', () => {
    const names = ['Öhman', 'Zetterberg', 'Åberg', 'Ahonen', 'Älvdal', 'Olsson'];
    expect([...names].sort((a, b) => compareKeys(sortKey(a), sortKey(b)))).toEqual([
      'Ahonen',
      'Olsson',
      'Zetterberg',
      'Åberg',
      'Älvdal',
      'Öhman',
    ]);
  });
});
