import { describe, expect, it } from 'vitest';
import type { ConflictRecord } from '../../../../shared/model';
import {
  countOpenRefusals,
  isRefusalInForce,
  planPushRow,
  refusalDetailsOf,
  refusalIdFor,
  refusalRecordFor,
  refusalsByRow,
} from '../../../../shared/sync/pushRefusals';
import type { WireDocument } from '../../../../shared/sync/syncProtocol';

const person = (overrides: Partial<WireDocument> = {}): WireDocument => ({
  id: 'p-1',
  status: 'active',
  owningUnit: 'north',
  updatedAt: 10,
  firstNames: 'Aino',
  lastName: 'Mäkinen',
  _deleted: false,
  ...overrides,
});

const refusalOf = (
  overrides: Partial<ConflictRecord> = {},
  base: WireDocument | null = person(),
  document: WireDocument = person({ lastName: 'Virtanen' }),
): ConflictRecord => ({
  ...refusalRecordFor({
    collection: 'people',
    refusal: {
      row: 0,
      id: document.id,
      status: 400,
      reason: 'invalid',
      issues: [{ path: 'emails.0.address', code: 'invalidEmail' }],
    },
    document,
    base,
    recordLabel: 'Aino Virtanen',
    localUser: 'aino',
    now: 100,
  }),
  ...overrides,
});

describe('push refusal bookkeeping', () => {
  it('keeps one refusal per record, with the refused document, its issues and the base it assumed', () => {
    const record = refusalOf();
    expect(record).toMatchObject({
      id: refusalIdFor('people', 'p-1'),
      kind: 'refused',
      status: 'open',
      field: 'invalid',
      recordId: 'p-1',
      recordCollection: 'people',
      recordLabel: 'Aino Virtanen',
    });
    expect(refusalIdFor('people', 'p-1')).not.toBe(refusalIdFor('tags', 'p-1'));
    expect(refusalDetailsOf(record)).toEqual({
      reason: 'invalid',
      issues: [{ path: 'emails.0.address', code: 'invalidEmail' }],
      document: person({ lastName: 'Virtanen' }),
      base: person(),
    });
    // Refused again later: the notice is the same record, first seen when it first arose.
    const again = refusalRecordFor({
      collection: 'people',
      refusal: { row: 3, id: 'p-1', status: 403, reason: 'outOfScope' },
      document: person({ lastName: 'Korhonen' }),
      base: person(),
      recordLabel: 'Aino Korhonen',
      localUser: 'aino',
      now: 200,
      previous: record,
    });
    expect(again).toMatchObject({ id: record.id, createdAt: 100, updatedAt: 200, status: 'open' });
    expect(refusalDetailsOf(again)).toMatchObject({ reason: 'outOfScope', issues: [] });
  });

  it('counts open refusals only, and keeps a dismissed one in force', () => {
    const conflict = { kind: 'field' as const, status: 'open' as const };
    const records = [
      refusalOf(),
      refusalOf({ status: 'dismissed' }),
      refusalOf({ status: 'resolved' }),
      refusalOf({ status: 'discarded' }),
      conflict,
    ];
    expect(countOpenRefusals(records)).toBe(1);
    expect(records.map(isRefusalInForce)).toEqual([true, true, false, false, false]);
  });

  it('sends a row against the base the refused push assumed while its refusal is in force', () => {
    const fake = person({ lastName: 'Virtanen' });
    const row = {
      newDocumentState: person({ lastName: 'Virtanen', notes: 'more' }),
      assumedMasterState: fake,
    };
    expect(planPushRow(row, undefined)).toEqual({ action: 'send', assumedMasterState: fake });
    expect(planPushRow(row, refusalOf())).toEqual({ action: 'send', assumedMasterState: person() });
    expect(planPushRow(row, refusalOf({ status: 'dismissed' }))).toEqual({
      action: 'send',
      assumedMasterState: person(),
    });
    // A refused new record has no base: it goes out as a creation again.
    expect(planPushRow(row, refusalOf({}, null))).toEqual({ action: 'send', assumedMasterState: null });
    expect(planPushRow(row, refusalOf({ status: 'resolved' }))).toEqual({
      action: 'send',
      assumedMasterState: fake,
    });
  });

  it('does not send what "discard my change" wrote: the server version, or a removal of nothing', () => {
    const server = person({ updatedAt: 50, updatedBy: 'u-admin' });
    const discarded = refusalOf({ status: 'discarded', otherValue: JSON.stringify(server) });
    expect(planPushRow({ newDocumentState: { ...server }, assumedMasterState: person() }, discarded)).toEqual(
      {
        action: 'skip',
      },
    );
    // A later edit of the same record is an ordinary push again.
    const edited = { newDocumentState: { ...server, notes: 'new' }, assumedMasterState: server };
    expect(planPushRow(edited, discarded)).toEqual({ action: 'send', assumedMasterState: server });
    const gone = refusalOf({ status: 'discarded', otherValue: 'null' });
    expect(
      planPushRow({ newDocumentState: person({ _deleted: true }), assumedMasterState: person() }, gone),
    ).toEqual({
      action: 'skip',
    });
  });

  it('reads the refusals of an answer by the row sent, and none from an older server', () => {
    const refused = refusalsByRow(
      {
        conflicts: [],
        refusals: [
          { row: 1, id: 'b', status: 403, reason: 'forbidden' },
          { row: 7, id: 'x', status: 403, reason: 'forbidden' },
        ],
      },
      2,
    );
    expect([...refused.keys()]).toEqual([1]);
    expect(refusalsByRow({ conflicts: [] }, 2).size).toBe(0);
  });
});
