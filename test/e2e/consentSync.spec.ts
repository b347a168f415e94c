import { expect, test } from '@playwright/test';
import { previewPort } from '../helpers/chromiumLaunch';
import { ConsentPage } from '../helpers/ConsentPage';
import { TwoClientSync } from '../helpers/TwoClientSync';

// Its own sync server port next to the preview port, like the other sync specs.
const serverPort = previewPort + 1000;
let sync: TwoClientSync;
test.describe.configure({ timeout: 180_000 });

test.beforeEach(async ({ browser }) => {
  sync = await TwoClientSync.start({ browser, port: serverPort });
  await sync.setUpDevices();
});

test.afterEach(async () => {
  await sync.close();
});

test('consent events recorded on two devices, even offline at once, all reach both; a list and its member sync', async () => {
  const { a, b } = sync;
  const consentA = new ConsentPage(a.page);
  const consentB = new ConsentPage(b.page);
  await a.addPerson({ firstNames: 'Aino', lastName: 'Virtanen', email: 'aino@example.fi' });
  await consentA.recordConsent({
    purpose: 'newsletter',
    state: 'given',
    date: '2026-10-01',
    noticeVersion: 'v3',
  });
  await a.waitUntilUpToDate();

  // The consent reaches the second device through the server.
  await b.openPerson('Virtanen');
  await expect(consentB.consentRow('newsletter')).toHaveAttribute('data-state', 'given', { timeout: 20_000 });

  // B makes a list and adds her: B checks the consent it received.
  await consentB.createList({ name: 'Alumni news', kind: 'newsletter', purpose: 'newsletter' });
  await consentB.addMember('Aino');
  await expect(consentB.members()).toHaveCount(1);
  await b.waitUntilUpToDate();

  // Both devices offline record a change for the same person and purpose: each is its own record,
  // so nothing can be merged away.
  await a.goOffline();
  await b.goOffline();
  await a.openPerson('Virtanen');
  await consentA.recordConsent({
    purpose: 'newsletter',
    state: 'withdrawn',
    date: '2026-11-10',
    source: 'email',
  });
  await b.openPerson('Virtanen');
  await consentB.recordConsent({
    purpose: 'mentoring',
    state: 'given',
    date: '2026-11-12',
    source: 'inPerson',
  });
  await a.goOnline();
  await a.waitUntilUpToDate();
  await b.goOnline();
  await b.waitUntilUpToDate();
  await a.waitUntilUpToDate();

  for (const [client, consent] of [
    [a, consentA],
    [b, consentB],
  ] as const) {
    await client.openPerson('Virtanen');
    await expect(consent.consentRow('newsletter')).toHaveAttribute('data-state', 'withdrawn', {
      timeout: 20_000,
    });
    await expect(consent.consentRow('mentoring')).toHaveAttribute('data-state', 'given');
    await client.page.getByTestId('consent-history-toggle').click();
    await expect(client.page.getByTestId('history-state')).toHaveText(['Given', 'Withdrawn', 'Given']);
    // The membership arrived too, and shows she can no longer be contacted through it.
    await expect(client.page.getByTestId('membership-row')).toHaveAttribute(
      'data-contactability',
      'noConsent',
    );
    expect(await client.missingKeys()).toEqual([]);
  }
});
