/** Debian's Chromium with the flags this network-less machine needs; shared by every browser test. */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

/** KONTAKT_E2E_PORT lets two checkouts run their e2e suites side by side. */
export const previewPort = Number(process.env.KONTAKT_E2E_PORT ?? 4179);
export const previewUrl = `http://127.0.0.1:${previewPort}/`;
