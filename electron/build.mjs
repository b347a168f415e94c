// Bundles main and preload into dist/electron/*.cjs. The preload must be one file: a sandboxed
// preload can require() only 'electron' (and a few polyfilled built-ins), not our own modules.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const isProduction = process.env.NODE_ENV === 'production';

const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  external: ['electron'],
  sourcemap: isProduction ? false : 'linked',
  minify: false,
  legalComments: 'none',
  logLevel: 'info',
};

await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main.ts'],
    outfile: 'dist/electron/main.cjs',
    platform: 'node',
    target: 'node20',
  }),
  build({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    // Runs in the renderer's sandbox, where only Chromium's JS and the Electron preload shims exist.
    platform: 'node',
    target: ['node20', 'chrome120'],
  }),
]);
