import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { WireDocument } from '../../../shared/sync/syncProtocol';
import { pushChanges, preparePush } from '../../../server/sync/pushChanges';
import type { ApiClient } from '../../helpers/server/ApiClient';
import { readEventStream } from '../../helpers/server/readEventStream';
import { samplePerson, tombstoneOf } from '../../helpers/server/sampleDocuments';
import type { TestServer, TestUser } from '../../helpers/server/startTestServer';
import { startTestServer, testDatabases } from '../../helpers/server/startTestServer';

describe.each(testDatabases)('replication on $name', ({ databaseUrl }) => {
  let server: TestServer;
  let staff: ApiClient & { user: TestUser };

  beforeAll(async () => {
    server = await startTestServer({ ...(databaseUrl ? { databaseUrl } : {}), heartbeatMs: 500 });
    staff = await server.clientFor('staff', ['main']);
  }, 60_000);
  afterAll(() => server?.stop());

  it('stores a pushed person normalised, stamped by the server, and pulls it back', async () => {
    const person = samplePerson({ updatedAt: 1, createdAt: 1, updatedBy: 'forged' });
    const before = Date.now();
    const push = await staff.push('people', [{ newDocumentState: person }]);
    expect(push).toEqual({ status: 200, body: { conflicts: [] } });
    const { documents } = await staff.pullAll('people');
    const stored = documents.get(person.id)!;
    expect(stored.phones).toEqual([{ kind: 'mobile', number: '+358401234567' }]);
    expect(stored.updatedAt).toBeGreaterThanOrEqual(before);
    expect(stored.createdAt).toBe(stored.updatedAt);
    expect(stored.updatedBy).toBe(staff.user.id);
    expect(stored.createdBy).toBe(staff.user.id);
  });

  it('accepts a second push that assumes the state it pulled, and answers a stale one with the master', async () => {
    const person = samplePerson();
    await staff.push('people', [{ newDocumentState: person }]);
    const master = (await staff.pullAll('people')).documents.get(person.id)!;

    const edited = { ...master, title: 'Lehtori' };
    expect(
      (await staff.push('people', [{ newDocumentState: edited, assumedMasterState: master }])).body,
    ).toEqual({
      conflicts: [],
    });
    const afterEdit = (await staff.pullAll('people')).documents.get(person.id)!;
    expect(afterEdit.updatedAt).toBeGreaterThan(master.updatedAt);
    expect(afterEdit.createdAt).toBe(master.createdAt);

    // Someone else, still assuming the first state, loses the compare-and-set.
    const stale = { ...master, title: 'Rehtori' };
    const conflict = await staff.push('people', [{ newDocumentState: stale, assumedMasterState: master }]);
    expect(conflict.status).toBe(200);
    expect(conflict.body.conflicts).toEqual([afterEdit]);
    // A client that never saw the record cannot overwrite it either.
    expect((await staff.push('people', [{ newDocumentState: stale }])).body.conflicts).toHaveLength(1);
    expect((await staff.pullAll('people')).documents.get(person.id)!.title).toBe('Lehtori');
  });

  it('answers a replayed push from its stored answer and writes nothing again', async () => {
    const person = samplePerson();
    await staff.push('people', [{ newDocumentState: person }]);
    const master = (await staff.pullAll('people')).documents.get(person.id)!;
    const rows = [{ newDocumentState: { ...master, title: 'A' }, assumedMasterState: master }];
    const first = await staff.push('people', rows, 'replay-1');
    const afterFirst = (await staff.pullAll('people')).documents.get(person.id)!;
    const replay = await staff.push('people', rows, 'replay-1');
    expect(replay).toEqual(first);
    expect(replay.body.conflicts).toEqual([]);
    const afterReplay = (await staff.pullAll('people')).documents.get(person.id)!;
    expect(afterReplay).toEqual(afterFirst);
  });

  it('refuses an invalid document with 400 and writes no row of the request', async () => {
    const good = samplePerson();
    const bad = samplePerson({ emails: [{ kind: 'work', address: 'not an address' }], lastName: '' });
    const answer = await staff.push('people', [{ newDocumentState: good }, { newDocumentState: bad }]);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      error: 'badRequest',
      issues: expect.arrayContaining([
        { row: 1, path: 'lastName', code: 'required' },
        { row: 1, path: 'emails.0.address', code: expect.any(String) },
      ]),
    });
    expect(JSON.stringify(answer.body)).not.toContain('not an address');
    const { documents } = await staff.pullAll('people');
    expect(documents.has(good.id)).toBe(false);
  });

  it('keeps tombstones without personal values and delivers them to a client that pulls much later', async () => {
    const person = samplePerson();
    await staff.push('people', [{ newDocumentState: person }]);
    const oldCheckpoint = (await staff.pullAll('people')).sequence;
    const master = (await staff.pullAll('people', 0)).documents.get(person.id)!;
    // The client forgot to blank a field: the server blanks it anyway.
    const deletion = { ...tombstoneOf(master), notes: 'forgotten note' };
    expect(
      (await staff.push('people', [{ newDocumentState: deletion, assumedMasterState: master }])).body
        .conflicts,
    ).toEqual([]);
    // Lots of later traffic, as from months of other users' work.
    for (let batch = 0; batch < 3; batch += 1)
      await staff.push(
        'people',
        Array.from({ length: 100 }, () => ({ newDocumentState: samplePerson() })),
      );

    const laptop = server.client(await server.login(staff.user.username));
    const { documents, pages } = await laptop.pullAll('people', oldCheckpoint, 50);
    expect(pages).toBeGreaterThan(5);
    const tombstone = documents.get(person.id)!;
    expect(tombstone._deleted).toBe(true);
    expect(tombstone).toMatchObject({ firstNames: '', lastName: '', notes: '', emails: [], phones: [] });
    const row = await server.sql.query<{ document: WireDocument }>(
      `select document from records where collection = 'people' and id = $1`,
      [person.id],
    );
    expect(JSON.stringify(row[0]!.document)).not.toMatch(/Aino|Mäkinen|forgotten|example\.fi/);
  });

  it('streams RESYNC on connect, heartbeats, and each later change with its checkpoint', async () => {
    const stream = await readEventStream(server.url, staff.token!, 'people');
    expect(stream.status).toBe(200);
    expect(await stream.waitFor(() => true)).toBe('RESYNC');
    const person = samplePerson();
    await staff.push('people', [{ newDocumentState: person }]);
    const event = await stream.waitFor((e) => e !== 'RESYNC' && e.documents.some((d) => d.id === person.id));
    const { sequence } = await staff.pullAll('people');
    expect(event).toMatchObject({ checkpoint: { sequence } });
    await vi.waitFor(() => expect(stream.comments).toContain(': heartbeat'), { timeout: 3_000 });
    stream.close();
  });

  it('pages through every record when transactions commit out of their start order', async () => {
    const { user } = staff;
    const first = Array.from({ length: 70 }, () => ({ newDocumentState: samplePerson() }));
    const second = Array.from({ length: 70 }, () => ({ newDocumentState: samplePerson() }));
    const reader = server.client(await server.login(user.username));
    const startCheckpoint = (await reader.pullAll('people')).sequence;

    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let hasTakenNumbers: () => void = () => undefined;
    const numbersTaken = new Promise<void>((resolve) => (hasTakenNumbers = resolve));
    // Transaction 1 starts first, takes its sequence numbers and then stalls before COMMIT…
    const slow = server.sql.transaction(async (tx) => {
      const outcome = await pushChanges(
        tx,
        user,
        'people',
        preparePush('people', { requestId: 'slow-1', rows: first }),
        Date.now(),
      );
      hasTakenNumbers();
      await gate;
      return outcome;
    });
    await numbersTaken;
    // …while transaction 2 starts later and tries to commit first.
    const fast = staff.push('people', second);
    let midwayCheckpoint = startCheckpoint;
    if (server.sql.kind === 'postgres') {
      // PostgreSQL serves readers during the stall: they must not get past the stalled numbers.
      await new Promise((resolve) => setTimeout(resolve, 300));
      midwayCheckpoint = (await reader.pullAll('people', startCheckpoint, 50)).sequence;
    }
    release();
    await Promise.all([slow, fast]);

    const { documents } = await reader.pullAll('people', midwayCheckpoint, 50);
    const seen = new Set([...documents.keys()]);
    const missing = [...first, ...second].filter((row) => !seen.has(row.newDocumentState.id));
    expect(missing).toEqual([]);
  });
});
