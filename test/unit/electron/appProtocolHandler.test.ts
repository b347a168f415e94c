import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appSchemePrivileges,
  createAppProtocolHandler,
  requestedRelativePath,
} from '../../../electron/appProtocolHandler';
import { contentSecurityPolicy } from '../../../electron/contentSecurityPolicy';

const secret = 'root:x:0:0:SECRET OUTSIDE THE ROOT';
let baseDirectory: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(async () => {
  // <base>/secret.txt must stay unreachable; <base>/dist/renderer is what the handler serves.
  baseDirectory = await mkdtemp(path.join(tmpdir(), 'kontakt-protocol-'));
  const root = path.join(baseDirectory, 'dist', 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(baseDirectory, 'secret.txt'), secret);
  await writeFile(path.join(baseDirectory, 'dist', 'secret.txt'), secret);
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Kontakt</title>');
  await writeFile(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(path.join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(path.join(root, 'assets', 'font.woff2'), 'wOF2');
  await symlink(path.join(baseDirectory, 'secret.txt'), path.join(root, 'leak.txt'));
  handle = createAppProtocolHandler({ rootDirectory: root });
});

afterAll(async () => {
  await rm(baseDirectory, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

describe('app protocol handler', () => {
  it.each(['app://kontakt/', 'app://kontakt', 'app://kontakt/index.html'])(
    'serves index.html for %s',
    async (url) => {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toContain('<title>Kontakt</title>');
    },
  );

  it.each([
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/index-abc.css', 'text/css; charset=utf-8'],
    ['favicon.svg', 'image/svg+xml'],
    ['assets/font.woff2', 'font/woff2'],
  ])('serves %s as %s', async (file, mimeType) => {
    const response = await get(`app://kontakt/${file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe(mimeType);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it.each([
    'app://kontakt/../../secret.txt',
    'app://kontakt/../secret.txt',
    'app://kontakt/../../etc/passwd',
    'app://kontakt/%2e%2e/%2e%2e/secret.txt',
    'app://kontakt/..%2fsecret.txt',
    'app://kontakt/..%2f..%2fsecret.txt',
    'app://kontakt/%2e%2e%2fsecret.txt',
    'app://kontakt/%2E%2E%2F%2E%2E%2Fsecret.txt',
    'app://kontakt/..%5csecret.txt',
    'app://kontakt/..%5c..%5csecret.txt',
    'app://kontakt/assets/..%2f..%2fsecret.txt',
    'app://kontakt/%252e%252e%252fsecret.txt',
    'app://kontakt/..%252fsecret.txt',
    'app://kontakt/%2fetc%2fpasswd',
    'app://kontakt/index.html%00.png',
    'app://kontakt/%E0%A4%A',
    'app://kontakt/C:%5cWindows%5cwin.ini',
    'app://kontakt/leak.txt',
  ])('refuses the traversal %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await response.text()).not.toContain('SECRET');
  });

  it('answers 404 for a missing file and for another host', async () => {
    expect((await get('app://kontakt/missing.js')).status).toBe(404);
    expect((await get('app://other/index.html')).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://kontakt/', 'POST')).status).toBe(405);
    const head = await get('app://kontakt/', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('puts the CSP on every response, errors included', async () => {
    for (const url of ['app://kontakt/', 'app://kontakt/missing.js', 'app://kontakt/..%2fsecret.txt']) {
      expect((await get(url)).headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy);
    }
  });
});

describe('requestedRelativePath', () => {
  it('maps the root to index.html and keeps nested paths', () => {
    expect(requestedRelativePath('/')).toBe('index.html');
    expect(requestedRelativePath('')).toBe('index.html');
    expect(requestedRelativePath('/assets/a%20b.js')).toBe('assets/a b.js');
  });

  it('refuses dot segments, backslashes, NUL and drive letters after decoding', () => {
    for (const pathname of ['/..%2fx', '/%2e%2e/x', '/a%5c..%5cx', '/x%00', '/C:/x', '/%E0%A4%A']) {
      expect(requestedRelativePath(pathname), pathname).toBeNull();
    }
  });
});

describe('appSchemePrivileges', () => {
  it('registers app: as standard, secure and fetchable, without opening CORS', () => {
    expect(appSchemePrivileges).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
  });
});
