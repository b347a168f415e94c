import { expect, test } from '@playwright/test';
import { previewPort } from '../helpers/chromiumLaunch';
import { EventsPage } from '../helpers/EventsPage';
import { TwoClientSync } from '../helpers/TwoClientSync';

// Its own sync server port, beside the preview port and the other sync specs' ports.
const serverPort = previewPort + 1002;
let sync: TwoClientSync;
test.describe.configure({ timeout: 180_000 });
test.use({ locale: 'en-GB' });

test.beforeEach(async ({ browser }) => {
  sync = await TwoClientSync.start({ browser, port: serverPort });
  await sync.setUpDevices();
});

test.afterEach(async () => {
  await sync.close();
});

test('an event and its registrations reach the other device, and attendance marked there comes back', async () => {
  const { a, b } = sync;
  await a.addPerson({ firstNames: 'Aino', lastName: 'Virtanen', email: 'aino@example.fi' });
  await expect(a.personDetail()).toBeVisible();
  const eventsA = new EventsPage(a.page);
  const eventsB = new EventsPage(b.page);
  // Upcoming, so the list's default filter shows it.
  const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await eventsA.create({ name: 'Alumni-ilta', startDate: inAMonth, capacity: '20', price: '15' });
  await eventsA.register('virtanen', 'Aino Virtanen');
  await a.waitUntilUpToDate();

  await eventsB.open();
  await expect(b.rows().filter({ hasText: 'Alumni-ilta' })).toHaveCount(1, { timeout: 20_000 });
  await b.openRow('Alumni-ilta');
  await expect(eventsB.row('Aino Virtanen')).toBeVisible({ timeout: 20_000 });
  await eventsB.setStatus('Aino Virtanen', 'Attended');
  await eventsB.setPayment('Aino Virtanen', 'Paid');
  await b.waitUntilUpToDate();

  await expect.poll(() => eventsA.statusOf('Aino'), { timeout: 20_000 }).toBe('attended');
  await expect(a.page.getByRole('combobox', { name: 'Payment status of Aino Virtanen' })).toHaveText('Paid');
  expect(await a.missingKeys()).toEqual([]);
  expect(await b.missingKeys()).toEqual([]);
});
