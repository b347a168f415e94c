import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { build } from 'esbuild';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

export type BenchServer = { url: string; close: () => Promise<void> };

/**
 * Serves the built app (dist/renderer) and a bundled bench page under /bench/ from
 * one origin, so a bench page can seed the very IndexedDB the app then opens.
 */
export const startBenchServer = async (repoRoot: string, benchEntries: string[]): Promise<BenchServer> => {
  const outdir = path.join(repoRoot, '.kontakt-tmp', 'bench-bundle');
  await build({
    entryPoints: benchEntries,
    outdir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'warning',
  });
  const appRoot = path.join(repoRoot, 'dist', 'renderer');
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const isBench = url.pathname.startsWith('/bench/');
    const relative = isBench ? url.pathname.slice('/bench/'.length) : url.pathname.slice(1) || 'index.html';
    const root = isBench ? outdir : appRoot;
    const file = path.resolve(root, relative || 'index.html');
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    const page = relative === '' || relative.endsWith('.html');
    const body =
      isBench && page
        ? Promise.resolve(
            Buffer.from(
              `<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="./${url.searchParams.get('page') ?? 'storageBenchPage'}.js"></script>`,
            ),
          )
        : readFile(file);
    body.then(
      (content) => {
        response.writeHead(200, {
          'content-type': contentTypes[path.extname(file)] ?? 'text/html; charset=utf-8',
        });
        response.end(content);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('Bench server has no port.');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
};
