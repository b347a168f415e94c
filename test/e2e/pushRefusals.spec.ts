import { expect, test } from '@playwright/test';
import type { WireDocument } from '../../shared/sync/syncProtocol';
import { previewPort } from '../helpers/chromiumLaunch';
import { storedDocuments } from '../helpers/storedDocuments';
import { expectScreenFullyTranslated } from '../helpers/screenTexts';
import { clientPassphrase, TwoClientSync } from '../helpers/TwoClientSync';

// A sync server port of its own next to the preview port (others use +1000, +1001, +1002, +1100).
const serverPort = previewPort + 1003;
let sync: TwoClientSync;
test.use({ locale: 'en-GB' });
test.describe.configure({ timeout: 180_000 });

test.beforeEach(async ({ browser }) => {
  sync = await TwoClientSync.start({ browser, port: serverPort });
  await sync.setUpDevices();
});

test.afterEach(async () => {
  await sync.close();
});

test('a change refused as out of scope does not block the others, is kept across a reload, and "Discard my change" clears it', async () => {
  const { a } = sync;
  await a.addPerson({ firstNames: 'Mikko', lastName: 'Siirtola', email: 'mikko@example.fi' });
  await a.addPerson({ firstNames: 'Pia', lastName: 'Pysyvä', email: 'pia@example.fi' });
  await a.waitUntilUpToDate();

  await a.goOffline();
  await a.editPerson('Siirtola', { title: 'Edited offline' });
  await a.editPerson('Pysyvä', { title: 'Also offline' });

  // Meanwhile an admin moves Siirtola to a unit A's user is not a member of.
  const admin = await sync.adminApi();
  expect((await admin.post('/admin/units', { id: 'south', name: 'South' })).status).toBe(201);
  const moved = (await sync.serverRecords('people')).find((person) => person.lastName === 'Siirtola')!;
  const assumed = { ...moved, _deleted: false } as WireDocument;
  const push = await admin.push('people', [
    { newDocumentState: { ...assumed, owningUnit: 'south' }, assumedMasterState: assumed },
  ]);
  expect(push).toMatchObject({ status: 200, body: { conflicts: [] } });

  await a.goOnline();
  await expect(a.syncStatus()).toHaveAttribute('data-status', 'refused', { timeout: 30_000 });
  await expect(a.syncStatus()).toContainText('1 change refused');

  // The other change of the same collection reached the server; the refused one did not.
  const titleOnServer = async (lastName: string) =>
    (await sync.serverRecords('people')).find((person) => person.lastName === lastName)?.title;
  await expect.poll(() => titleOnServer('Pysyvä'), { timeout: 20_000 }).toBe('Also offline');
  expect(await titleOnServer('Siirtola')).not.toBe('Edited offline');
  const onServer = (await sync.serverRecords('people')).find((person) => person.lastName === 'Siirtola')!;
  expect(onServer).toMatchObject({ owningUnit: 'south', _deleted: false });

  // Later changes of that collection still sync.
  await a.editPerson('Pysyvä', { title: 'Edited online' });
  await expect
    .poll(
      async () => (await sync.serverRecords('people')).find((person) => person.lastName === 'Pysyvä')?.title,
      {
        timeout: 20_000,
      },
    )
    .toBe('Edited online');

  const expectRefusalShown = async () => {
    // The indicator links to Conflicts only while it reads "refused"; a push just made reads "syncing"
    // for a moment and links to Settings → Sync.
    await expect(a.syncStatus()).toHaveAttribute('data-status', 'refused', { timeout: 30_000 });
    await a.syncStatus().click();
    await expect(a.refusals()).toHaveCount(1, { timeout: 15_000 });
    const refusal = a.refusals().first();
    await expect(refusal.getByTestId('refusal-record')).toHaveText('Mikko Siirtola');
    await expect(refusal).toHaveAttribute('data-reason', 'outOfScope');
    await expect(refusal.getByTestId('refusal-reason')).toContainText('a unit you are not a member of');
    await expect(a.page.getByTestId('conflicts-badge')).toContainText('1');
  };
  await expectRefusalShown();
  await expectScreenFullyTranslated(a.page, 'Refused change (en)');
  // The refused local version stays on the device although the server has since moved the record away.
  await a.openPerson('Siirtola');
  await expect(a.personDetail()).toContainText('Edited offline');

  // Kept encrypted at rest like every conflict: neither the name nor the refused value is readable.
  const storedRefusals = (await storedDocuments(a.page, 'conflicts')).join('\n');
  expect(storedRefusals).toContain(String(moved.id));
  expect(storedRefusals).not.toContain('Siirtola');
  expect(storedRefusals).not.toContain('Edited offline');

  // Stored on the device: a reload (unlock again) still shows it.
  await a.reloadAndUnlock(clientPassphrase);
  await expect(a.syncStatus()).toHaveAttribute('data-status', 'refused', { timeout: 30_000 });
  await expectRefusalShown();
  await a.page.screenshot({ path: '.kontakt-tmp/screens/refused-change.png' });

  await a.refusals().first().getByTestId('refusal-discard').click();
  await expect(a.refusals()).toHaveCount(0);
  await a.waitUntilUpToDate();
  // The record is outside A's scope now: it is gone from this device, and nothing was pushed for it.
  await a.searchPeople('Siirtola');
  await expect(a.rows()).toHaveCount(0);
  expect((await sync.serverRecords('people')).find((person) => person.lastName === 'Siirtola')).toMatchObject(
    {
      owningUnit: 'south',
      title: '',
      _deleted: false,
    },
  );
  await a.reloadAndUnlock(clientPassphrase);
  await a.waitUntilUpToDate();
  expect(await a.missingKeys()).toEqual([]);
});
