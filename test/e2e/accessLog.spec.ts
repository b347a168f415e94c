import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { previewPort } from '../helpers/chromiumLaunch';
import { ImportWizard } from '../helpers/ImportWizard';
import { RegisterPage } from '../helpers/RegisterPage';
import { RightsPanel } from '../helpers/RightsPanel';
import { TwoClientSync } from '../helpers/TwoClientSync';

test.use({ locale: 'en-GB' });

const personIdOf = (page: Page) => decodeURIComponent(new URL(page.url()).hash.split('/')[2] ?? '');
const entries = (page: Page) => page.getByTestId('person-access-log').getByTestId('access-entry');

test('opening, exporting and importing a person are in their access log and their access export', async ({
  page,
}) => {
  const app = new RegisterPage(page);
  const wizard = new ImportWizard(page);
  await page.goto('/');
  await app.createRegister('käyttöloki talvi 31 majakka');
  await app.addPerson({ firstNames: 'Aino', lastName: 'Mäkinen', email: 'aino@example.fi' });
  await app.addPerson({ firstNames: 'Bo', lastName: 'Berg', email: 'bo@example.fi' });
  await app.openPeople();
  await app.openRow('Aino Mäkinen');
  const ainoId = personIdOf(page);
  await expect(entries(page)).toHaveCount(1);
  await expect(entries(page).first()).toHaveAttribute('data-action', 'view');
  await expect(entries(page).first()).toContainText('On this device (not signed in)');

  // Back and forth within minutes is one viewing.
  await app.openPeople();
  await app.openRow('Aino Mäkinen');
  await expect(entries(page)).toHaveCount(1);

  await app.openPeople();
  const exported = await wizard.exportList({ scope: 'all' });
  const file = path.join(tmpdir(), `access-log-${Date.now()}.csv`);
  await writeFile(file, 'First name;Last name;E-mail;Title\nAino;Mäkinen;aino@example.fi;Lecturer\n');
  expect(await wizard.importFile(file)).toMatchObject({ updated: 1 });

  await app.openPeople();
  await app.openRow('Aino Mäkinen');
  await expect(entries(page)).toHaveCount(3);
  await expect(entries(page).nth(0)).toHaveAttribute('data-action', 'import');
  await expect(entries(page).nth(0)).toContainText(path.basename(file));
  await expect(entries(page).nth(1)).toHaveAttribute('data-action', 'export');
  await expect(entries(page).nth(1)).toContainText(`people list export (2 people) · ${exported.name}`);
  await expect(entries(page).nth(2)).toHaveAttribute('data-action', 'view');
  await page.getByTestId('person-access-log').screenshot({ path: '.kontakt-tmp/screens/access-log.png' });

  // Bo was in the export only.
  await app.openPeople();
  await app.openRow('Bo Berg');
  await expect(entries(page)).toHaveCount(2);

  // The person's own data export carries their access log.
  await app.openPeople();
  await app.openRow('Aino Mäkinen');
  const json = JSON.parse(await readFile((await new RightsPanel(page).exportData('json')).path, 'utf8'));
  const accessLog = json.sections.accessLog as { action: string; personId: string; personIds: string[] }[];
  expect(accessLog.map((entry) => entry.action).sort()).toEqual(['export', 'import', 'view']);
  expect(accessLog.find((entry) => entry.action === 'view')?.personId).toBe(ainoId);
  expect(await app.missingKeys()).toEqual([]);
});

test.describe('with the company server', () => {
  test.describe.configure({ timeout: 180_000 });
  let sync: TwoClientSync;

  test.beforeEach(async ({ browser }) => {
    // A coordinator and a staff member: the display names tell their entries apart.
    sync = await TwoClientSync.start({ browser, port: previewPort + 1100, roleOfA: 'coordinator' });
    await sync.setUpDevices();
  });

  test.afterEach(async () => {
    await sync.close();
  });

  test('a viewing on one device reaches the server audit log and the other device', async () => {
    const { a, b } = sync;
    await a.addPerson({ firstNames: 'Eero', lastName: 'Esimerkki', email: 'eero@example.fi' });
    await expect(a.personDetail()).toBeVisible();
    const personId = personIdOf(a.page);
    await a.waitUntilUpToDate();
    // The access log is pulled every few seconds: wait for the server to list the viewing.
    await expect
      .poll(async () => (await sync.serverAudit('view')).filter((row) => row.record_ids.includes(personId)), {
        timeout: 30_000,
      })
      .toEqual([expect.objectContaining({ collection: 'people', user_id: a.user.id })]);
    await b.openPerson('Esimerkki');
    await expect(entries(b.page).filter({ hasText: 'coordinator' })).toHaveCount(1, { timeout: 30_000 });
  });
});
