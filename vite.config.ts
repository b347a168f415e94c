import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('./renderer', import.meta.url));

/** The built app carries its own CSP so the browser build is as locked down as Electron's. */
const contentSecurityPolicy: Plugin = {
  name: 'kontakt-csp',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.replace(
      '<meta charset="UTF-8" />',
      `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' https: http://localhost:* http://127.0.0.1:*; object-src 'none'; base-uri 'none'; form-action 'none'" />`,
    ),
};

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export default defineConfig({
  root,
  define: { __APP_VERSION__: JSON.stringify(version) },
  base: './',
  plugins: [react(), contentSecurityPolicy],
  // The import worker is started with { type: 'module' }.
  worker: { format: 'es' },
  publicDir: fileURLToPath(new URL('./renderer/public', import.meta.url)),
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
    sourcemap: true,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
});
