import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushRequest, PushResponse, PushRow, SyncCollection } from '../../../shared/sync/syncProtocol';
import type { ApiClient } from '../../helpers/server/ApiClient';
import { samplePerson } from '../../helpers/server/sampleDocuments';
import type { TestServer, TestUser } from '../../helpers/server/startTestServer';
import { startTestServer, testDatabases } from '../../helpers/server/startTestServer';

type Client = ApiClient & { user: TestUser };

const pushPerDocument = (
  client: Client,
  collection: SyncCollection,
  rows: PushRow[],
  requestId: string = crypto.randomUUID(),
) =>
  client.post<PushResponse>(`/sync/${collection}/push`, {
    requestId,
    rows,
    refusalMode: 'perDocument',
  } satisfies PushRequest);

describe.each(testDatabases)('per-document push refusals on $name', ({ databaseUrl }) => {
  let server: TestServer;
  let admin: Client;

  beforeAll(async () => {
    server = await startTestServer(databaseUrl ? { databaseUrl } : {});
    admin = await server.clientFor('admin');
  }, 60_000);
  afterAll(() => server?.stop());

  const unit = () => `unit-${Math.random().toString(36).slice(2, 8)}`;
  const auditedIds = async (userId: string) =>
    (
      await server.sql.query<{ record_ids: string[] }>(
        "select record_ids from audit_log where user_id = $1 and operation in ('create', 'update', 'delete')",
        [userId],
      )
    ).flatMap((row) => row.record_ids);

  it('writes the good row of a mixed batch and refuses the invalid and the out-of-scope one', async () => {
    const team = unit();
    const staff = await server.clientFor('staff', [team]);
    const partner = await server.clientFor('partner', [unit()]);
    const secret = samplePerson({ owningUnit: team, lastName: 'Salainen' });
    const good = samplePerson({ owningUnit: team, lastName: 'Hyvä' });
    const flawed = samplePerson({ owningUnit: team, lastName: 'Virheellinen' });
    expect(
      (
        await staff.push('people', [
          { newDocumentState: secret },
          { newDocumentState: good },
          { newDocumentState: flawed },
        ])
      ).status,
    ).toBe(200);
    for (const recordId of [good.id, flawed.id])
      expect(
        (await admin.post('/shares', { collection: 'people', recordId, granteeUser: partner.user.id }))
          .status,
      ).toBe(204);
    const masters = (await staff.pullAll('people')).documents;
    const goodMaster = masters.get(good.id)!;
    const flawedMaster = masters.get(flawed.id)!;
    const secretMaster = masters.get(secret.id)!;

    const requestId = crypto.randomUUID();
    const rows: PushRow[] = [
      {
        newDocumentState: { ...flawedMaster, emails: [{ kind: 'work', address: 'not an address' }] },
        assumedMasterState: flawedMaster,
      },
      // The partner knows the id and state of a record not shared with them: a forged overwrite.
      {
        newDocumentState: {
          ...secretMaster,
          lastName: 'Muutettu',
          emails: [{ kind: 'work', address: 'bad' }],
        },
        assumedMasterState: secretMaster,
      },
      { newDocumentState: { ...goodMaster, title: 'Rehtori' }, assumedMasterState: goodMaster },
    ];
    const answer = await pushPerDocument(partner, 'people', rows, requestId);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      conflicts: [],
      refusals: [
        // Out of scope names only the id and the code, although the row was invalid too.
        { row: 1, id: secret.id, status: 403, reason: 'outOfScope' },
        {
          row: 0,
          id: flawed.id,
          status: 400,
          reason: 'invalid',
          issues: [{ path: 'emails.0.address', code: 'invalidEmail' }],
        },
      ],
    });
    expect(JSON.stringify(answer.body)).not.toContain('Salainen');

    const after = (await staff.pullAll('people')).documents;
    expect(after.get(good.id)).toMatchObject({ title: 'Rehtori', updatedBy: partner.user.id });
    expect(after.get(flawed.id)).toMatchObject({ emails: flawedMaster.emails, updatedBy: staff.user.id });
    expect(after.get(secret.id)).toMatchObject({ lastName: 'Salainen', updatedBy: staff.user.id });
    expect(await auditedIds(partner.user.id)).toEqual([good.id]);

    // A retry after a lost answer gets the stored answer, refusals included, and writes nothing again.
    const sequenceBefore = (await staff.pullAll('people')).sequence;
    const replay = await pushPerDocument(partner, 'people', rows, requestId);
    expect(replay).toEqual(answer);
    expect((await staff.pullAll('people')).sequence).toBe(sequenceBefore);
    expect(await auditedIds(partner.user.id)).toEqual([good.id]);
  });

  it('answers an older client (no refusal mode) as before: the whole push refused, nothing written', async () => {
    const team = unit();
    const staff = await server.clientFor('staff', [team]);
    const good = samplePerson({ owningUnit: team });
    const invalid = await staff.push('people', [
      { newDocumentState: good },
      { newDocumentState: samplePerson({ owningUnit: team, emails: [{ kind: 'work', address: 'nope' }] }) },
    ]);
    expect(invalid.status).toBe(400);
    const outOfScope = await staff.push('people', [
      { newDocumentState: good },
      { newDocumentState: samplePerson({ owningUnit: unit() }) },
    ]);
    expect(outOfScope).toEqual({ status: 403, body: { error: 'outOfScope' } });
    expect((await staff.pullAll('people')).documents.has(good.id)).toBe(false);
    expect(await auditedIds(staff.user.id)).toEqual([]);
  });

  it('refuses every tag of a non-admin as forbidden and still answers 200 with the refusals', async () => {
    const staff = await server.clientFor('staff', ['main']);
    const tag = {
      id: crypto.randomUUID(),
      status: 'active',
      owningUnit: 'main',
      createdAt: 1,
      updatedAt: 1,
      label: 'Staff tag',
      scope: 'person',
      colour: 'blue',
      isArchived: false,
      _deleted: false,
    };
    const answer = await pushPerDocument(staff, 'tags', [{ newDocumentState: tag }]);
    expect(answer).toEqual({
      status: 200,
      body: { conflicts: [], refusals: [{ row: 0, id: tag.id, status: 403, reason: 'forbidden' }] },
    });
    expect((await admin.pullAll('tags')).documents.has(tag.id)).toBe(false);
  });

  it('still answers conflicts beside refusals, and 401 without a token', async () => {
    const team = unit();
    const staff = await server.clientFor('staff', [team]);
    const person = samplePerson({ owningUnit: team });
    await staff.push('people', [{ newDocumentState: person }]);
    const master = (await staff.pullAll('people')).documents.get(person.id)!;
    await staff.push('people', [
      { newDocumentState: { ...master, title: 'Uusi' }, assumedMasterState: master },
    ]);
    const stale = await pushPerDocument(staff, 'people', [
      { newDocumentState: { ...master, title: 'Vanha' }, assumedMasterState: master },
      { newDocumentState: samplePerson({ owningUnit: unit() }) },
    ]);
    expect(stale.body.conflicts.map((document) => document.title)).toEqual(['Uusi']);
    expect(stale.body.refusals?.map((refusal) => refusal.reason)).toEqual(['outOfScope']);
    const anonymous = await server
      .client()
      .post('/sync/people/push', { requestId: 'x', rows: [], refusalMode: 'perDocument' });
    expect(anonymous.status).toBe(401);
  });

  it('answers one record in scope for a refused change to be replaced, and 404 alike for unknown and out of scope', async () => {
    const team = unit();
    const staff = await server.clientFor('staff', [team]);
    const outsider = await server.clientFor('staff', [unit()]);
    const person = samplePerson({ owningUnit: team, lastName: 'Oma' });
    await staff.push('people', [{ newDocumentState: person }]);
    const fetched = await staff.get<Record<string, unknown>>(`/sync/people/documents/${person.id}`);
    expect(fetched).toMatchObject({ status: 200, body: { id: person.id, lastName: 'Oma' } });
    const hidden = await outsider.get(`/sync/people/documents/${person.id}`);
    const unknown = await outsider.get(`/sync/people/documents/${crypto.randomUUID()}`);
    expect(hidden).toEqual({ status: 404, body: { error: 'notFound' } });
    expect(unknown).toEqual(hidden);
  });

  it('refuses a rewritten append-only record per row while a new one beside it is written', async () => {
    const staff = await server.clientFor('staff', ['main']);
    const event = (overrides: Record<string, unknown> = {}) => ({
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
      _deleted: false,
      ...overrides,
    });
    const given = event();
    expect((await pushPerDocument(staff, 'consentEvents', [{ newDocumentState: given }])).body).toEqual({
      conflicts: [],
      refusals: [],
    });
    const master = (await staff.pullAll('consentEvents')).documents.get(given.id)!;
    const added = event({ state: 'withdrawn', date: '2026-11-01' });
    const answer = await pushPerDocument(staff, 'consentEvents', [
      { newDocumentState: { ...master, state: 'withdrawn' }, assumedMasterState: master },
      { newDocumentState: added },
    ]);
    expect(answer.body).toEqual({
      conflicts: [],
      refusals: [
        {
          row: 0,
          id: given.id,
          status: 400,
          reason: 'invalid',
          issues: [{ path: 'id', code: 'appendOnly' }],
        },
      ],
    });
    const after = (await staff.pullAll('consentEvents')).documents;
    expect(after.get(given.id)).toMatchObject({ state: 'given' });
    expect(after.get(added.id)).toMatchObject({ state: 'withdrawn' });
  });
});
