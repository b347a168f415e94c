import { expect, test } from '@playwright/test';
import { previewPort } from '../helpers/chromiumLaunch';
import { createApiClient, testClientVersion } from '../helpers/server/ApiClient';
import { SettingsPage } from '../helpers/SettingsPage';
import { TwoClientSync } from '../helpers/TwoClientSync';
import { apiBasePath, clientVersionHeader, type LoginResponse } from '../../shared/sync/syncProtocol';

test.use({ locale: 'en-GB' });
// Two devices, a server and PBKDF2 per register: slower than single-device specs on a loaded machine.
test.describe.configure({ timeout: 240_000 });

// Apart from the other two-client specs' server ports.
const serverPort = previewPort + 1200;

let sync: TwoClientSync;

test.beforeEach(async ({ browser }) => {
  sync = await TwoClientSync.start({ browser, port: serverPort, roleOfA: 'admin' });
});

test.afterEach(async () => {
  await sync?.close();
});

test("an admin's categories reach a staff user's device, where categories and tags are read-only and the server refuses the staff user's category", async () => {
  await sync.setUpDevices();
  const { a: admin, b: staff } = sync;

  // The admin's device seeded the server's vocabulary from its settings once its first exchange was done.
  await expect
    .poll(async () => (await sync.serverRecords('categories')).length, { timeout: 30_000 })
    .toBe(17);

  const adminSettings = new SettingsPage(admin.page);
  await adminSettings.open();
  await expect(admin.page.getByTestId('categories-read-only')).toHaveCount(0);
  await adminSettings.addCategory('person', 'Board members');
  const adminPeople = admin.page.getByTestId('categories-person');
  // click, not uncheck: the box follows the stored record, which a loaded machine writes after
  // Playwright's immediate state check.
  await adminPeople.getByRole('checkbox', { name: 'Donor' }).click();
  await expect(adminPeople.getByRole('checkbox', { name: 'Donor' })).not.toBeChecked();
  await admin.waitUntilUpToDate();
  await expect
    .poll(async () => (await sync.serverRecords('categories')).map((record) => record.label), {
      timeout: 30_000,
    })
    .toContain('Board members');

  // Device B (staff): the vocabulary arrives with the next poll; Settings shows it read-only.
  const staffSettings = new SettingsPage(staff.page);
  await staffSettings.open();
  const staffPeople = staff.page.getByTestId('categories-person');
  await expect(staffPeople.getByRole('checkbox', { name: 'Board members' })).toBeChecked({ timeout: 30_000 });
  await expect(staffPeople.getByRole('checkbox', { name: 'Board members' })).toBeDisabled();
  await expect(staffPeople.getByRole('checkbox', { name: 'Donor' })).not.toBeChecked();
  await expect(staffPeople.getByRole('checkbox', { name: 'Donor' })).toBeDisabled();
  await expect(staff.page.getByTestId('categories-read-only')).toBeVisible();
  await expect(staff.page.getByTestId('tags-read-only')).toBeVisible();
  await expect(staffPeople.getByRole('textbox')).toHaveCount(0);
  await expect(staff.page.locator('input[name=new-tag]')).toHaveCount(0);

  // The person form offers the admin's category, and no longer the disabled one; a staff user uses it.
  await staff.startNewPerson();
  await staff.fillPerson({ firstNames: 'Hanna', lastName: 'Hallitus' });
  await staff.page.locator('input[name=categories]').click();
  await expect(staff.page.getByRole('option', { name: 'Lecturer' })).toBeVisible();
  await expect(staff.page.getByRole('option', { name: 'Donor' })).toHaveCount(0);
  await staff.page.getByRole('option', { name: 'Board members' }).click();
  await staff.page.keyboard.press('Escape');
  await staff.save();
  await expect(staff.page.getByTestId('person-detail')).toContainText('Board members');

  // Every category on the server was written by the admin: the staff device never pushed one.
  const stored = await sync.serverRecords('categories');
  expect(stored.length).toBe(18);
  expect(new Set(stored.map((record) => record.updatedBy))).toEqual(new Set([admin.user.id]));

  // And were the staff user to push one, the server refuses it and writes nothing.
  const login = await fetch(`${sync.url}${apiBasePath}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [clientVersionHeader]: testClientVersion },
    body: JSON.stringify({ username: staff.user.username, password: staff.user.password }),
  });
  const { token } = (await login.json()) as LoginResponse;
  const pushed = await createApiClient(sync.url, token).push('categories', [
    {
      newDocumentState: {
        id: 'person:custom-staff001',
        status: 'active',
        owningUnit: 'main',
        createdAt: 1,
        updatedAt: 1,
        scope: 'person',
        key: 'custom-staff001',
        label: 'Staff list',
        isBuiltIn: false,
        isEnabled: true,
        position: 20,
        createdBy: '',
        updatedBy: '',
        _deleted: false,
      },
    },
  ]);
  expect(pushed).toEqual({ status: 403, body: { error: 'forbidden' } });
  expect((await sync.serverRecords('categories')).length).toBe(18);
  // The staff device is still in sync: it has nothing the server refused waiting to be pushed.
  await staff.waitUntilUpToDate();
});
