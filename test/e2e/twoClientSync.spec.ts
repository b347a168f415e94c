import { expect, test } from '@playwright/test';
import { previewPort } from '../helpers/chromiumLaunch';
import { TwoClientSync } from '../helpers/TwoClientSync';

// Each spec run gets its own sync server port next to the preview port.
const serverPort = previewPort + 1000;
let sync: TwoClientSync;

test.beforeEach(async ({ browser }) => {
  sync = await TwoClientSync.start({ browser, port: serverPort });
  await sync.setUpDevices();
});

test.afterEach(async () => {
  await sync.close();
});

test('a person added on one device appears on the other', async () => {
  const { a, b } = sync;
  await a.addPerson({ firstNames: 'Aino', lastName: 'Aaltonen', email: 'aino@example.fi' });
  await expect(a.personDetail()).toBeVisible();
  await b.searchPeople('Aaltonen');
  await expect(b.rows()).toHaveCount(1, { timeout: 15_000 });
  expect(await a.missingKeys()).toEqual([]);
});
