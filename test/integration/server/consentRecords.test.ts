import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WireDocument } from '../../../shared/sync/syncProtocol';
import type { ApiClient } from '../../helpers/server/ApiClient';
import type { TestServer, TestUser } from '../../helpers/server/startTestServer';
import { startTestServer, testDatabases } from '../../helpers/server/startTestServer';

const consentEvent = (overrides: Partial<WireDocument> = {}): WireDocument => ({
  id: crypto.randomUUID(),
  status: 'active',
  owningUnit: 'main',
  createdAt: 1,
  updatedAt: 1,
  personId: 'person-1',
  purpose: 'newsletter',
  state: 'given',
  date: '2026-10-01',
  source: 'form',
  noticeVersion: 'v2',
  note: '',
  createdBy: '',
  updatedBy: '',
  _deleted: false,
  ...overrides,
});

describe.each(testDatabases)('consent records on $name', ({ databaseUrl }) => {
  let server: TestServer;
  let staff: ApiClient & { user: TestUser };

  beforeAll(async () => {
    server = await startTestServer({ ...(databaseUrl ? { databaseUrl } : {}) });
    staff = await server.clientFor('staff', ['main']);
  }, 60_000);
  afterAll(() => server?.stop());

  it('stores consent events, bans, lists and memberships and pulls them back, each event its own record', async () => {
    const given = consentEvent();
    const withdrawn = consentEvent({ state: 'withdrawn', date: '2026-11-01', source: 'email' });
    expect(
      (await staff.push('consentEvents', [{ newDocumentState: given }, { newDocumentState: withdrawn }]))
        .body,
    ).toEqual({ conflicts: [] });
    const ban = { ...consentEvent(), action: 'set' } as WireDocument;
    delete ban.purpose;
    delete ban.state;
    delete ban.noticeVersion;
    expect((await staff.push('marketingBans', [{ newDocumentState: ban }])).status).toBe(200);
    const list: WireDocument = {
      id: 'list-1',
      status: 'active',
      owningUnit: 'main',
      createdAt: 1,
      updatedAt: 1,
      name: 'Alumni news',
      kind: 'newsletter',
      purpose: 'newsletter',
      description: '',
      createdBy: '',
      updatedBy: '',
      _deleted: false,
    };
    expect((await staff.push('contactLists', [{ newDocumentState: list }])).status).toBe(200);
    const membership: WireDocument = {
      id: 'membership-1',
      status: 'active',
      owningUnit: 'main',
      createdAt: 1,
      updatedAt: 1,
      listId: 'list-1',
      personId: 'person-1',
      joinedDate: '2026-10-02',
      leftDate: '',
      createdBy: '',
      updatedBy: '',
      _deleted: false,
    };
    expect((await staff.push('listMemberships', [{ newDocumentState: membership }])).status).toBe(200);

    const events = (await staff.pullAll('consentEvents')).documents;
    expect(events.get(given.id)).toMatchObject({
      state: 'given',
      noticeVersion: 'v2',
      updatedBy: staff.user.id,
    });
    expect(events.get(withdrawn.id)).toMatchObject({ state: 'withdrawn', source: 'email' });
    expect((await staff.pullAll('marketingBans')).documents.get(ban.id)).toMatchObject({ action: 'set' });
    expect((await staff.pullAll('contactLists')).documents.get('list-1')).toMatchObject({
      name: 'Alumni news',
    });
    expect((await staff.pullAll('listMemberships')).documents.get('membership-1')).toMatchObject({
      listId: 'list-1',
    });
  });

  it('refuses an event with an unknown state or without a date, and writes none of the request', async () => {
    const good = consentEvent();
    const answer = await staff.push('consentEvents', [
      { newDocumentState: good },
      { newDocumentState: consentEvent({ state: 'maybe', date: '' }) },
    ]);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      error: 'badRequest',
      issues: expect.arrayContaining([
        { row: 1, path: 'state', code: 'notAllowed' },
        { row: 1, path: 'date', code: 'required' },
      ]),
    });
    expect((await staff.pullAll('consentEvents')).documents.has(good.id)).toBe(false);
  });

  it('never lets a stored event change: a rewrite is refused, erasing the whole record is allowed', async () => {
    const given = consentEvent();
    await staff.push('consentEvents', [{ newDocumentState: given }]);
    const master = (await staff.pullAll('consentEvents')).documents.get(given.id)!;
    const rewrite = await staff.push('consentEvents', [
      { newDocumentState: { ...master, state: 'withdrawn' }, assumedMasterState: master },
    ]);
    expect(rewrite.status).toBe(400);
    expect(rewrite.body).toMatchObject({ issues: [{ row: 0, path: 'id', code: 'appendOnly' }] });
    expect((await staff.pullAll('consentEvents')).documents.get(given.id)!.state).toBe('given');
    // Re-sending the same content (a client retry) is no change.
    expect(
      (await staff.push('consentEvents', [{ newDocumentState: master, assumedMasterState: master }])).status,
    ).toBe(200);

    const current = (await staff.pullAll('consentEvents')).documents.get(given.id)!;
    const erased = await staff.push('consentEvents', [
      { newDocumentState: { ...current, _deleted: true }, assumedMasterState: current },
    ]);
    expect(erased.body).toEqual({ conflicts: [] });
    const tombstone = (await staff.pullAll('consentEvents')).documents.get(given.id)!;
    expect(tombstone).toMatchObject({ _deleted: true, state: '', purpose: '' });
  });

  it('refuses an event owned by a unit the user is not in', async () => {
    const answer = await staff.push('consentEvents', [
      { newDocumentState: consentEvent({ owningUnit: 'other' }) },
    ]);
    expect(answer).toEqual({ status: 403, body: { error: 'outOfScope' } });
  });
});
