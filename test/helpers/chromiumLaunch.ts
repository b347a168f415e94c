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

export const previewUrl = 'http://127.0.0.1:4179/';
