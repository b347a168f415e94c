import { describe, expect, it } from 'vitest';
import type { ConsentState } from '../../../../shared/model';
import { compileSegment } from '../../../../shared/segments/compileSegment';
import { parseSegmentNode } from '../../../../shared/segments/parseSegments';
import type {
  SegmentContext,
  SegmentNode,
  SegmentRegistration,
  SegmentRelation,
} from '../../../../shared/segments/segmentTypes';
import { testPerson } from '../../../helpers/statsFixtures';

const relations: Record<string, SegmentRelation[]> = {
  anna: [{ typeKey: 'boardMemberOf', otherId: 'acme' }],
  bo: [{ typeKey: 'mentorOf', otherId: 'cecilia' }],
};
const consents: Record<string, Map<string, ConsentState>> = {
  anna: new Map([['newsletter', 'given']]),
  bo: new Map([['newsletter', 'withdrawn']]),
};
const registrations: Record<string, SegmentRegistration[]> = {
  anna: [{ eventId: 'fair', eventType: 'networking', isCancelled: false, isAttended: true }],
  bo: [{ eventId: 'course-1', eventType: 'course', isCancelled: true, isAttended: false }],
  cecilia: [{ eventId: 'course-1', eventType: 'course', isCancelled: false, isAttended: false }],
};

const context: SegmentContext = {
  organisationIdsOf: () => [],
  startOfDay: () => 0,
  relationsOf: (id) => relations[id] ?? [],
  consentStatesOf: (id) => consents[id] ?? new Map(),
  registrationsOf: (id) => registrations[id] ?? [],
};

const people = [
  testPerson('anna', { tags: ['board', 'xmas'] }),
  testPerson('bo', { tags: ['xmas'] }),
  testPerson('cecilia', { tags: [] }),
];
const matching = (node: SegmentNode, withContext = context) =>
  people.filter(compileSegment(node, withContext)).map((person) => person.id);

describe('segment conditions over tags, relations, consents and events', () => {
  it('tag: has any of the tags', () => {
    expect(matching({ kind: 'tag', tagIds: ['xmas'] })).toEqual(['anna', 'bo']);
    expect(matching({ kind: 'tag', tagIds: ['board', 'other'] })).toEqual(['anna']);
    expect(matching({ kind: 'tag', tagIds: [] })).toEqual([]);
  });

  it('relation: of a type, optionally to a given record', () => {
    expect(matching({ kind: 'relation', typeKey: 'mentorOf', targetId: '' })).toEqual(['bo']);
    expect(matching({ kind: 'relation', typeKey: 'boardMemberOf', targetId: 'acme' })).toEqual(['anna']);
    expect(matching({ kind: 'relation', typeKey: 'boardMemberOf', targetId: 'other-org' })).toEqual([]);
  });

  it('consent: the current state, and none for people never asked', () => {
    expect(matching({ kind: 'consent', purpose: 'newsletter', state: 'given' })).toEqual(['anna']);
    expect(matching({ kind: 'consent', purpose: 'newsletter', state: 'withdrawn' })).toEqual(['bo']);
    expect(matching({ kind: 'consent', purpose: 'newsletter', state: 'none' })).toEqual(['cecilia']);
    expect(matching({ kind: 'consent', purpose: 'surveys', state: 'none' })).toEqual([
      'anna',
      'bo',
      'cecilia',
    ]);
  });

  it('event: registered (not cancelled) or attended, one event or any of a type', () => {
    expect(matching({ kind: 'event', mode: 'registered', eventId: 'course-1', eventType: '' })).toEqual([
      'cecilia',
    ]);
    expect(matching({ kind: 'event', mode: 'attended', eventId: 'course-1', eventType: '' })).toEqual([]);
    expect(matching({ kind: 'event', mode: 'attended', eventId: '', eventType: 'networking' })).toEqual([
      'anna',
    ]);
    expect(matching({ kind: 'event', mode: 'registered', eventId: '', eventType: '' })).toEqual([
      'anna',
      'cecilia',
    ]);
  });

  it('combines with the other conditions, and matches nobody when the lookups were not loaded', () => {
    const root: SegmentNode = {
      kind: 'group',
      operator: 'and',
      children: [
        { kind: 'tag', tagIds: ['xmas'] },
        { kind: 'consent', purpose: 'newsletter', state: 'given' },
        { kind: 'event', mode: 'attended', eventId: 'fair', eventType: '' },
      ],
    };
    expect(matching(root)).toEqual(['anna']);
    expect(matching(root, { organisationIdsOf: () => [], startOfDay: () => 0 })).toEqual([]);
  });

  it('parses stored conditions and refuses malformed ones', () => {
    const stored: SegmentNode[] = [
      { kind: 'tag', tagIds: ['a'] },
      { kind: 'relation', typeKey: 'mentorOf', targetId: '' },
      { kind: 'consent', purpose: 'newsletter', state: 'none' },
      { kind: 'event', mode: 'attended', eventId: '', eventType: 'course' },
    ];
    for (const node of stored) expect(parseSegmentNode(JSON.parse(JSON.stringify(node)))).toEqual(node);
    expect(parseSegmentNode({ kind: 'tag', tagIds: 'a' })).toBeNull();
    expect(parseSegmentNode({ kind: 'relation', typeKey: '', targetId: '' })).toBeNull();
    expect(parseSegmentNode({ kind: 'consent', purpose: 'newsletter', state: 'maybe' })).toBeNull();
    expect(parseSegmentNode({ kind: 'event', mode: 'attended', eventId: '', eventType: 'party' })).toBeNull();
  });
});
