import { defineConfig } from '@playwright/test';

// Debian's Chromium: Playwright's own browser download is not reachable from CI machines.
export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: 'http://127.0.0.1:4179/',
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'npx vite preview --config vite.config.ts --port 4179 --strictPort',
    cwd: '..',
    url: 'http://127.0.0.1:4179/',
    reuseExistingServer: false,
  },
});
