import { expect, test } from '@playwright/test';
import { RegisterPage } from '../helpers/RegisterPage';

const passphrase = 'kahvi sade polku 42 ikkuna';

test('creates a register, keeps people through reload and lock, and finds them by folded name and phone', async ({
  page,
}) => {
  const app = new RegisterPage(page);
  await page.goto('/');
  await app.createRegister(passphrase);

  await app.addPerson({
    firstNames: 'Matti',
    lastName: 'Mäkinen',
    email: ' MATTI.Makinen@Example.FI ',
    phone: '040 123 4567',
  });
  await expect(page.getByTestId('person-detail')).toContainText('matti.makinen@example.fi');
  await app.addPerson({ firstNames: 'Anna', lastName: 'Öberg', email: 'anna@example.se' });

  await app.searchPeople('makinen');
  await expect(app.rows()).toHaveCount(1);
  await expect(app.rows().first()).toContainText('Matti Mäkinen');
  await app.searchPeople('0401234567');
  await expect(app.rows()).toHaveCount(1);

  await page.reload();
  await app.unlock(passphrase);
  await app.searchPeople('öberg');
  await expect(app.rows()).toHaveCount(1);

  await page.getByTestId('lock-now').click();
  await expect(page.getByTestId('locked-notice')).toBeVisible();
  await app.unlock('not the passphrase');
  await expect(page.getByTestId('unlock-error')).toBeVisible();
  await app.unlock(passphrase);
  await expect(page.getByTestId('nav-people')).toBeVisible({ timeout: 20_000 });
  expect(await app.missingKeys()).toEqual([]);
});

test('refuses an invalid e-mail at the field and saves nothing', async ({ page }) => {
  const app = new RegisterPage(page);
  await page.goto('/');
  await app.createRegister(passphrase);
  await app.addPerson({ firstNames: 'Liisa', lastName: 'Virtanen', email: 'liisa at example' });
  await expect(page.getByTestId('form-error')).toBeVisible();
  await expect(page.locator('input[name="emails.0.address"]')).toHaveAttribute('aria-invalid', 'true');
  await page.getByTestId('nav-people').click();
  // Leaving the refused form asks first; leave it.
  await page.getByRole('dialog').getByRole('button').last().click();
  await expect(page.getByTestId('empty-state')).toBeVisible();
});

test('passivated people are hidden by default and read-only', async ({ page }) => {
  const app = new RegisterPage(page);
  await page.goto('/');
  await app.createRegister(passphrase);
  await app.addPerson({ firstNames: 'Pekka', lastName: 'Passiivinen' });
  await page.getByTestId('passivate-record').click();
  await page.getByRole('dialog').getByRole('button').last().click();
  await expect(page.getByTestId('passive-banner')).toBeVisible();
  await expect(page.getByTestId('edit-record')).toBeDisabled();
  await app.searchPeople('passiivinen');
  await expect(page.getByTestId('no-matches')).toBeVisible();
});
