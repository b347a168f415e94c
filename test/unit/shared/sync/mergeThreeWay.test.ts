import { describe, expect, it } from 'vitest';
import {
  hasContentChanged,
  isSameValue,
  mergeThreeWay,
  serverOwnedRecordFields,
  type MergeableDocument,
} from '../../../../shared/sync/mergeThreeWay';

const base: MergeableDocument = {
  id: 'p1',
  _deleted: false,
  firstNames: 'Matti',
  lastName: 'Mäkinen',
  title: 'Lecturer',
  emails: [{ kind: 'work', address: 'matti@example.fi' }],
  phones: [{ kind: 'mobile', number: '+358401234567' }],
  updatedAt: 100,
  updatedBy: 'anna',
};

const merge = (local: Partial<MergeableDocument>, remote: Partial<MergeableDocument>, from = base) =>
  mergeThreeWay({
    base: from,
    local: { ...from, ...local },
    remote: { ...from, ...remote },
    serverOwnedFields: serverOwnedRecordFields,
  });

describe('mergeThreeWay', () => {
  it('keeps edits of different fields from both sides', () => {
    const outcome = merge(
      { title: 'Principal lecturer', updatedAt: 150 },
      { lastName: 'Mäki', updatedAt: 200 },
    );
    expect(outcome.conflicts).toEqual([]);
    expect(outcome.deletion).toBe('none');
    expect(outcome.merged).toMatchObject({
      title: 'Principal lecturer',
      lastName: 'Mäki',
      firstNames: 'Matti',
    });
  });

  it('lets the pushing side win a same-field edit and returns the other value as a conflict', () => {
    const outcome = merge({ title: 'Dean' }, { title: 'Rector' });
    expect(outcome.merged.title).toBe('Dean');
    expect(outcome.conflicts).toEqual([{ field: 'title', localValue: 'Dean', remoteValue: 'Rector' }]);
  });

  it('is no conflict when both sides typed the same value', () => {
    const outcome = merge({ title: 'Dean' }, { title: 'Dean' });
    expect(outcome.conflicts).toEqual([]);
    expect(outcome.merged.title).toBe('Dean');
  });

  it('treats a list field as one value: two different edits of e-mails conflict as a whole', () => {
    const localEmails = [
      { kind: 'work', address: 'matti@example.fi' },
      { kind: 'personal', address: 'm@koti.fi' },
    ];
    const remoteEmails = [{ kind: 'work', address: 'matti.makinen@example.fi' }];
    const outcome = merge({ emails: localEmails }, { emails: remoteEmails });
    expect(outcome.merged.emails).toEqual(localEmails);
    expect(outcome.conflicts).toEqual([
      { field: 'emails', localValue: localEmails, remoteValue: remoteEmails },
    ]);
  });

  it('takes a list only the remote side changed, and keeps phones edited locally beside it', () => {
    const remoteEmails = [{ kind: 'work', address: 'new@example.fi' }];
    const localPhones = [{ kind: 'work', number: '+35891234567' }];
    const outcome = merge({ phones: localPhones }, { emails: remoteEmails });
    expect(outcome.merged.emails).toEqual(remoteEmails);
    expect(outcome.merged.phones).toEqual(localPhones);
    expect(outcome.conflicts).toEqual([]);
  });

  it('takes server-owned fields from the server and never reports them as conflicts', () => {
    const outcome = merge({ updatedAt: 300, updatedBy: 'local' }, { updatedAt: 200, updatedBy: 'remote' });
    expect(outcome.conflicts).toEqual([]);
    expect(outcome.merged).toMatchObject({ updatedAt: 200, updatedBy: 'remote' });
  });

  it('keeps a record edited remotely when it was deleted locally, and reports the deletion', () => {
    const outcome = merge({ _deleted: true, firstNames: '', lastName: '' }, { title: 'Dean' });
    expect(outcome.deletion).toBe('deletedLocally');
    expect(outcome.merged).toMatchObject({ _deleted: false, title: 'Dean', firstNames: 'Matti' });
  });

  it('deletes when the remote side changed nothing a person edits', () => {
    const outcome = merge({ _deleted: true, firstNames: '' }, { updatedAt: 500 });
    expect(outcome.deletion).toBe('none');
    expect(outcome.merged._deleted).toBe(true);
  });

  it('brings a record deleted remotely back when it was edited locally, and reports the deletion', () => {
    const outcome = merge(
      { title: 'Dean' },
      { _deleted: true, firstNames: '', lastName: '', updatedAt: 400 },
    );
    expect(outcome.deletion).toBe('deletedRemotely');
    expect(outcome.merged).toMatchObject({
      _deleted: false,
      title: 'Dean',
      firstNames: 'Matti',
      updatedAt: 400,
    });
  });

  it('accepts a remote deletion when the local copy is unchanged', () => {
    const outcome = merge({}, { _deleted: true });
    expect(outcome.merged._deleted).toBe(true);
    expect(outcome.deletion).toBe('none');
  });

  it('stays deleted when both sides deleted', () => {
    const outcome = merge({ _deleted: true }, { _deleted: true });
    expect(outcome).toMatchObject({ merged: { _deleted: true }, conflicts: [], deletion: 'none' });
  });

  it('without a base (both sides created the same id) reports every differing field and keeps local', () => {
    const outcome = mergeThreeWay({
      base: undefined,
      local: { ...base, title: 'A' },
      remote: { ...base, title: 'B', lastName: 'Mäki' },
      serverOwnedFields: serverOwnedRecordFields,
    });
    expect(outcome.merged).toMatchObject({ title: 'A', lastName: 'Mäkinen' });
    expect(outcome.conflicts.map((conflict) => conflict.field)).toEqual(['lastName', 'title']);
  });

  it('takes a field the remote side added and the local side never had', () => {
    const outcome = merge({ title: 'Dean' }, { nationality: 'SE' });
    expect(outcome.merged).toMatchObject({ title: 'Dean', nationality: 'SE' });
  });

  it('never loses a value: every changed value ends up either merged or in a conflict', () => {
    const fields = ['firstNames', 'lastName', 'title'] as const;
    const variants = ['same', 'localOnly', 'remoteOnly', 'both'] as const;
    for (const variant of variants) {
      for (const field of fields) {
        const local = variant === 'localOnly' || variant === 'both' ? { [field]: `L-${field}` } : {};
        const remote = variant === 'remoteOnly' || variant === 'both' ? { [field]: `R-${field}` } : {};
        const outcome = merge(local, remote);
        const kept = [outcome.merged[field], ...outcome.conflicts.map((conflict) => conflict.remoteValue)];
        if (variant !== 'remoteOnly' && variant !== 'same') expect(kept).toContain(`L-${field}`);
        if (variant !== 'localOnly' && variant !== 'same') expect(kept).toContain(`R-${field}`);
      }
    }
  });
});

describe('isSameValue and hasContentChanged', () => {
  it('compares nested values structurally and treats missing like empty', () => {
    expect(isSameValue([{ a: 1 }], [{ a: 1 }])).toBe(true);
    expect(isSameValue([{ a: 1 }], [{ a: 2 }])).toBe(false);
    expect(isSameValue(undefined, '')).toBe(true);
    expect(isSameValue(undefined, [])).toBe(true);
    expect(isSameValue('x', ['x'])).toBe(false);
  });

  it('ignores server-owned fields and bookkeeping', () => {
    expect(hasContentChanged(base, { ...base, updatedAt: 999, _meta: { lwt: 1 } })).toBe(false);
    expect(hasContentChanged(base, { ...base, title: 'Dean' })).toBe(true);
  });
});
