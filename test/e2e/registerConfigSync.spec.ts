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
const serverPort = previewPort + 1300;

const readOnlyFeatures = ['relations', 'consent', 'retention', 'registerDescription'] as const;

let sync: TwoClientSync;

test.beforeEach(async ({ browser }) => {
  sync = await TwoClientSync.start({ browser, port: serverPort, roleOfA: 'admin' });
});

test.afterEach(async () => {
  await sync?.close();
});

test("an admin's custom relation type reaches a staff user's device, read-only in Settings and as the label of a relation; the server refuses the staff user's configuration", async () => {
  await sync.setUpDevices();
  const { a: admin, b: staff } = sync;

  // Device A (admin): the feature settings are editable; a custom relation type is added.
  const adminSettings = new SettingsPage(admin.page);
  await adminSettings.open();
  for (const feature of readOnlyFeatures)
    await expect(admin.page.getByTestId(`feature-read-only-${feature}`)).toHaveCount(0);
  const adminTypes = admin.page.getByTestId('relation-type-settings');
  await admin.page.fill('input[name=relationForward]', 'Patron of');
  await admin.page.fill('input[name=relationInverse]', 'Patron');
  await adminTypes.getByRole('button', { name: 'Add type' }).click();
  await expect(adminTypes).toContainText('Patron of / Patron');

  // A relation of that type, made on the admin's device.
  await admin.addPerson({ firstNames: 'Aino', lastName: 'Mäkinen' });
  await admin.addOrganisation({ name: 'Alumniyhdistys ry' });
  await admin.openPerson('Mäkinen');
  await admin.page.getByTestId('relations-panel').getByTestId('relation-add').click();
  await admin.page.getByTestId('relation-dialog').getByRole('combobox', { name: 'Relation' }).click();
  await admin.page.getByRole('option', { name: 'Patron of', exact: true }).click();
  await admin.page.fill('input[name=relationOther]', 'alumni');
  await admin.page.getByRole('option', { name: 'Alumniyhdistys ry' }).click();
  await admin.page.getByTestId('relation-save').click();
  await expect(admin.page.getByTestId('relation')).toHaveText([/^Patron of Alumniyhdistys ry/]);
  await admin.waitUntilUpToDate();

  // The server holds the configuration as the admin's record.
  await expect
    .poll(
      async () =>
        (await sync.serverRecords('registerConfigs'))
          .filter((record) => record.id === 'relations')
          .map((record) => record.value as string)
          .join(''),
      { timeout: 30_000 },
    )
    .toContain('Patron of');
  const stored = await sync.serverRecords('registerConfigs');
  expect(new Set(stored.map((record) => record.updatedBy))).toEqual(new Set([admin.user.id]));

  // Device B (staff): the type arrives with the next poll and Settings shows it read-only.
  const staffSettings = new SettingsPage(staff.page);
  await staffSettings.open();
  const staffTypes = staff.page.getByTestId('relation-type-settings');
  await expect(staffTypes).toContainText('Patron of / Patron', { timeout: 30_000 });
  for (const feature of readOnlyFeatures)
    await expect(staff.page.getByTestId(`feature-read-only-${feature}`)).toBeVisible();
  await expect(staff.page.locator('input[name=relationForward]')).toHaveCount(0);
  await expect(staffTypes.getByRole('button', { name: 'Add type' })).toHaveCount(0);
  await expect(staffTypes.locator('.MuiChip-deleteIcon')).toHaveCount(0);
  await staffTypes.scrollIntoViewIfNeeded();
  await staff.page.screenshot({ path: '.kontakt-tmp/screens/feature-settings-read-only.png' });
  await expect(staff.page.locator('input[name=newPurpose]')).toHaveCount(0);
  await expect(staff.page.getByTestId('add-retention-rule')).toHaveCount(0);
  await expect(staff.page.getByTestId('save-description')).toHaveCount(0);

  // The admin's relation shows with the custom type's labels at both ends, not its key.
  await staff.openPerson('Mäkinen');
  await expect(staff.page.getByTestId('relation')).toHaveText([/^Patron of Alumniyhdistys ry/], {
    timeout: 30_000,
  });
  await staff.page.getByTestId('relations-panel').getByRole('link', { name: 'Alumniyhdistys ry' }).click();
  await expect(staff.page.getByTestId('relation')).toHaveText([/^Patron Aino Mäkinen/]);

  // Were the staff user to push configuration, the server refuses it and writes nothing.
  const login = await fetch(`${sync.url}${apiBasePath}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [clientVersionHeader]: testClientVersion },
    body: JSON.stringify({ username: staff.user.username, password: staff.user.password }),
  });
  const { token } = (await login.json()) as LoginResponse;
  const pushed = await createApiClient(sync.url, token).push('registerConfigs', [
    {
      newDocumentState: {
        id: 'consent',
        status: 'active',
        owningUnit: 'main',
        createdAt: 1,
        updatedAt: 1,
        feature: 'consent',
        value: JSON.stringify({
          purposes: [{ key: 'custom-staff', label: 'Staff purpose', isEnabled: true }],
        }),
        createdBy: '',
        updatedBy: '',
        _deleted: false,
      },
    },
  ]);
  expect(pushed).toEqual({ status: 403, body: { error: 'forbidden' } });
  expect((await sync.serverRecords('registerConfigs')).map((record) => record.id)).toEqual(
    stored.map((record) => record.id),
  );
  // The staff device is still in sync: it has nothing the server refused waiting to be pushed.
  await staff.waitUntilUpToDate();
  expect(await staff.missingKeys()).toEqual([]);
});
