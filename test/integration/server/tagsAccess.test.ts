import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WireDocument } from '../../../shared/sync/syncProtocol';
import type { ApiClient } from '../../helpers/server/ApiClient';
import type { TestServer, TestUser } from '../../helpers/server/startTestServer';
import { startTestServer, testDatabases } from '../../helpers/server/startTestServer';

const tag = (overrides: Partial<WireDocument> = {}): WireDocument => ({
  id: crypto.randomUUID(),
  status: 'active',
  owningUnit: 'main',
  createdAt: 1,
  updatedAt: 1,
  label: 'Board 2026',
  scope: 'person',
  colour: 'blue',
  isArchived: false,
  createdBy: '',
  updatedBy: '',
  _deleted: false,
  ...overrides,
});

describe.each(testDatabases)('admin-managed tags on $name', ({ databaseUrl }) => {
  let server: TestServer;
  let admin: ApiClient & { user: TestUser };
  let staff: ApiClient & { user: TestUser };
  let partner: ApiClient & { user: TestUser };

  beforeAll(async () => {
    server = await startTestServer({ ...(databaseUrl ? { databaseUrl } : {}) });
    admin = await server.clientFor('admin');
    staff = await server.clientFor('staff', ['main']);
    partner = await server.clientFor('partner');
  }, 60_000);
  afterAll(() => server?.stop());

  it('refuses a tag pushed by staff and writes nothing', async () => {
    const refused = tag({ label: 'Staff tag' });
    expect(await staff.push('tags', [{ newDocumentState: refused }])).toEqual({
      status: 403,
      body: { error: 'forbidden' },
    });
    expect((await admin.pullAll('tags')).documents.has(refused.id)).toBe(false);
  });

  it("accepts an admin's tag, which every role then reads but only the admin may change", async () => {
    const created = tag();
    expect((await admin.push('tags', [{ newDocumentState: created }])).body).toEqual({ conflicts: [] });
    const master = (await staff.pullAll('tags')).documents.get(created.id)!;
    expect(master).toMatchObject({ label: 'Board 2026', colour: 'blue', createdBy: admin.user.id });
    expect((await partner.pullAll('tags')).documents.get(created.id)).toMatchObject({ label: 'Board 2026' });

    const archive = { ...master, isArchived: true };
    expect(await staff.push('tags', [{ newDocumentState: archive, assumedMasterState: master }])).toEqual({
      status: 403,
      body: { error: 'forbidden' },
    });
    expect(
      (
        await admin.push('tags', [
          { newDocumentState: { ...archive, label: 'Board 2026–27' }, assumedMasterState: master },
        ])
      ).body,
    ).toEqual({ conflicts: [] });
    expect((await staff.pullAll('tags')).documents.get(created.id)).toMatchObject({
      label: 'Board 2026–27',
      isArchived: true,
    });
  });

  it('accepts a person pushed without tags (an older client) and stores tags when given', async () => {
    const person: WireDocument = {
      id: crypto.randomUUID(),
      status: 'active',
      owningUnit: 'main',
      createdAt: 1,
      updatedAt: 1,
      firstNames: 'Aino',
      lastName: 'Mäkinen',
      _deleted: false,
    };
    expect((await staff.push('people', [{ newDocumentState: person }])).status).toBe(200);
    const stored = (await staff.pullAll('people')).documents.get(person.id)!;
    expect(stored.tags).toEqual([]);
    const tagged = { ...stored, tags: ['tag-1'] };
    expect(
      (await staff.push('people', [{ newDocumentState: tagged, assumedMasterState: stored }])).status,
    ).toBe(200);
    expect((await staff.pullAll('people')).documents.get(person.id)!.tags).toEqual(['tag-1']);
  });
});
