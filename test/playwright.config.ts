import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions, previewPort, previewUrl } from './helpers/chromiumLaunch';

// Debian's Chromium: Playwright's own browser download is not reachable from CI machines.
export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: previewUrl,
    viewport: { width: 1280, height: 800 },
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    command: `npx vite preview --config vite.config.ts --port ${previewPort} --strictPort`,
    cwd: '..',
    url: previewUrl,
    reuseExistingServer: false,
  },
});
