import { expect, test } from '@playwright/test';
import { previewPort } from '../helpers/chromiumLaunch';
import { clientPassphrase, TwoClientSync } from '../helpers/TwoClientSync';

// Each spec run gets its own sync server port next to the preview port.
const serverPort = previewPort + 1000;
let sync: TwoClientSync;
// Two registers are created (PBKDF2) and synced before each scenario.
test.describe.configure({ timeout: 180_000 });

test.beforeEach(async ({ browser }) => {
  sync = await TwoClientSync.start({ browser, port: serverPort });
  await sync.setUpDevices();
});

test.afterEach(async () => {
  await sync.close();
});

/** A person both devices have, synced before the scenario starts. */
const sharedPerson = async (lastName: string) => {
  const { a, b } = sync;
  await a.addPerson({ firstNames: 'Aino', lastName, email: 'aino@example.fi' });
  await expect(a.personDetail()).toBeVisible();
  await b.searchPeople(lastName);
  await expect(b.rows()).toHaveCount(1, { timeout: 15_000 });
  await a.waitUntilUpToDate();
  await b.waitUntilUpToDate();
};

test('offline edits of different fields on two devices both survive', async () => {
  const { a, b } = sync;
  await sharedPerson('Virtanen');
  await a.goOffline();
  await b.goOffline();
  await a.editPerson('Virtanen', { title: 'Principal lecturer' });
  await b.editPerson('Virtanen', { notes: 'Met at the career fair' });

  await a.goOnline();
  await a.waitUntilUpToDate();
  await b.goOnline();
  await b.waitUntilUpToDate();

  for (const client of [a, b]) {
    await client.openPerson('Virtanen');
    await expect(client.personDetail()).toContainText('Principal lecturer', { timeout: 15_000 });
    await expect(client.page.getByTestId('detail-notes')).toHaveText('Met at the career fair');
    await client.openConflicts();
    await expect(client.page.getByTestId('conflicts-empty')).toBeVisible();
  }
  expect(await a.missingKeys()).toEqual([]);
  expect(await b.missingKeys()).toEqual([]);
});

test('the same field edited on two devices makes a conflict, and the value picked there syncs', async () => {
  const { a, b } = sync;
  await sharedPerson('Korhonen');
  await a.goOffline();
  await b.goOffline();
  await a.editPerson('Korhonen', { title: 'Dean' });
  await b.editPerson('Korhonen', { title: 'Rector' });

  await a.goOnline();
  await a.waitUntilUpToDate();
  await b.goOnline();
  await b.waitUntilUpToDate();

  // B pushed last, so its value stands everywhere and A's is kept in B's conflict record.
  await a.openPerson('Korhonen');
  await expect(a.personDetail()).toContainText('Rector', { timeout: 15_000 });
  await expect(b.page.getByTestId('conflicts-badge')).toContainText('1');
  await b.openConflicts();
  await expect(b.conflicts()).toHaveCount(1);
  const conflict = b.conflicts().first();
  await expect(conflict.getByTestId('conflict-record')).toHaveText('Aino Korhonen');
  await expect(conflict.getByTestId('conflict-kept-value')).toHaveText('Rector');
  await expect(conflict.getByTestId('conflict-other-value')).toHaveText('Dean');
  await expect(conflict.getByTestId('conflict-other')).toContainText('another user');
  await b.page.screenshot({ path: '.kontakt-tmp/screens/sync-conflicts-view.png' });
  await b.syncStatus().hover();
  await expect(b.page.getByRole('tooltip')).toBeVisible();
  await b.page.screenshot({
    path: '.kontakt-tmp/screens/sync-status-tooltip.png',
    clip: { x: 0, y: 0, width: 1280, height: 160 },
  });
  await b.page.getByTestId('nav-settings').click();
  await b.page.getByTestId('signed-in-as').scrollIntoViewIfNeeded();
  await b.page.screenshot({ path: '.kontakt-tmp/screens/sync-settings.png' });
  await b.openConflicts();

  await conflict.getByTestId('conflict-use-other').click();
  await expect(b.page.getByTestId('conflicts-empty')).toBeVisible();
  await b.openPerson('Korhonen');
  await expect(b.personDetail()).toContainText('Dean');
  await a.openPerson('Korhonen');
  await expect(a.personDetail()).toContainText('Dean', { timeout: 15_000 });
  expect(await b.missingKeys()).toEqual([]);
});

test('a deletion on one device removes the person on the other', async () => {
  const { a, b } = sync;
  await sharedPerson('Nieminen');
  await b.addPerson({ firstNames: 'Kalle', lastName: 'Kivinen' });
  await a.searchPeople('Kivinen');
  await expect(a.rows()).toHaveCount(1, { timeout: 15_000 });
  await a.deletePerson('Nieminen');
  // The person is gone on B, the other one is still there, and the server keeps a blank tombstone.
  await b.searchPeople('Nieminen');
  await expect(b.page.getByTestId('no-matches')).toBeVisible({ timeout: 15_000 });
  await b.searchPeople('Kivinen');
  await expect(b.rows()).toHaveCount(1);
  const onServer = (await sync.serverRecords('people')).find(
    (record) => record.lastName === '' && record._deleted,
  );
  expect(onServer).toBeDefined();
});

test('a server stopped during a push loses nothing; the client resumes after restart and after a reload', async () => {
  const { a, b } = sync;
  await sharedPerson('Laine');

  // Hold A's next push until the server is down, so it fails in flight.
  let heldPushes = 0;
  await a.page.route('**/api/v1/sync/people/push', async (route) => {
    heldPushes += 1;
    if (heldPushes === 1) await sync.stopServer();
    await route.continue();
  });
  await a.editPerson('Laine', { title: 'Project manager' });
  await expect(a.syncStatus()).toHaveAttribute('data-status', 'offline', { timeout: 15_000 });
  await a.addPerson({ firstNames: 'Pekka', lastName: 'Salonen' });
  await expect(a.personDetail()).toBeVisible();

  // A reload while the server is down keeps the queue (RxDB's meta data) and resumes from it.
  await a.page.reload();
  await a.unlock(clientPassphrase);
  await expect(a.page.getByTestId('nav-people')).toBeVisible({ timeout: 20_000 });
  await a.addPerson({ firstNames: 'Liisa', lastName: 'Heikkinen' });
  await expect(a.personDetail()).toBeVisible();

  await sync.restartServer();
  await a.waitUntilUpToDate(90_000);
  await b.waitUntilUpToDate(90_000);
  for (const lastName of ['Salonen', 'Heikkinen']) {
    await b.searchPeople(lastName);
    await expect(b.rows()).toHaveCount(1, { timeout: 30_000 });
  }
  await b.openPerson('Laine');
  await expect(b.personDetail()).toContainText('Project manager', { timeout: 15_000 });
  expect(heldPushes).toBeGreaterThanOrEqual(1);
});

test('signing out with "remove" warns about unpushed changes, removes local records and never deletes them on the server', async () => {
  const { a } = sync;
  await sharedPerson('Ojala');
  await a.goOffline();
  await a.addPerson({ firstNames: 'Unto', lastName: 'Lähettämätön' });
  await expect(a.personDetail()).toBeVisible();

  await a.page.getByTestId('nav-settings').click();
  await a.page.getByTestId('sync-sign-out').click();
  await a.page.getByTestId('sign-out-wipe').click();
  // The new person, and the access log's record of opening their page: the log must not vanish unseen.
  await expect(a.page.getByTestId('unpushed-warning')).toHaveAttribute('data-count', '2');
  await expect(a.page.getByTestId('unpushed-warning')).toContainText('2 changes have not reached the server');
  await a.page.getByTestId('confirm-sign-out').click();
  await expect(a.syncStatus()).toHaveAttribute('data-status', 'signedOut');
  await a.page.getByTestId('nav-people').click();
  await expect(a.page.getByTestId('empty-state')).toBeVisible();

  // The removals stayed local: the server still has the synced person, and signing in brings it back.
  const onServer = await sync.serverRecords('people');
  expect(onServer.filter((record) => record.lastName === 'Ojala' && !record._deleted)).toHaveLength(1);
  await a.goOnline();
  await a.signIn(sync.url);
  await a.searchPeople('Ojala');
  await expect(a.rows()).toHaveCount(1, { timeout: 20_000 });
  expect(await a.missingKeys()).toEqual([]);
});
