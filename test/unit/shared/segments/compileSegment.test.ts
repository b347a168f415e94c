import { describe, expect, it } from 'vitest';
import { compileSegment, matchesSegment } from '../../../../shared/segments/compileSegment';
import { parseSegments, segmentsToStore } from '../../../../shared/segments/parseSegments';
import type { SegmentContext, SegmentGroup, SegmentNode } from '../../../../shared/segments/segmentTypes';
import { localTime, testPerson } from '../../../helpers/statsFixtures';

const context: SegmentContext = {
  organisationIdsOf: (personId) => (personId === 'anna' ? ['acme'] : []),
  startOfDay: (iso) => {
    const [year, month, day] = iso.split('-').map(Number);
    return new Date(year!, month! - 1, day!).getTime();
  },
};

const anna = testPerson('anna', {
  categories: ['alumnus'],
  contactLanguage: 'fi',
  nationality: 'FI',
  emails: [{ address: 'anna@example.fi', label: '' } as never],
  createdAt: localTime(2026, 3, 10, 23),
  updatedAt: localTime(2026, 4, 1),
});
const bo = testPerson('bo', {
  status: 'passive',
  categories: ['lecturer'],
  contactLanguage: 'sv',
  nationality: 'SE',
  createdAt: localTime(2025, 1, 1),
  updatedAt: localTime(2026, 1, 1),
});

const matching = (node: SegmentNode) => {
  const predicate = compileSegment(node, context);
  return [anna, bo].filter(predicate).map((person) => person.id);
};
const and = (...children: SegmentNode[]): SegmentGroup => ({ kind: 'group', operator: 'and', children });
const or = (...children: SegmentNode[]): SegmentGroup => ({ kind: 'group', operator: 'or', children });

describe('segment conditions', () => {
  it('category in: any of the listed categories', () => {
    expect(matching({ kind: 'category', categories: ['alumnus', 'donor'] })).toEqual(['anna']);
    expect(matching({ kind: 'category', categories: ['donor'] })).toEqual([]);
  });

  it('status, contact language and nationality', () => {
    expect(matching({ kind: 'status', status: 'passive' })).toEqual(['bo']);
    expect(matching({ kind: 'contactLanguage', languages: ['sv', 'en'] })).toEqual(['bo']);
    expect(matching({ kind: 'nationality', countries: ['fi'] })).toEqual(['anna']);
  });

  it('created and updated ranges include both end days and allow an open bound', () => {
    expect(matching({ kind: 'created', from: '2026-03-10', to: '2026-03-10' })).toEqual(['anna']);
    expect(matching({ kind: 'created', from: '2026-03-11', to: '' })).toEqual([]);
    expect(matching({ kind: 'created', from: '', to: '2025-12-31' })).toEqual(['bo']);
    expect(matching({ kind: 'updated', from: '2026-01-01', to: '2026-01-01' })).toEqual(['bo']);
    expect(matching({ kind: 'updated', from: '', to: '' })).toEqual(['anna', 'bo']);
  });

  it('has e-mail, either way', () => {
    expect(matching({ kind: 'hasEmail', isPresent: true })).toEqual(['anna']);
    expect(matching({ kind: 'hasEmail', isPresent: false })).toEqual(['bo']);
  });

  it('organisation: a current affiliation with one of them', () => {
    expect(matching({ kind: 'organisation', organisationIds: ['acme', 'other'] })).toEqual(['anna']);
    expect(matching({ kind: 'organisation', organisationIds: ['other'] })).toEqual([]);
  });
});

describe('segment groups', () => {
  it('AND needs every condition, OR any', () => {
    const alumnus: SegmentNode = { kind: 'category', categories: ['alumnus'] };
    const swedish: SegmentNode = { kind: 'contactLanguage', languages: ['sv'] };
    expect(matching(and(alumnus, swedish))).toEqual([]);
    expect(matching(or(alumnus, swedish))).toEqual(['anna', 'bo']);
  });

  it('nests: active AND (alumnus OR Swedish-speaking)', () => {
    const node = and(
      { kind: 'status', status: 'active' },
      or({ kind: 'category', categories: ['alumnus'] }, { kind: 'contactLanguage', languages: ['sv'] }),
    );
    expect(matching(node)).toEqual(['anna']);
    expect(matchesSegment(node, bo, context)).toBe(false);
  });

  it('an empty AND matches everyone and an empty OR no one', () => {
    expect(matching(and())).toEqual(['anna', 'bo']);
    expect(matching(or())).toEqual([]);
  });
});

describe('parseSegments', () => {
  const valid = {
    id: 's1',
    name: 'Alumni',
    createdAt: 1,
    updatedAt: 2,
    root: and({ kind: 'category', categories: ['alumnus'] }, or({ kind: 'hasEmail', isPresent: true })),
  };

  it('reads valid segments and leaves out broken ones', () => {
    const stored = {
      segments: [
        valid,
        { ...valid, id: 's2', name: '' },
        { ...valid, id: 's3', root: { kind: 'group', operator: 'xor', children: [] } },
        { ...valid, id: 's4', root: and({ kind: 'created', from: '1.1.2026', to: '' } as never) },
        'nonsense',
      ],
    };
    expect(parseSegments(stored)).toEqual([valid]);
    expect(parseSegments(undefined)).toEqual([]);
    expect(parseSegments({ segments: 'no' })).toEqual([]);
  });

  it('refuses a segment with a condition kind it does not know, and keeps it when saving others', () => {
    const newer = { ...valid, id: 'future', root: and({ kind: 'consent', purpose: 'x' } as never) };
    const stored = { segments: [valid, newer] };
    expect(parseSegments(stored).map((segment) => segment.id)).toEqual(['s1']);
    const renamed = { ...valid, name: 'Renamed' };
    expect(segmentsToStore(stored, [renamed]).segments).toEqual([renamed, newer]);
  });
});
