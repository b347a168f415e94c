import { expect, test } from '@playwright/test';
import { RegisterPage } from '../helpers/RegisterPage';
import {
  readEnvelope,
  revertTamper,
  snapshotStoredRegister,
  tamperStoredCiphertext,
} from '../helpers/storedCiphertext';

const passphrase = 'kahvi sade polku 42 ikkuna';
test.use({ locale: 'en-GB' });

test('a tampered ciphertext shows the damaged-register screen and nothing is overwritten', async ({
  page,
}) => {
  const app = new RegisterPage(page);
  await page.goto('/');
  await app.createRegister(passphrase);
  await app.addPerson({ firstNames: 'Matti', lastName: 'Mäkinen', email: 'matti@example.fi' });
  await app.addPerson({ firstNames: 'Anna', lastName: 'Öberg' });
  await expect(page.getByTestId('person-detail')).toBeVisible();
  await app.lockNow();
  const envelope = await readEnvelope(page);
  expect(envelope).not.toBeNull();

  const tamper = await tamperStoredCiphertext(page, 'people');
  const tampered = await snapshotStoredRegister(page);
  expect(Object.values(tampered).filter((stored) => stored.includes(tamper.original))).toEqual([]);
  expect(Object.keys(tampered).length).toBeGreaterThan(2);
  await app.unlock(passphrase);
  const failure = page.getByTestId('open-failed');
  await expect(failure).toHaveAttribute('data-kind', 'corrupted');
  await expect(failure).toContainText('damaged or altered');
  // The error's developer message (English, with record ids) is for logs, not for the screen.
  await expect(page.locator('body')).not.toContainText('cannot be decrypted');
  await expect(page.getByTestId('nav-people')).toHaveCount(0);
  expect(await readEnvelope(page)).toBe(envelope);
  expect(await snapshotStoredRegister(page)).toEqual(tampered);

  // Trying again after a restart asks for the passphrase again; it never offers a new register.
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('input[name=confirmation]')).toHaveCount(0);
  await app.unlock(passphrase);
  await expect(failure).toHaveAttribute('data-kind', 'corrupted');
  expect(await readEnvelope(page)).toBe(envelope);
  expect(await snapshotStoredRegister(page)).toEqual(tampered);

  await revertTamper(page, tamper);
  await page.reload();
  await app.unlock(passphrase);
  await app.expectUnlocked();
  await app.openPeople();
  await expect(app.rows()).toHaveCount(2);
  await app.searchPeople('makinen');
  await expect(app.rows().first()).toContainText('matti@example.fi');
});

test('a tampered settings record is refused the same way', async ({ page }) => {
  const app = new RegisterPage(page);
  await page.goto('/');
  await app.createRegister(passphrase);
  await app.lockNow();
  const envelope = await readEnvelope(page);
  await tamperStoredCiphertext(page, 'settings');
  const tampered = await snapshotStoredRegister(page);
  await app.unlock(passphrase);
  await expect(page.getByTestId('open-failed')).toHaveAttribute('data-kind', 'corrupted');
  expect(await readEnvelope(page)).toBe(envelope);
  expect(await snapshotStoredRegister(page)).toEqual(tampered);
});

test('an unreadable key envelope shows the damaged-register screen, never the setup of a new register', async ({
  page,
}) => {
  const app = new RegisterPage(page);
  await page.goto('/');
  await app.createRegister(passphrase);
  await app.addPerson({ firstNames: 'Matti', lastName: 'Mäkinen' });
  await expect(page.getByTestId('person-detail')).toBeVisible();
  await app.lockNow();
  const envelope = (await readEnvelope(page))!;
  const damaged = envelope.slice(0, envelope.length / 2);
  await page.evaluate((value) => localStorage.setItem('kontakt.register', value), damaged);
  const stored = await snapshotStoredRegister(page);

  await page.reload();
  await expect(page.getByTestId('open-failed')).toHaveAttribute('data-kind', 'corrupted');
  await expect(page.locator('input[name=confirmation]')).toHaveCount(0);
  expect(await readEnvelope(page)).toBe(damaged);
  expect(await snapshotStoredRegister(page)).toEqual(stored);

  await page.evaluate((value) => localStorage.setItem('kontakt.register', value), envelope);
  await page.reload();
  await app.unlock(passphrase);
  await app.expectUnlocked();
  await app.openPeople();
  await expect(app.rows()).toHaveCount(1);
});
