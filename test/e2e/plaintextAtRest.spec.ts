import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { chromiumLaunchOptions, previewUrl } from '../helpers/chromiumLaunch';
import { RegisterPage } from '../helpers/RegisterPage';

const filesUnder = (directory: string): string[] =>
  readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });

const filesContaining = (directory: string, marker: string) => {
  const needles = [Buffer.from(marker, 'utf8'), Buffer.from(marker, 'utf16le')];
  return filesUnder(directory)
    .filter((file) => {
      const bytes = readFileSync(file);
      return needles.some((needle) => bytes.includes(needle));
    })
    .map((file) => file.slice(directory.length));
};

test('no file of the browser profile contains a person’s name, e-mail or notes', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'kontakt-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...chromiumLaunchOptions,
    baseURL: previewUrl,
  });
  try {
    const page = await context.newPage();
    const app = new RegisterPage(page);
    const marker = `Zqxmarker${Date.now()}`;
    const control = `Controlplain${Date.now()}`;
    await page.goto('/');
    await app.createRegister('kahvi sade polku 42 ikkuna');
    await app.addPerson({
      firstNames: marker,
      lastName: marker,
      email: `${marker.toLowerCase()}@example.fi`,
      notes: marker,
    });
    await expect(page.getByTestId('person-detail')).toBeVisible();
    // A control value written without encryption proves the scan can see IndexedDB contents at all.
    await page.evaluate(
      (value) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('control-plain', 1);
          request.onupgradeneeded = () => request.result.createObjectStore('values');
          request.onsuccess = () => {
            const transaction = request.result.transaction('values', 'readwrite');
            transaction.objectStore('values').put({ value }, 'control');
            transaction.oncomplete = () => resolve();
            transaction.onerror = () => reject(transaction.error);
          };
        }),
      control,
    );
    await context.close();
    expect(filesContaining(profile, control).length).toBeGreaterThan(0);
    expect(filesContaining(profile, marker)).toEqual([]);
    expect(filesContaining(profile, marker.toLowerCase())).toEqual([]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
