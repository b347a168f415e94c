import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePerson } from '../../helpers/server/sampleDocuments';
import type { TestServer } from '../../helpers/server/startTestServer';
import { startTestServer, testDatabases } from '../../helpers/server/startTestServer';

type AuditEntry = {
  userId: string | null;
  operation: string;
  collection: string | null;
  recordIds: string[];
};

describe.each(testDatabases)('audit log on $name', ({ databaseUrl }) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(databaseUrl ? { databaseUrl } : {});
  }, 60_000);
  afterAll(() => server?.stop());

  it('answers who changed and who pulled a record, with ids only', async () => {
    const admin = await server.clientFor('admin');
    const staff = await server.clientFor('staff', ['main']);
    const reader = await server.clientFor('staff', ['main']);
    const person = samplePerson({ lastName: 'Auditoitava' });
    await staff.push('people', [{ newDocumentState: person }]);
    await reader.pullAll('people');

    const answer = await admin.get<AuditEntry[]>(`/audit?collection=people&recordId=${person.id}`);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ userId: staff.user.id, operation: 'create', recordIds: [person.id] }),
        expect.objectContaining({ userId: reader.user.id, operation: 'pull', recordIds: [person.id] }),
      ]),
    );
    const rows = await server.sql.query('select * from audit_log');
    expect(JSON.stringify(rows)).not.toMatch(/Auditoitava|Aino|example\.fi/);
    expect((await staff.get('/audit')).status).toBe(403);
  });

  it('writes no audit row for a push that fails, and one for a push that succeeds, in the same transaction', async () => {
    const staff = await server.clientFor('staff', ['main']);
    const auditCount = async () =>
      Number(
        (
          await server.sql.query<{ n: unknown }>(
            "select count(*) as n from audit_log where user_id = $1 and operation in ('create', 'update', 'delete')",
            [staff.user.id],
          )
        )[0]!.n,
      );
    const forbidden = samplePerson({ owningUnit: 'elsewhere' });
    await server.createUser({ role: 'staff', units: ['elsewhere'] });
    expect(
      (await staff.push('people', [{ newDocumentState: samplePerson() }, { newDocumentState: forbidden }]))
        .status,
    ).toBe(403);
    expect(await auditCount()).toBe(0);
    expect((await staff.push('people', [{ newDocumentState: samplePerson() }])).status).toBe(200);
    expect(await auditCount()).toBe(1);
  });

  it('refuses UPDATE, DELETE and TRUNCATE on the audit log', async () => {
    await expect(server.sql.query(`update audit_log set operation = 'x'`)).rejects.toThrow(/append-only/);
    await expect(server.sql.query('delete from audit_log')).rejects.toThrow(/append-only/);
    await expect(server.sql.query('truncate audit_log')).rejects.toThrow(/append-only/);
    expect(
      Number((await server.sql.query<{ n: unknown }>('select count(*) as n from audit_log'))[0]!.n),
    ).toBeGreaterThan(0);
  });
});
