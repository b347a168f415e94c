import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WireDocument } from '../../../shared/sync/syncProtocol';
import type { ApiClient } from '../../helpers/server/ApiClient';
import type { TestServer, TestUser } from '../../helpers/server/startTestServer';
import { testDatabases } from '../../helpers/server/startTestServer';
import { startServerWithEveryRole } from '../../helpers/server/startServerWithEveryRole';

const category = (key: string, overrides: Partial<WireDocument> = {}): WireDocument => ({
  id: `person:${key}`,
  status: 'active',
  owningUnit: 'main',
  createdAt: 1,
  updatedAt: 1,
  scope: 'person',
  key,
  label: '',
  isBuiltIn: true,
  isEnabled: true,
  position: 0,
  createdBy: '',
  updatedBy: '',
  _deleted: false,
  ...overrides,
});

describe.each(testDatabases)('admin-managed categories on $name', ({ databaseUrl }) => {
  let server: TestServer;
  let admin: ApiClient & { user: TestUser };
  let staff: ApiClient & { user: TestUser };
  let coordinator: ApiClient & { user: TestUser };
  let partner: ApiClient & { user: TestUser };

  beforeAll(async () => {
    ({ server, admin, staff, coordinator, partner } = await startServerWithEveryRole(databaseUrl));
  }, 60_000);
  afterAll(() => server?.stop());

  it('refuses a category pushed by staff, a coordinator or a partner and writes nothing', async () => {
    const refused = category('custom-staff01', { label: 'Staff list', isBuiltIn: false });
    for (const client of [staff, coordinator, partner])
      expect(await client.push('categories', [{ newDocumentState: refused }])).toEqual({
        status: 403,
        body: { error: 'forbidden' },
      });
    expect((await admin.pullAll('categories')).documents.has(refused.id)).toBe(false);
  });

  it("accepts an admin's category, which every role reads but only the admin may change", async () => {
    const created = category('custom-board01', { label: 'Board members', isBuiltIn: false, position: 9 });
    expect((await admin.push('categories', [{ newDocumentState: created }])).body).toEqual({ conflicts: [] });
    for (const client of [staff, coordinator, partner])
      expect((await client.pullAll('categories')).documents.get(created.id)).toMatchObject({
        key: 'custom-board01',
        label: 'Board members',
        isEnabled: true,
        createdBy: admin.user.id,
      });

    const master = (await staff.pullAll('categories')).documents.get(created.id)!;
    const disabled = { ...master, isEnabled: false };
    expect(
      await staff.push('categories', [{ newDocumentState: disabled, assumedMasterState: master }]),
    ).toEqual({ status: 403, body: { error: 'forbidden' } });
    expect((await staff.pullAll('categories')).documents.get(created.id)).toMatchObject({ isEnabled: true });
    expect(
      (await admin.push('categories', [{ newDocumentState: disabled, assumedMasterState: master }])).body,
    ).toEqual({ conflicts: [] });
    expect((await partner.pullAll('categories')).documents.get(created.id)).toMatchObject({
      isEnabled: false,
      label: 'Board members',
    });
  });

  it('validates a category through the shared definition', async () => {
    const response = await admin.push('categories', [
      { newDocumentState: category('', { scope: 'event', label: 'x'.repeat(61) }) },
    ]);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('scope');
  });

  it('refuses a category whose id is not scope:key, so no device can duplicate one', async () => {
    const response = await admin.push('categories', [
      { newDocumentState: category('custom-dup00001', { id: crypto.randomUUID(), label: 'Duplicate' }) },
    ]);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('"path":"id"');
  });

  it('two admins seeding the same built-in converge on one record', async () => {
    const second = await server.clientFor('admin');
    const mine = category('donor', { isEnabled: false });
    expect((await admin.push('categories', [{ newDocumentState: mine }])).body).toEqual({ conflicts: [] });
    const theirs = category('donor', { isEnabled: true });
    const answer = await second.push('categories', [{ newDocumentState: theirs }]);
    // Same id: the second seed is a conflict with the stored record, not a duplicate.
    expect((answer.body as { conflicts: WireDocument[] }).conflicts).toEqual([
      expect.objectContaining({ id: 'person:donor', isEnabled: false }),
    ]);
    const donors = [...(await staff.pullAll('categories')).documents.values()].filter(
      (document) => document.key === 'donor',
    );
    expect(donors).toHaveLength(1);
  });
});
