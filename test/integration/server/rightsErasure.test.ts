import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErasureResponse, PushResponse } from '../../../shared/sync/syncProtocol';
import { samplePerson } from '../../helpers/server/sampleDocuments';
import type { TestServer } from '../../helpers/server/startTestServer';
import { startTestServer, testDatabases } from '../../helpers/server/startTestServer';

describe.each(testDatabases)('erasure endpoint on $name', ({ databaseUrl }) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(databaseUrl ? { databaseUrl } : {});
  }, 60_000);
  afterAll(() => server?.stop());

  const everything = async () =>
    JSON.stringify([
      await server.sql.query('select * from records'),
      await server.sql.query('select * from push_requests'),
      await server.sql.query('select * from audit_log'),
      await server.sql.query('select * from access_changes'),
      await server.sql.query('select * from record_shares'),
    ]);

  it('tombstones the records, scrubs stored push answers and audits ids only', async () => {
    const staff = await server.clientFor('staff', ['main']);
    const other = await server.clientFor('staff', ['main']);
    const coordinator = await server.clientFor('coordinator', ['main']);
    const person = samplePerson({
      lastName: 'Poistettava',
      emails: [{ kind: 'work', address: 'poisto@example.fi' }],
    });
    expect((await staff.push('people', [{ newDocumentState: person }])).status).toBe(200);
    // A stale push by another user: its stored answer holds the server's copy as a conflict.
    const stale = await other.push(
      'people',
      [{ newDocumentState: { ...person, title: 'X' }, assumedMasterState: { ...person, lastName: 'Old' } }],
      'stale-request',
    );
    expect((stale.body as PushResponse).conflicts).toHaveLength(1);
    expect(await everything()).toContain('Poistettava');

    expect(
      (await staff.post('/rights/erase', { records: [{ collection: 'people', id: person.id }] })).status,
    ).toBe(403);
    const answer = await coordinator.post<ErasureResponse>('/rights/erase', {
      records: [
        { collection: 'people', id: person.id },
        { collection: 'affiliations', id: 'never-pushed' },
      ],
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ erased: 1, alreadyDeleted: 0, notFound: 1, scrubbedAnswers: 1 });

    const dump = await everything();
    expect(dump).not.toMatch(/Poistettava|Aino|poisto@example|123 4567|\+358401234567/);
    // Other clients receive the deletion by pull; a replayed stale push answers "deleted".
    const pulled = await other.pullAll('people');
    expect(pulled.documents.get(person.id)).toMatchObject({ _deleted: true, lastName: '' });
    const replay = await other.push(
      'people',
      [{ newDocumentState: { ...person, title: 'X' } }],
      'stale-request',
    );
    expect((replay.body as PushResponse).conflicts[0]).toMatchObject({
      id: person.id,
      _deleted: true,
      lastName: '',
    });
    const audit = await server.sql.query<{ operation: string; record_ids: string[]; user_id: string }>(
      "select operation, record_ids, user_id from audit_log where operation = 'erase'",
    );
    expect(audit).toEqual([
      { operation: 'erase', record_ids: [person.id], user_id: coordinator.user.id },
      { operation: 'erase', record_ids: ['never-pushed'], user_id: coordinator.user.id },
    ]);
  });

  it('refuses a coordinator records of another unit, writing nothing', async () => {
    const elsewhere = await server.clientFor('staff', ['elsewhere']);
    const coordinator = await server.clientFor('coordinator', ['main']);
    const person = samplePerson({ owningUnit: 'elsewhere', lastName: 'Muualla' });
    await elsewhere.push('people', [{ newDocumentState: person }]);
    const answer = await coordinator.post('/rights/erase', {
      records: [{ collection: 'people', id: person.id }],
    });
    expect(answer.status).toBe(403);
    expect(JSON.stringify(await server.sql.query('select document from records'))).toContain('Muualla');
    expect((await coordinator.post('/rights/erase', { records: [] })).status).toBe(400);
    expect(
      (await coordinator.post('/rights/erase', { records: [{ collection: 'settings', id: 'x' }] })).status,
    ).toBe(400);
  });
});
