import { fileURLToPath } from 'node:url';
import { expect, test, type Browser } from '@playwright/test';
import { AdminConsolePage } from '../helpers/AdminConsolePage';
import { previewPort } from '../helpers/chromiumLaunch';
import { startTestServer, type TestServer, type TestUser } from '../helpers/server/startTestServer';
import { clientPassphrase, SyncClient } from '../helpers/TwoClientSync';

// Several devices, a server and PBKDF2 per register: slower than single-device specs on a loaded machine.
test.describe.configure({ timeout: 180_000 });

// The server serves the built app, so each device loads Kontakt from the server's own origin.
const builtAppDirectory = fileURLToPath(new URL('../../dist/renderer', import.meta.url));
// Next to the preview port and apart from the two-client spec's server port.
const serverPort = previewPort + 1002;
const staffPassword = 'vihreä kettu hyppää aidan yli 42';

let server: TestServer;
let admin: SyncClient;
let adminConsole: AdminConsolePage;
const devices: SyncClient[] = [];

/** A new browser context (own IndexedDB) with a new register, signed in to the server as `user`. */
const signedInDevice = async (browser: Browser, name: string, user: TestUser) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[${name}] ${error.message}`));
  const device = new SyncClient(name, context, page, user);
  devices.push(device);
  page.on('response', (response) => {
    if (response.ok() && /\/sync\/\w+\/stream$/.test(new URL(response.url()).pathname))
      openStreams.set(page, (openStreams.get(page) ?? 0) + 1);
  });
  await page.goto(`${server.url}/`);
  await device.createRegister(clientPassphrase);
  await device.signIn(server.url);
  await device.waitUntilUpToDate();
  return device;
};

const openStreams = new WeakMap<object, number>();

/**
 * Waits until the device's three change streams are open and the pulls their RESYNC starts are done,
 * so what follows is noticed through the live stream and not by a pull that happened to be under way.
 */
const untilStreamsSettle = async (device: SyncClient) => {
  await expect.poll(() => openStreams.get(device.page) ?? 0, { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
  await device.waitUntilUpToDate();
  await device.page.waitForTimeout(1_500);
};

const staffUser = (username: string): TestUser => ({
  id: '',
  username,
  displayName: '',
  role: 'staff',
  units: ['main'],
  password: staffPassword,
});

test.beforeEach(async ({ browser }) => {
  server = await startTestServer({ port: serverPort, staticDirectory: builtAppDirectory });
  const adminUser = await server.createUser({ role: 'admin', units: ['main'], username: 'ada' });
  admin = await signedInDevice(browser, 'admin', adminUser);
  adminConsole = new AdminConsolePage(admin.page);
});

test.afterEach(async () => {
  await Promise.all(devices.splice(0).map((device) => device.context.close()));
  await server.stop();
});

test('an admin creates a staff user who signs in, and ending their sessions signs them out', async ({
  browser,
}) => {
  await adminConsole.open();
  await adminConsole.createUser({
    username: 'sanna',
    displayName: 'Sanna Staff',
    units: ['main'],
    password: staffPassword,
  });
  await expect(adminConsole.userRow('sanna')).toContainText('Staff member');
  await expect(adminConsole.userRow('sanna')).toContainText('main');

  const staff = await signedInDevice(browser, 'staff', staffUser('sanna'));
  await expect(staff.page.getByTestId('signed-in-as')).toContainText('Sanna Staff');

  await untilStreamsSettle(staff);
  await adminConsole.revokeSessions('sanna');
  await expect(admin.page.getByRole('status')).toContainText('session');
  // The open change streams close once the server revokes the token; the client reports it.
  await expect(staff.syncStatus()).toHaveAttribute('data-status', 'signedOut', { timeout: 20_000 });
  await staff.page.getByTestId('nav-settings').click();
  await expect(staff.page.getByText('Your session has ended')).toBeVisible();
  // The admin's own session is untouched.
  await expect(admin.syncStatus()).not.toHaveAttribute('data-status', 'signedOut');
  expect(await admin.missingKeys()).toEqual([]);
  expect(await staff.missingKeys()).toEqual([]);
});

test('a non-admin never sees Administration and a typed address to it is refused', async ({ browser }) => {
  await server.createUser({ role: 'staff', units: ['main'], username: 'stina', password: staffPassword });
  const staff = await signedInDevice(browser, 'staff', staffUser('stina'));
  // The admin's entry appears once the role is known; by then the staff member's would have too.
  await expect(adminConsole.navEntry()).toBeVisible({ timeout: 20_000 });
  await expect(staff.page.getByTestId('nav-people')).toBeVisible();
  await expect(staff.page.getByTestId('nav-admin')).toHaveCount(0);

  await staff.page.goto(`${server.url}/#/admin`);
  await expect(staff.page.getByTestId('admin-not-allowed')).toHaveText(
    'You are not allowed to open this page. Only administrators signed in to a Kontakt server can.',
  );
  await expect(staff.page.getByTestId('admin-users')).toHaveCount(0);
  await new AdminConsolePage(staff.page).chooseLanguage('Suomi');
  await expect(staff.page.getByTestId('admin-not-allowed')).toContainText('Sinulla ei ole oikeutta');
  expect(await staff.missingKeys()).toEqual([]);
});

test('resetting a password makes the old one fail; edits change role and disable; duplicates and short passwords are refused', async () => {
  const target = await server.createUser({ role: 'staff', units: ['main'], username: 'sakari' });
  const oldToken = await server.login('sakari', target.password);
  await adminConsole.open();

  // A duplicate username comes back as 409 and is shown at the field; nothing is created.
  await adminConsole.submitNewUser({ username: 'sakari', displayName: 'Toinen', password: staffPassword });
  const dialog = admin.page.getByRole('dialog');
  await expect(dialog.getByText('This username is already taken.')).toBeVisible();
  await dialog.locator('input[name=username]').fill('saara');
  await dialog.locator('input[name=password]').fill('lyhyt');
  await admin.page.getByTestId('user-save').click();
  await expect(dialog.getByText('The password must have at least 12 characters.')).toBeVisible();
  await admin.page.screenshot({ path: test.info().outputPath('user-dialog-en.png') });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(adminConsole.userRow('saara')).toHaveCount(0);
  const usernames = await server.sql.query<{ username: string }>('select username from users order by 1');
  expect(usernames.map((row) => row.username)).toEqual(['ada', 'sakari']);

  const newPassword = 'uusi salasana on pitkä 2026';
  await adminConsole.resetPassword('sakari', newPassword);
  await expect(admin.page.getByRole('status')).toContainText('sessions have ended');

  const anonymous = server.client();
  const withOld = await anonymous.post('/auth/login', { username: 'sakari', password: target.password });
  expect(withOld.status).toBe(401);
  const withNew = await anonymous.post('/auth/login', { username: 'sakari', password: newPassword });
  expect(withNew.status).toBe(200);
  // The reset also ended the session made with the old password.
  expect((await server.client(oldToken).get('/auth/me')).status).toBe(401);

  // Editing: another role, and the account disabled, which refuses even the new password.
  await adminConsole.userRow('sakari').getByTestId('user-edit').click();
  await admin.page.getByRole('dialog').getByRole('combobox').click();
  await admin.page.getByTestId('role-option-coordinator').click();
  await admin.page.getByRole('dialog').locator('input[name=isDisabled]').check();
  await admin.page.getByTestId('user-save').click();
  await expect(admin.page.getByRole('dialog')).toBeHidden();
  await expect(adminConsole.userRow('sakari')).toContainText('Coordinator');
  await expect(adminConsole.userRow('sakari')).toHaveAttribute('data-disabled', 'true');
  expect((await anonymous.post('/auth/login', { username: 'sakari', password: newPassword })).status).toBe(
    401,
  );
  const stored = await server.sql.query<{ role: string; is_disabled: boolean }>(
    "select role, is_disabled from users where username = 'sakari'",
  );
  expect(stored).toEqual([{ role: 'coordinator', is_disabled: true }]);
  expect(await admin.missingKeys()).toEqual([]);
});

test('the access log of a person lists its creation and a pull by another user', async ({
  browser,
}, testInfo) => {
  // Screenshots only: the dialog fades in.
  const settleDialog = () => expect(admin.page.locator('.MuiDialog-container')).toHaveCSS('opacity', '1');
  await admin.addPerson({ firstNames: 'Aino', lastName: 'Auditoitu', email: 'aino@example.fi' });
  await expect(admin.personDetail()).toBeVisible();
  await admin.waitUntilUpToDate();

  await server.createUser({ role: 'staff', units: ['main'], username: 'sanna', password: staffPassword });
  const staff = await signedInDevice(browser, 'staff', staffUser('sanna'));
  await staff.openPerson('Auditoitu');
  // The staff member is no admin: no access log on the detail page.
  await expect(staff.page.getByTestId('open-access-log')).toHaveCount(0);

  await admin.openPerson('Auditoitu');
  await adminConsole.openAccessLog();
  await expect(adminConsole.accessLogRows('create')).toHaveCount(1);
  await expect(adminConsole.accessLogRows('create')).toContainText('admin (ada)');
  await expect(adminConsole.accessLogRows('create')).toContainText('Created');
  const staffPull = adminConsole.accessLogRows('pull').filter({ hasText: 'staff (sanna)' });
  await expect(staffPull.first()).toContainText('Fetched by sync');
  // Newest first: the creation is the last row.
  await expect(adminConsole.accessLogRows().last()).toHaveAttribute('data-operation', 'create');
  await settleDialog();
  await admin.page.screenshot({ path: testInfo.outputPath('access-log-en.png') });

  await admin.page.getByTestId('access-log-reload').click();
  await expect(adminConsole.accessLogRows('auditRead').first()).toContainText('Read the access log');
  await admin.page.keyboard.press('Escape');
  await adminConsole.chooseLanguage('Suomi');
  await adminConsole.openAccessLog();
  await expect(adminConsole.accessLogRows('create')).toContainText('Luotu');
  await settleDialog();
  await admin.page.screenshot({ path: testInfo.outputPath('access-log-fi.png') });
  await admin.page.keyboard.press('Escape');

  await adminConsole.open();
  await expect(adminConsole.userRow('sanna')).toContainText('Henkilöstö');
  await admin.page.screenshot({ path: testInfo.outputPath('admin-fi.png'), fullPage: true });
  await adminConsole.chooseLanguage('English');
  await admin.page.screenshot({ path: testInfo.outputPath('admin-en.png'), fullPage: true });
  expect(await admin.missingKeys()).toEqual([]);
});

test('an admin adds a unit, shares a person with it and stops sharing; the unit’s member sees it come and go', async ({
  browser,
}, testInfo) => {
  await adminConsole.open();
  await adminConsole.createUnit('main', 'Duplicate');
  await expect(admin.page.getByTestId('admin-units')).toContainText('A unit with this ID already exists.');
  await adminConsole.createUnit('tki', 'Tutkimus ja kehitys');
  await expect(adminConsole.unitRow('tki')).toContainText('Tutkimus ja kehitys');
  await admin.page.screenshot({ path: testInfo.outputPath('admin-units-en.png'), fullPage: true });

  await admin.addPerson({ firstNames: 'Jaana', lastName: 'Jaettava' });
  await expect(admin.personDetail()).toBeVisible();
  await admin.waitUntilUpToDate();
  await server.createUser({ role: 'staff', units: ['tki'], username: 'tuomas', password: staffPassword });
  const member = await signedInDevice(browser, 'tki member', { ...staffUser('tuomas'), units: ['tki'] });
  await member.page.getByTestId('nav-people').click();
  const sharedPerson = member.page.getByText('Jaettava');
  await expect(member.page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(sharedPerson).toHaveCount(0);

  await adminConsole.shareWithUnit('Tutkimus ja kehitys (tki)');
  await expect(sharedPerson).toBeVisible({ timeout: 20_000 });
  await admin.page.screenshot({ path: testInfo.outputPath('sharing-en.png') });

  await adminConsole.stopSharing();
  await adminConsole.closeSharing();
  await expect(sharedPerson).toHaveCount(0, { timeout: 20_000 });

  await adminConsole.openAccessLog();
  await expect(adminConsole.accessLogRows('shareGrant')).toContainText('unit tki');
  await expect(adminConsole.accessLogRows('shareRevoke')).toContainText('Sharing ended');
  expect(await admin.missingKeys()).toEqual([]);
  expect(await member.missingKeys()).toEqual([]);
});
