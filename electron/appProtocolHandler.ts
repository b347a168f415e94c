import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { CustomScheme } from 'electron';
import { appHost, appScheme } from './appOrigin';
import { contentSecurityPolicy } from './contentSecurityPolicy';

/**
 * Registered before `ready`. standard: real origin and relative URL resolution; secure: a secure
 * context (WebCrypto, IndexedDB); supportFetchAPI: fetch() of our own files. corsEnabled stays off,
 * which keeps app:// unreadable from any other origin.
 */
export const appSchemePrivileges: CustomScheme = {
  scheme: appScheme,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

const mimeTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export const mimeTypeOf = (filePath: string): string =>
  mimeTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';

const securityHeaders = (): Record<string, string> => ({
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
});

const textResponse = (status: number, text: string): Response =>
  new Response(text, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });

/**
 * The path below the root that a request asks for, or null when it tries to leave the root.
 * Decoding happens here (after the URL parser has already removed literal dot segments), so
 * encoded separators such as "..%2f" or "..%5c" are caught as well.
 */
export const requestedRelativePath = (pathname: string): string | null => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment.length > 0);
  if (segments.some((segment) => segment === '.' || segment === '..' || segment.includes(':'))) return null;
  return segments.length === 0 ? 'index.html' : segments.join('/');
};

const isInside = (root: string, candidate: string): boolean => candidate.startsWith(root + path.sep);

export type AppProtocolHandlerOptions = {
  /** Absolute path of the Vite output, dist/renderer. */
  rootDirectory: string;
};

/** A `protocol.handle` handler that serves only files under `rootDirectory`, with the CSP on every response. */
export const createAppProtocolHandler = ({
  rootDirectory,
}: AppProtocolHandlerOptions): ((request: Request) => Promise<Response>) => {
  const root = path.resolve(rootDirectory);

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return textResponse(400, 'Bad request');
    }
    if (url.protocol !== `${appScheme}:` || url.host.toLowerCase() !== appHost) {
      return textResponse(404, 'Not found');
    }
    const relative = requestedRelativePath(url.pathname || '/');
    if (relative === null) return textResponse(403, 'Forbidden');
    const filePath = path.resolve(root, relative);
    if (!isInside(root, filePath)) return textResponse(403, 'Forbidden');

    let body: Uint8Array<ArrayBuffer>;
    try {
      // Symlinks inside dist/ must not lead out of it either.
      const [realRoot, realFile] = await Promise.all([realpath(root), realpath(filePath)]);
      if (!isInside(realRoot, realFile)) return textResponse(403, 'Forbidden');
      body = new Uint8Array(await readFile(realFile));
    } catch {
      return textResponse(404, 'Not found');
    }
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: {
        ...securityHeaders(),
        'Content-Type': mimeTypeOf(filePath),
        'Content-Length': String(body.byteLength),
      },
    });
  };
};
