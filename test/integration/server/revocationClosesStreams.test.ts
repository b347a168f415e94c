import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiBasePath, clientVersionHeader } from '../../../shared/sync/syncProtocol';
import { testClientVersion } from '../../helpers/server/ApiClient';
import type { TestServer } from '../../helpers/server/startTestServer';
import { startTestServer, testDatabases } from '../../helpers/server/startTestServer';

/** Resolves with how the stream ended: 'closed' when the server ends it, 'open' if still open after `ms`. */
const streamEnding = async (url: string, token: string, ms: number): Promise<'closed' | 'open'> => {
  const abort = new AbortController();
  const response = await fetch(`${url}${apiBasePath}/sync/people/stream`, {
    headers: { authorization: `Bearer ${token}`, [clientVersionHeader]: testClientVersion },
    signal: abort.signal,
  });
  expect(response.status).toBe(200);
  const reader = response.body!.getReader();
  await reader.read(); // the initial RESYNC
  const timer = setTimeout(() => abort.abort(), ms);
  try {
    for (;;) if ((await reader.read()).done) return 'closed';
  } catch {
    return 'open';
  } finally {
    clearTimeout(timer);
  }
};

describe.each(testDatabases)('ending sessions on $name', ({ databaseUrl }) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ ...(databaseUrl ? { databaseUrl } : {}), heartbeatMs: 60_000 });
  }, 60_000);
  afterAll(() => server?.stop());

  it.each([
    ['revoking sessions', (id: string) => `/admin/users/${id}/revoke-sessions`, {}],
    [
      'resetting the password',
      (id: string) => `/admin/users/${id}/password`,
      { password: 'uusi salasana 2026' },
    ],
  ])('%s closes the user’s open change streams at once', async (_name, path, body) => {
    const admin = await server.clientFor('admin');
    const staff = await server.clientFor('staff');
    const other = await server.clientFor('staff');
    const staffStream = streamEnding(server.url, staff.token!, 3_000);
    const otherStream = streamEnding(server.url, other.token!, 3_000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await admin.post(path(staff.user.id), body)).status).toBeLessThan(300);
    expect(await staffStream).toBe('closed');
    // Another user's stream is woken too but stays open: its session is still valid.
    expect(await otherStream).toBe('open');
    expect((await staff.get('/auth/me')).status).toBe(401);
  });
});
