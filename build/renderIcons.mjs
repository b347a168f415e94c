// Renders build/icon.svg to the PNGs electron-builder needs: icon.png (1024, macOS/Windows) and
// icons/<size>x<size>.png (Linux). Each size is rendered from the vector, not scaled from 1024.
// Run: node build/renderIcons.mjs   (CHROMIUM_PATH overrides /usr/bin/chromium)
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const buildDirectory = path.dirname(fileURLToPath(import.meta.url));
const linuxSizes = [512, 256, 128, 64, 32, 16];

const targets = [
  { size: 1024, file: path.join(buildDirectory, 'icon.png') },
  ...linuxSizes.map((size) => ({ size, file: path.join(buildDirectory, 'icons', `${size}x${size}.png`) })),
];

const svg = await readFile(path.join(buildDirectory, 'icon.svg'), 'utf8');
await mkdir(path.join(buildDirectory, 'icons'), { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { size, file } of targets) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<!doctype html><html><head><style>
        html, body { margin: 0; padding: 0; background: transparent; overflow: hidden; }
        svg { display: block; width: ${size}px; height: ${size}px; }
      </style></head><body>${svg}</body></html>`,
    );
    const png = await page.screenshot({
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    await writeFile(file, png);
    process.stdout.write(`${path.relative(process.cwd(), file)} ${size}×${size}\n`);
  }
} finally {
  await browser.close();
}
