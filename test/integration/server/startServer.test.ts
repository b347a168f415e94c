import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../../server/cli/addUserCommand';
import type { RunningServer } from '../../../server/startServer';
import { startServer } from '../../../server/startServer';
import { testPasswordParameters } from '../../helpers/server/startTestServer';

const getOverTls = (url: string, ca: Buffer) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    request(url, { ca }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });

describe('a server started with a certificate, and the first admin from the command line', () => {
  let directory = '';
  let server: RunningServer;
  let certificate: Buffer;

  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'kontakt-tls-'));
    const certFile = path.join(directory, 'cert.pem');
    const keyFile = path.join(directory, 'key.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=DNS:localhost,IP:127.0.0.1',
        '-keyout',
        keyFile,
        '-out',
        certFile,
      ],
      { stdio: 'ignore' },
    );
    certificate = await readFile(certFile);
    server = await startServer({
      port: 0,
      host: '127.0.0.1',
      dataDirectory: path.join(directory, 'data'),
      tlsCertFile: certFile,
      tlsKeyFile: keyFile,
      logLevel: 'silent',
      passwordParameters: testPasswordParameters,
    });
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await rm(directory, { recursive: true, force: true });
  });

  it('answers over HTTPS', async () => {
    expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(await getOverTls(`${server.url}/ready`, certificate)).toEqual({
      status: 200,
      body: '{"status":"ready"}',
    });
  });

  it('creates an admin with `user add` who can then log in, and refuses a taken username', async () => {
    const input = {
      username: 'first.admin',
      role: 'admin' as const,
      units: ['main'],
      password: 'long enough password',
    };
    const user = await addUser(server.sql, input, testPasswordParameters);
    expect(user).toMatchObject({ role: 'admin', units: ['main'] });
    await expect(
      addUser(server.sql, { ...input, username: 'First.Admin' }, testPasswordParameters),
    ).rejects.toThrow(/taken/);
    const units = await server.sql.query('select id from units');
    expect(units).toEqual([{ id: 'main' }]);
    // Node's fetch cannot be given a CA, so the login goes through the running app in-process.
    const answer = await server.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'x-kontakt-client-version': '0.1.0' },
      payload: { username: 'first.admin', password: 'long enough password' },
    });
    expect(answer.statusCode).toBe(200);
  });
});
