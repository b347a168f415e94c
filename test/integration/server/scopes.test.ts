import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../helpers/server/ApiClient';
import { readEventStream } from '../../helpers/server/readEventStream';
import { samplePerson } from '../../helpers/server/sampleDocuments';
import type { TestServer, TestUser } from '../../helpers/server/startTestServer';
import { startTestServer, testDatabases } from '../../helpers/server/startTestServer';

type Client = ApiClient & { user: TestUser };

describe.each(testDatabases)('access scopes on $name', ({ databaseUrl }) => {
  let server: TestServer;
  let admin: Client;

  beforeAll(async () => {
    server = await startTestServer(databaseUrl ? { databaseUrl } : {});
    admin = await server.clientFor('admin');
  }, 60_000);
  afterAll(() => server?.stop());

  const unit = () => `unit-${Math.random().toString(36).slice(2, 8)}`;
  const share = (body: Record<string, unknown>) => admin.post('/shares', { collection: 'people', ...body });
  const revoke = (body: Record<string, unknown>) =>
    admin.post('/shares/revoke', { collection: 'people', ...body });

  it('refuses a partner’s forged pull, push and stream for records not shared with them', async () => {
    const team = unit();
    const staff = await server.clientFor('staff', [team]);
    const partner = await server.clientFor('partner', [unit()]);
    const secret = samplePerson({ owningUnit: team, lastName: 'Salainen' });
    const shared = samplePerson({ owningUnit: team, lastName: 'Jaettu' });
    await staff.push('people', [{ newDocumentState: secret }, { newDocumentState: shared }]);
    expect((await share({ recordId: shared.id, granteeUser: partner.user.id })).status).toBe(204);

    const pulled = await partner.pullAll('people');
    expect([...pulled.documents.keys()]).toEqual([shared.id]);

    const stream = await readEventStream(server.url, partner.token!, 'people', '?sequence=0');
    await stream.waitFor((event) => event !== 'RESYNC');
    const streamed = stream.events.flatMap((event) =>
      event === 'RESYNC' ? [] : event.documents.map((d) => d.id),
    );
    expect(streamed).toEqual([shared.id]);

    // Overwriting a record they cannot see, even knowing its id and state, writes nothing.
    const master = (await staff.pullAll('people')).documents.get(secret.id)!;
    const forged = await partner.push('people', [
      { newDocumentState: { ...master, lastName: 'Muutettu' }, assumedMasterState: master },
    ]);
    expect(forged).toEqual({ status: 403, body: { error: 'outOfScope' } });
    // Creating records in someone else's unit, or mixing an allowed row with a forbidden one, neither.
    const sharedMaster = pulled.documents.get(shared.id)!;
    const mixed = await partner.push('people', [
      { newDocumentState: { ...sharedMaster, title: 'ok' }, assumedMasterState: sharedMaster },
      { newDocumentState: samplePerson({ owningUnit: team }) },
    ]);
    expect(mixed.status).toBe(403);
    const after = (await staff.pullAll('people')).documents;
    expect(after.get(secret.id)!.lastName).toBe('Salainen');
    expect(after.get(shared.id)!.title).not.toBe('ok');

    // Events for the secret record never reach the partner's stream.
    await staff.push('people', [
      { newDocumentState: { ...master, title: 'päivitetty' }, assumedMasterState: master },
    ]);
    await staff.push('people', [
      { newDocumentState: { ...sharedMaster, title: 'näkyy' }, assumedMasterState: sharedMaster },
    ]);
    await stream.waitFor((event) => event !== 'RESYNC' && event.documents.some((d) => d.title === 'näkyy'));
    const allStreamed = stream.events.flatMap((event) => (event === 'RESYNC' ? [] : event.documents));
    expect(allStreamed.some((document) => document.id === secret.id)).toBe(false);
    stream.close();
  });

  it('lets a partner edit a record shared with them, and a conflict answer shows only that record', async () => {
    const team = unit();
    const staff = await server.clientFor('staff', [team]);
    const partner = await server.clientFor('partner');
    const shared = samplePerson({ owningUnit: team });
    await staff.push('people', [{ newDocumentState: shared }]);
    await share({ recordId: shared.id, granteeUser: partner.user.id });
    const master = (await partner.pullAll('people')).documents.get(shared.id)!;
    expect(
      (
        await partner.push('people', [
          { newDocumentState: { ...master, title: 'A' }, assumedMasterState: master },
        ])
      ).body,
    ).toEqual({ conflicts: [] });
    // Moving it to a unit the partner does not belong to is refused.
    const moved = await partner.push('people', [{ newDocumentState: { ...master, owningUnit: 'main' } }]);
    expect(moved.status).toBe(403);
    const stale = await partner.push('people', [
      { newDocumentState: { ...master, title: 'B' }, assumedMasterState: master },
    ]);
    expect(stale.body.conflicts.map((document) => document.id)).toEqual([shared.id]);
  });

  it('removes a record from a device when its share is revoked, without sending its values', async () => {
    const team = unit();
    const staff = await server.clientFor('staff', [team]);
    const partner = await server.clientFor('partner');
    const person = samplePerson({ owningUnit: team, lastName: 'Virtanen' });
    await staff.push('people', [{ newDocumentState: person }]);
    await share({ recordId: person.id, granteeUser: partner.user.id });
    const first = await partner.pullAll('people');
    expect(first.documents.get(person.id)!.lastName).toBe('Virtanen');

    expect((await revoke({ recordId: person.id, granteeUser: partner.user.id })).status).toBe(204);
    const next = await partner.pullAll('people', first.sequence);
    const removal = next.documents.get(person.id)!;
    expect(removal).toMatchObject({
      id: person.id,
      _deleted: true,
      scopeRemoved: true,
      lastName: '',
      emails: [],
    });
    expect(JSON.stringify(removal)).not.toMatch(/Virtanen|Aino|example\.fi|\+358/);
    // The staff member who owns it still sees it as a live record.
    expect((await staff.pullAll('people')).documents.get(person.id)!._deleted).toBe(false);
  });

  it('removes a record from a device when it moves to another unit, and when the user leaves the unit', async () => {
    const teamA = unit();
    const teamB = unit();
    const alice = await server.clientFor('staff', [teamA]);
    const bob = await server.clientFor('staff', [teamA, teamB]);
    const moving = samplePerson({ owningUnit: teamA });
    const staying = samplePerson({ owningUnit: teamA });
    await alice.push('people', [{ newDocumentState: moving }, { newDocumentState: staying }]);
    const aliceFirst = await alice.pullAll('people');
    const master = aliceFirst.documents.get(moving.id)!;

    // Bob, a member of both units, moves the record to unit B.
    expect(
      (
        await bob.push('people', [
          { newDocumentState: { ...master, owningUnit: teamB }, assumedMasterState: master },
        ])
      ).body.conflicts,
    ).toEqual([]);
    const aliceNext = await alice.pullAll('people', aliceFirst.sequence);
    expect(aliceNext.documents.get(moving.id)).toMatchObject({ _deleted: true, scopeRemoved: true });
    expect(aliceNext.documents.has(staying.id)).toBe(false);

    // An admin takes Alice out of unit A: every unit-A record leaves her device too.
    const patched = await admin.patch(`/admin/users/${alice.user.id}`, { units: [teamB] });
    expect(patched.status).toBe(200);
    const aliceLast = await alice.pullAll('people', aliceNext.sequence);
    expect(aliceLast.documents.get(staying.id)).toMatchObject({ _deleted: true, scopeRemoved: true });
    // …and the records of her new unit arrive although their sequence is older than her checkpoint.
    expect(aliceLast.documents.get(moving.id)).toMatchObject({ _deleted: false, owningUnit: teamB });
  });

  it('lets only admins and coordinators of the owning unit manage shares, and only admins manage users', async () => {
    const team = unit();
    const coordinator = await server.clientFor('coordinator', [team]);
    const staff = await server.clientFor('staff', [team]);
    const otherCoordinator = await server.clientFor('coordinator', [unit()]);
    const person = samplePerson({ owningUnit: team });
    await staff.push('people', [{ newDocumentState: person }]);
    const otherUnit = unit();
    await server.createUser({ role: 'staff', units: [otherUnit] });
    const body = { collection: 'people', recordId: person.id, granteeUnit: otherUnit };
    expect((await staff.post('/shares', body)).status).toBe(403);
    expect((await otherCoordinator.post('/shares', body)).status).toBe(403);
    expect((await coordinator.post('/shares', body)).status).toBe(204);
    expect((await coordinator.get(`/shares?collection=people&recordId=${person.id}`)).body).toEqual([
      expect.objectContaining({ granteeUnit: otherUnit }),
    ]);
    expect((await coordinator.get('/admin/users')).status).toBe(403);
    // Even an admin can only file records under units that exist.
    const nowhere = await admin.push('people', [
      { newDocumentState: samplePerson({ owningUnit: 'no-such-unit' }) },
    ]);
    expect(nowhere.status).toBe(400);
    expect(
      (
        await coordinator.post('/admin/users', {
          username: 'x',
          role: 'admin',
          password: 'long enough password',
        })
      ).status,
    ).toBe(403);
  });
});
