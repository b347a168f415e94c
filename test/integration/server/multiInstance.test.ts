import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEventStream } from '../../helpers/server/readEventStream';
import { samplePerson } from '../../helpers/server/sampleDocuments';
import type { TestServer } from '../../helpers/server/startTestServer';
import { startTestServer } from '../../helpers/server/startTestServer';

const databaseUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!databaseUrl)('two server instances on one PostgreSQL', () => {
  let a: TestServer;
  let b: TestServer;

  beforeAll(async () => {
    a = await startTestServer({ databaseUrl: databaseUrl! });
    b = await startTestServer({ databaseUrl: databaseUrl!, schema: a.location.schema! });
  }, 60_000);
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
  });

  it('streams from B a change pushed to A', async () => {
    const user = await a.createUser({ role: 'staff', units: ['main'] });
    const writer = a.client(await a.login(user.username));
    const stream = await readEventStream(b.url, await b.login(user.username), 'people');
    expect(stream.status).toBe(200);
    await stream.waitFor((event) => event === 'RESYNC');
    const person = samplePerson();
    await writer.push('people', [{ newDocumentState: person }]);
    const event = await stream.waitFor((e) => e !== 'RESYNC' && e.documents.some((d) => d.id === person.id));
    expect(event).toMatchObject({ checkpoint: { sequence: expect.any(Number) } });
    stream.close();
  });
});
