import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WireDocument } from '../../../shared/sync/syncProtocol';
import type { ApiClient } from '../../helpers/server/ApiClient';
import type { TestServer, TestUser } from '../../helpers/server/startTestServer';
import { startTestServer, testDatabases } from '../../helpers/server/startTestServer';

const accessEntry = (overrides: Partial<WireDocument> = {}): WireDocument => ({
  id: crypto.randomUUID(),
  status: 'active',
  owningUnit: 'main',
  createdAt: 1,
  updatedAt: 1,
  action: 'view',
  source: 'personPage',
  at: Date.UTC(2026, 10, 20, 9),
  personId: 'person-1',
  personIds: [],
  personCount: 1,
  actor: 'Sanna Staff',
  fileName: '',
  createdBy: '',
  updatedBy: '',
  _deleted: false,
  ...overrides,
});

type AuditRow = {
  operation: string;
  collection: string;
  record_ids: string[];
  detail: string;
  user_id: string;
};

describe.each(testDatabases)('access log on $name', ({ databaseUrl }) => {
  let server: TestServer;
  let staff: ApiClient & { user: TestUser };

  beforeAll(async () => {
    server = await startTestServer({ ...(databaseUrl ? { databaseUrl } : {}) });
    staff = await server.clientFor('staff', ['main']);
  }, 60_000);
  afterAll(() => server?.stop());

  const auditOf = async (entryId: string) =>
    await server.sql.query<AuditRow>('select * from audit_log where detail = $1', [`accessEntry:${entryId}`]);

  it('files each pushed access under the people it concerns in the audit log, ids only', async () => {
    const view = accessEntry();
    const exported = accessEntry({
      action: 'export',
      source: 'peopleExport',
      personId: '',
      personIds: ['person-1', 'person-2'],
      personCount: 2,
      fileName: 'people-2026-11-20.xlsx',
    });
    expect(
      (await staff.push('accessEntries', [{ newDocumentState: view }, { newDocumentState: exported }])).body,
    ).toEqual({
      conflicts: [],
    });
    expect(await auditOf(view.id)).toEqual([
      expect.objectContaining({
        operation: 'view',
        collection: 'people',
        record_ids: ['person-1'],
        user_id: staff.user.id,
      }),
    ]);
    const [exportRow] = await auditOf(exported.id);
    expect(exportRow).toMatchObject({ operation: 'export', record_ids: ['person-1', 'person-2'] });
    expect(JSON.stringify(exportRow)).not.toMatch(/Sanna|people-2026/);
  });

  it('takes an entry about a person of another unit (shared with the user), but not of an unknown unit', async () => {
    const partner = await server.clientFor('partner', []);
    const shared = accessEntry({ owningUnit: 'main' });
    expect((await partner.push('accessEntries', [{ newDocumentState: shared }])).body).toEqual({
      conflicts: [],
    });
    expect(await auditOf(shared.id)).toEqual([expect.objectContaining({ user_id: partner.user.id })]);
    const unknown = await staff.push('accessEntries', [
      { newDocumentState: accessEntry({ owningUnit: 'nowhere' }) },
    ]);
    expect(unknown.status).toBe(400);
  });

  it('keeps an access entry as it was: a rewrite is refused and audited nowhere', async () => {
    const view = accessEntry();
    await staff.push('accessEntries', [{ newDocumentState: view }]);
    const master = (await staff.pullAll('accessEntries')).documents.get(view.id)!;
    const rewrite = await staff.push('accessEntries', [
      { newDocumentState: { ...master, actor: 'Someone else' }, assumedMasterState: master },
    ]);
    expect(rewrite.status).toBe(400);
    expect(rewrite.body).toMatchObject({ issues: [{ row: 0, path: 'id', code: 'appendOnly' }] });
    expect((await staff.pullAll('accessEntries')).documents.get(view.id)!.actor).toBe('Sanna Staff');
    expect(await auditOf(view.id)).toHaveLength(1);
  });
});
