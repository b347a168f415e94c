import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WireDocument } from '../../../shared/sync/syncProtocol';
import type { ApiClient } from '../../helpers/server/ApiClient';
import type { TestServer, TestUser } from '../../helpers/server/startTestServer';
import { testDatabases } from '../../helpers/server/startTestServer';
import { startServerWithEveryRole } from '../../helpers/server/startServerWithEveryRole';

const config = (
  feature: string,
  configuration: unknown,
  overrides: Partial<WireDocument> = {},
): WireDocument => ({
  id: feature,
  status: 'active',
  owningUnit: 'main',
  createdAt: 1,
  updatedAt: 1,
  feature,
  value: JSON.stringify(configuration),
  createdBy: '',
  updatedBy: '',
  _deleted: false,
  ...overrides,
});

const patron = {
  key: 'custom-aa11',
  fromKind: 'person',
  toKind: 'organisation',
  forward: 'Patron of',
  inverse: 'Patron',
};

describe.each(testDatabases)('admin-managed register configuration on $name', ({ databaseUrl }) => {
  let server: TestServer;
  let admin: ApiClient & { user: TestUser };
  let staff: ApiClient & { user: TestUser };
  let coordinator: ApiClient & { user: TestUser };
  let partner: ApiClient & { user: TestUser };

  beforeAll(async () => {
    ({ server, admin, staff, coordinator, partner } = await startServerWithEveryRole(databaseUrl));
  }, 60_000);
  afterAll(() => server?.stop());

  it('refuses configuration pushed by staff, a coordinator or a partner and writes nothing', async () => {
    const refused = config('consent', {
      purposes: [{ key: 'custom-x', label: 'Staff purpose', isEnabled: true }],
    });
    for (const client of [staff, coordinator, partner])
      expect(await client.push('registerConfigs', [{ newDocumentState: refused }])).toEqual({
        status: 403,
        body: { error: 'forbidden' },
      });
    expect((await admin.pullAll('registerConfigs')).documents.has('consent')).toBe(false);
  });

  it("accepts an admin's configuration, which every role reads but only the admin may change", async () => {
    const created = config('relations', { customTypes: [patron] });
    expect((await admin.push('registerConfigs', [{ newDocumentState: created }])).body).toEqual({
      conflicts: [],
    });
    for (const client of [staff, coordinator, partner]) {
      const pulled = (await client.pullAll('registerConfigs')).documents.get('relations');
      expect(pulled).toMatchObject({ feature: 'relations', createdBy: admin.user.id });
      expect(JSON.parse(String(pulled?.value))).toEqual({ customTypes: [patron] });
    }

    const master = (await staff.pullAll('registerConfigs')).documents.get('relations')!;
    const emptied = { ...master, value: JSON.stringify({ customTypes: [] }) };
    expect(
      await staff.push('registerConfigs', [{ newDocumentState: emptied, assumedMasterState: master }]),
    ).toEqual({ status: 403, body: { error: 'forbidden' } });
    expect(
      JSON.parse(String((await partner.pullAll('registerConfigs')).documents.get('relations')?.value)),
    ).toEqual({
      customTypes: [patron],
    });
    expect(
      (await admin.push('registerConfigs', [{ newDocumentState: emptied, assumedMasterState: master }])).body,
    ).toEqual({ conflicts: [] });
    expect(
      JSON.parse(String((await partner.pullAll('registerConfigs')).documents.get('relations')?.value)),
    ).toEqual({
      customTypes: [],
    });
  });

  it('validates the feature through the shared definition: a per-device feature is refused', async () => {
    const response = await admin.push('registerConfigs', [
      { newDocumentState: config('segments', [{ id: 's1' }]) },
    ]);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('feature');
    expect((await admin.pullAll('registerConfigs')).documents.has('segments')).toBe(false);
  });
});
