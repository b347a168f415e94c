import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAddUserArgs } from '../../../server/cli/addUserCommand';
import { parseServerOptions } from '../../../server/serverOptions';

describe('parseServerOptions', () => {
  it('takes flags over environment variables over defaults', () => {
    const options = parseServerOptions(['--port', '9000', '--data-dir=/tmp/x'], {
      KONTAKT_PORT: '7000',
      KONTAKT_HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://h/db',
    });
    expect(options).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      dataDirectory: '/tmp/x',
      databaseUrl: 'postgres://h/db',
    });
    expect(parseServerOptions([], {})).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      dataDirectory: path.resolve('kontakt-server-data'),
    });
  });

  it('refuses a certificate without its key and a bad port', () => {
    expect(() => parseServerOptions(['--tls-cert', 'c.pem'], {})).toThrow(/tls-key/);
    expect(() => parseServerOptions(['--port', 'abc'], {})).toThrow(/port/);
  });
});

describe('parseAddUserArgs', () => {
  it('reads username, role, units and display name, and checks the password length', () => {
    expect(
      parseAddUserArgs(
        ['--username', 'admin', '--role', 'admin', '--unit', 'main', '--display-name', 'Pääkäyttäjä'],
        'long enough pass',
      ),
    ).toEqual({
      username: 'admin',
      role: 'admin',
      units: ['main'],
      displayName: 'Pääkäyttäjä',
      password: 'long enough pass',
    });
    expect(() => parseAddUserArgs(['--username', 'a', '--role', 'boss'], 'long enough pass')).toThrow(/role/);
    expect(() => parseAddUserArgs(['--username', 'a', '--role', 'admin'], 'short')).toThrow(/12/);
  });
});
