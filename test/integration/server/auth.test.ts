import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOptions } from '@node-rs/argon2';
import { clientVersionHeader } from '../../../shared/sync/syncProtocol';
import { createApiClient } from '../../helpers/server/ApiClient';
import type { TestServer } from '../../helpers/server/startTestServer';
import { startTestServer, testDatabases, testPassword } from '../../helpers/server/startTestServer';

describe.each(testDatabases)('accounts and sessions on $name', ({ databaseUrl }) => {
  let server: TestServer;
  let clock = Date.now();
  const logLines: string[] = [];

  let staticDirectory = '';

  beforeAll(async () => {
    staticDirectory = await mkdtemp(path.join(tmpdir(), 'kontakt-static-'));
    await writeFile(path.join(staticDirectory, 'index.html'), '<!doctype html><title>Kontakt</title>');
    server = await startTestServer({
      staticDirectory,
      corsOrigins: ['app://kontakt'],
      ...(databaseUrl ? { databaseUrl } : {}),
      now: () => clock,
      sessionPolicy: { idleMs: 60 * 60_000, maxMs: 3 * 60 * 60_000 },
      loginRateLimits: { windowMs: 60_000, maxFailuresPerAddress: 1_000, maxFailuresPerAccount: 3 },
      minClientVersion: '0.1.0',
      logStream: new Writable({
        write(chunk, _encoding, done) {
          logLines.push(String(chunk));
          done();
        },
      }),
    });
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await rm(staticDirectory, { recursive: true, force: true });
  });

  it('serves the built app, and lets the desktop origin call the API', async () => {
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Kontakt</title>');
    const preflight = await fetch(`${server.url}/api/v1/sync/people/pull`, {
      method: 'OPTIONS',
      headers: { origin: 'app://kontakt', 'access-control-request-method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
    const foreign = await fetch(`${server.url}/api/v1/auth/me`, {
      headers: { origin: 'https://evil.example' },
    });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    expect(foreign.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
  });

  it('logs in, answers /auth/me, and refuses a wrong password or unknown user alike', async () => {
    const user = await server.createUser({ role: 'staff', units: ['main'], username: 'Ilkka.Kontio' });
    const anonymous = server.client();
    const login = await anonymous.post<{ token: string; expiresAt: number; user: { id: string } }>(
      '/auth/login',
      {
        username: 'Ilkka.Kontio',
        password: testPassword,
      },
    );
    expect(login.status).toBe(200);
    expect(login.body.user.id).toBe(user.id);
    expect(login.body.expiresAt).toBe(clock + 60 * 60_000);
    expect((await server.client(login.body.token).get('/auth/me')).body).toMatchObject({
      id: user.id,
      units: ['main'],
    });

    const wrong = await anonymous.post('/auth/login', {
      username: 'Ilkka.Kontio',
      password: 'nope nope nope',
    });
    const unknown = await anonymous.post('/auth/login', { username: 'nobody', password: 'nope nope nope' });
    expect(wrong).toEqual({ status: 401, body: { error: 'invalidCredentials' } });
    expect(unknown).toEqual(wrong);
    expect((await server.client('made-up-token').get('/auth/me')).status).toBe(401);
    // Logs carry user ids, never usernames, passwords or tokens.
    const logs = logLines.join('');
    expect(logs).toContain(user.id);
    expect(logs).not.toMatch(/Ilkka|Kontio|nope nope|correct horse/);
    expect(logs).not.toContain(login.body.token);
  });

  it('rate-limits failed logins per account with 429 tooManyAttempts, even for the right password', async () => {
    const user = await server.createUser({ role: 'staff', units: ['main'] });
    const anonymous = server.client();
    for (let attempt = 0; attempt < 3; attempt += 1)
      expect(
        (await anonymous.post('/auth/login', { username: user.username, password: 'wrong password!' }))
          .status,
      ).toBe(401);
    const blocked = await anonymous.post('/auth/login', { username: user.username, password: testPassword });
    expect(blocked).toEqual({ status: 429, body: { error: 'tooManyAttempts' } });
    clock += 61_000;
    expect(
      (await anonymous.post('/auth/login', { username: user.username, password: testPassword })).status,
    ).toBe(200);
  });

  it('expires idle sessions, slides active ones, and caps them at the maximum age', async () => {
    const user = await server.createUser({ role: 'staff', units: ['main'] });
    const client = server.client(await server.login(user.username));
    clock += 50 * 60_000;
    expect((await client.get('/auth/me')).status).toBe(200); // used: slides to 60 min from now
    clock += 50 * 60_000;
    expect((await client.get('/auth/me')).status).toBe(200);
    clock += 61 * 60_000;
    expect((await client.get('/auth/me')).status).toBe(401); // idle too long

    const busy = server.client(await server.login(user.username));
    for (let step = 0; step < 6; step += 1) {
      clock += 30 * 60_000;
      expect((await busy.get('/auth/me')).status).toBe(step < 5 ? 200 : 401); // 3 h cap
    }
  });

  it('revokes sessions on logout, on admin request and on password reset', async () => {
    const admin = await server.clientFor('admin');
    const user = await server.createUser({ role: 'staff', units: ['main'] });
    const first = server.client(await server.login(user.username));
    expect((await first.post('/auth/logout', {})).status).toBe(204);
    expect((await first.get('/auth/me')).status).toBe(401);

    const second = server.client(await server.login(user.username));
    expect((await admin.post(`/admin/users/${user.id}/revoke-sessions`, {})).body).toEqual({ revoked: 1 });
    expect((await second.get('/auth/me')).status).toBe(401);

    const third = server.client(await server.login(user.username));
    expect(
      (await admin.post(`/admin/users/${user.id}/password`, { password: 'a brand new passphrase' })).status,
    ).toBe(204);
    expect((await third.get('/auth/me')).status).toBe(401);
    expect(
      (await server.client().post('/auth/login', { username: user.username, password: testPassword })).status,
    ).toBe(401);
    await server.login(user.username, 'a brand new passphrase');
  });

  it('lets admins create and list users; the new user can log in with the role and units given', async () => {
    const admin = await server.clientFor('admin');
    await server.createUser({ role: 'staff', units: ['hr'] });
    const created = await admin.post<{ id: string }>('/admin/users', {
      username: 'new.coordinator',
      role: 'coordinator',
      units: ['hr'],
      password: 'long enough password',
    });
    expect(created.status).toBe(201);
    expect(
      (await admin.get<{ id: string }[]>('/admin/users')).body.some((user) => user.id === created.body.id),
    ).toBe(true);
    const login = await server.client().post<{ user: unknown }>('/auth/login', {
      username: 'new.coordinator',
      password: 'long enough password',
    });
    expect(login.body.user).toMatchObject({ role: 'coordinator', units: ['hr'] });
    const tooShort = await admin.post('/admin/users', {
      username: 'x',
      role: 'staff',
      units: [],
      password: 'short',
    });
    expect(tooShort.status).toBe(400);
  });

  it('gets 401 from the API without a token', async () => {
    const anonymous = createApiClient(server.url);
    expect((await anonymous.pull('people')).status).toBe(401);
    expect((await anonymous.push('people', [])).status).toBe(401);
    expect((await anonymous.get('/audit')).status).toBe(401);
  });

  it('answers 426 clientOutdated to a missing or too old client version, on every API route', async () => {
    const bare = async (path: string, version?: string) =>
      (
        await fetch(`${server.url}/api/v1${path}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(version ? { [clientVersionHeader]: version } : {}),
          },
          body: '{}',
        })
      ).status;
    expect(await bare('/auth/login')).toBe(426);
    expect(await bare('/auth/login', '0.0.9')).toBe(426);
    expect(await bare('/sync/people/push', 'garbage')).toBe(426);
    const body = await (await fetch(`${server.url}/api/v1/sync/people/pull`)).json();
    expect(body).toMatchObject({ error: 'clientOutdated' });
    expect(await bare('/auth/login', '0.1.0')).toBe(400);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    expect(await (await fetch(`${server.url}/ready`)).json()).toEqual({ status: 'ready' });
  });
});

describe('password parameters', () => {
  it('rehashes a password at login when the server’s argon2id parameters changed', async () => {
    const first = await startTestServer({
      isKeepingData: true,
      passwordParameters: { memoryCost: 1_024, timeCost: 1, parallelism: 1 },
    });
    const user = await first.createUser({ role: 'staff', units: ['main'] });
    const { dataDirectory } = first.location;
    await first.stop();
    const second = await startTestServer({
      dataDirectory,
      passwordParameters: { memoryCost: 2_048, timeCost: 2, parallelism: 1 },
    });
    try {
      const stored = async () =>
        (
          await second.sql.query<{ password_hash: string }>('select password_hash from users where id = $1', [
            user.id,
          ])
        )[0]!.password_hash;
      expect(parseOptions(await stored())).toMatchObject({ memoryCost: 1_024, timeCost: 1 });
      await second.login(user.username);
      expect(parseOptions(await stored())).toMatchObject({ algorithm: 2, memoryCost: 2_048, timeCost: 2 });
      await second.login(user.username);
    } finally {
      await second.stop();
      await rm(dataDirectory, { recursive: true, force: true });
    }
  }, 60_000);
});
