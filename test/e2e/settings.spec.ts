import { expect, test } from '@playwright/test';
import { RegisterPage } from '../helpers/RegisterPage';
import { SettingsPage } from '../helpers/SettingsPage';
import { readEnvelope, snapshotStoredRegister } from '../helpers/storedCiphertext';

const passphrase = 'kahvi sade polku 42 ikkuna';
const newPassphrase = 'lumi ranta kirja 17 laituri';
test.use({ locale: 'en-GB' });

test('a changed passphrase re-wraps only the key: the old one fails, the new one opens the same data', async ({
  page,
}) => {
  const app = new RegisterPage(page);
  const settings = new SettingsPage(page);
  await page.goto('/');
  await app.createRegister(passphrase);
  await app.addPerson({ firstNames: 'Matti', lastName: 'Mäkinen' });
  await expect(page.getByTestId('person-detail')).toBeVisible();
  await settings.open();

  const envelope = await readEnvelope(page);
  await settings.changePassphrase('not the passphrase', newPassphrase);
  await expect(page.locator('input[name=currentPassphrase]')).toHaveAttribute('aria-invalid', 'true');
  expect(await readEnvelope(page)).toBe(envelope);

  const before = await snapshotStoredRegister(page);
  await settings.changePassphrase(passphrase, newPassphrase);
  await expect(page.getByRole('status').filter({ hasText: 'The passphrase was changed.' })).toBeVisible();
  await expect(page.locator('input[name=currentPassphrase]')).toHaveValue('');
  const changed = await readEnvelope(page);
  expect(changed).not.toBe(envelope);
  expect(JSON.parse(changed!).registerId).toBe(JSON.parse(envelope!).registerId);
  expect(await snapshotStoredRegister(page)).toEqual(before);

  await app.lockNow();
  await app.unlock(passphrase);
  await expect(page.getByTestId('unlock-error')).toBeVisible();
  await app.unlock(newPassphrase);
  await app.expectUnlocked();
  await app.openPeople();
  await expect(app.rows()).toHaveCount(1);
  await expect(app.rows().first()).toContainText('Matti Mäkinen');
});

test('the language switch changes the UI at once and is remembered on the next start', async ({ page }) => {
  const app = new RegisterPage(page);
  const settings = new SettingsPage(page);
  await page.goto('/');
  await app.createRegister(passphrase);
  await settings.open();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');

  await settings.chooseLanguage('Svenska');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inställningar');
  await expect(page.getByTestId('nav-people')).toHaveText('Personer');
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lås upp registret');
  await app.unlock(passphrase);
  await app.expectUnlocked();
  await expect(page.getByTestId('nav-settings')).toHaveText('Inställningar');

  await settings.open();
  await settings.chooseLanguage('Suomi');
  await expect(page.getByTestId('nav-people')).toHaveText('Henkilöt');
  expect(await app.missingKeys()).toEqual([]);
});

test('the theme switch turns the app dark and light and is remembered', async ({ page }) => {
  const app = new RegisterPage(page);
  const settings = new SettingsPage(page);
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await app.createRegister(passphrase);
  await settings.open();
  const light = await background();

  await settings.chooseTheme('dark');
  await expect.poll(background).not.toBe(light);
  const dark = await background();
  await page.reload();
  await expect.poll(background).toBe(dark);
  await app.unlock(passphrase);
  await app.expectUnlocked();

  // The app bar button toggles the same preference.
  await page.getByRole('button', { name: 'Switch between light and dark theme' }).click();
  await expect.poll(background).toBe(light);
  await settings.open();
  await expect(page.getByTestId('settings-theme')).toHaveText('Light');
  await settings.chooseTheme('system');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(background).toBe(dark);
});

test('the register locks itself after the chosen idle time, and activity postpones it', async ({ page }) => {
  const app = new RegisterPage(page);
  const settings = new SettingsPage(page);
  await page.clock.install();
  await page.goto('/');
  await app.createRegister(passphrase);
  await settings.open();
  await settings.chooseAutoLock('5 minutes');

  await page.clock.fastForward('04:00');
  await page.mouse.move(200, 300);
  await page.mouse.move(220, 320);
  await page.clock.fastForward('02:00');
  // Locking is asynchronous; give a wrongly triggered lock the time to show before checking it did not.
  await page.waitForTimeout(500);
  await expect(page.getByTestId('locked-notice')).toHaveCount(0);
  await expect(page.getByTestId('nav-people')).toBeVisible();

  await page.clock.fastForward('03:10');
  await expect(page.getByTestId('locked-notice')).toHaveText(
    'The register was locked because it was not used for a while.',
  );

  // The setting is part of the encrypted register and survives the lock.
  await app.unlock(passphrase);
  await app.expectUnlocked();
  await page.clock.fastForward('05:10');
  await expect(page.getByTestId('locked-notice')).toBeVisible();

  await app.unlock(passphrase);
  await app.expectUnlocked();
  await settings.open();
  await settings.chooseAutoLock('Never');
  await page.clock.fastForward('08:00:00');
  await page.waitForTimeout(500);
  await expect(page.getByTestId('locked-notice')).toHaveCount(0);
  await expect(page.getByTestId('change-passphrase')).toBeVisible();
});

test('a custom category can be added, used on a person, filtered by, and turned off', async ({ page }) => {
  const app = new RegisterPage(page);
  const settings = new SettingsPage(page);
  await page.goto('/');
  await app.createRegister(passphrase);
  await settings.open();
  await settings.addCategory('person', 'Mentor');
  const section = page.getByTestId('categories-person');
  await section.getByRole('textbox').fill('mentor');
  await section.getByRole('button').click();
  await expect(section.getByText('That category already exists.')).toBeVisible();

  await app.startNewPerson();
  await app.fillPerson({ firstNames: 'Maija', lastName: 'Mentori' });
  await page.locator('input[name=categories]').click();
  await page.getByRole('option', { name: 'Mentor' }).click();
  await page.keyboard.press('Escape');
  await app.save();
  await expect(page.getByTestId('person-detail')).toContainText('Mentor');
  await app.addPerson({ firstNames: 'Ville', lastName: 'Virtanen' });
  await expect(page.getByTestId('person-detail')).toBeVisible();

  await app.reloadAndUnlock(passphrase);
  await app.openPeople();
  await page.getByTestId('category-filter').click();
  await page.getByRole('option', { name: 'Mentor' }).click();
  await expect(app.rows()).toHaveCount(1);
  await expect(app.rows().first()).toContainText('Maija Mentori');

  // Turned off, the category leaves the form's choices but the person keeps it.
  await settings.open();
  // The box follows the saved settings, so it turns off once the write is done.
  await section.getByRole('checkbox', { name: 'Mentor' }).click();
  await expect(section.getByRole('checkbox', { name: 'Mentor' })).not.toBeChecked();
  await app.searchPeople('mentori');
  await app.openRow('Maija Mentori');
  await expect(page.getByTestId('person-detail')).toContainText('Mentor');
  await app.startNewPerson();
  await page.locator('input[name=categories]').click();
  await expect(page.getByRole('option', { name: 'Lecturer' })).toBeVisible();
  await expect(page.getByRole('option', { name: 'Mentor' })).toHaveCount(0);
});
