import { expect, test } from '@playwright/test';
import { RegisterPage } from '../helpers/RegisterPage';

const passphrase = 'kahvi sade polku 42 ikkuna';
test.use({ locale: 'en-GB' });

test('after three wrong passphrases each attempt waits, a reload does not skip the wait, and the right passphrase still opens', async ({
  page,
}) => {
  const app = new RegisterPage(page);
  const submit = page.locator('button[type=submit]');
  await page.clock.install();
  await page.goto('/');
  await app.createRegister(passphrase);
  await app.addPerson({ firstNames: 'Matti', lastName: 'Mäkinen' });
  await expect(page.getByTestId('person-detail')).toBeVisible();
  await app.lockNow();

  for (const attempt of ['wrong 1', 'wrong 2']) {
    await app.unlock(attempt);
    await expect(page.getByTestId('unlock-error')).toBeVisible();
    await expect(page.getByTestId('unlock-wait')).toHaveCount(0);
  }
  await app.unlock('wrong 3');
  await expect(page.getByTestId('unlock-wait')).toContainText('You can try again in 2 s');
  await expect(submit).toBeDisabled();
  await page.clock.fastForward('00:03');
  await app.unlock('wrong 4');
  await expect(page.getByTestId('unlock-wait')).toContainText('You can try again in 4 s');

  await page.reload();
  await app.unlock(passphrase);
  await expect(page.getByTestId('unlock-wait')).toBeVisible();
  await expect(page.getByTestId('nav-people')).toHaveCount(0);

  await page.clock.fastForward('00:10');
  await expect(submit).toBeEnabled();
  await submit.click();
  await app.expectUnlocked();
  await app.openPeople();
  await expect(app.rows()).toHaveCount(1);
  // A successful unlock clears the count: the next wrong attempt is free again.
  await app.lockNow();
  await app.unlock('wrong again');
  await expect(page.getByTestId('unlock-error')).toBeVisible();
  await expect(page.getByTestId('unlock-wait')).toHaveCount(0);
});
