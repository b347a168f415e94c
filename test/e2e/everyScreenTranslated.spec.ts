import { expect, test } from '@playwright/test';
import { RecordDetailPage } from '../helpers/RecordDetailPage';
import { RegisterPage } from '../helpers/RegisterPage';
import { expectScreenFullyTranslated } from '../helpers/screenTexts';
import { SettingsPage } from '../helpers/SettingsPage';
import { tamperStoredCiphertext } from '../helpers/storedCiphertext';

const passphrase = 'kahvi sade polku 42 ikkuna';

// The system locale picks the UI language on first start, as it does for a new user.
for (const [language, locale] of [
  ['fi', 'fi-FI'],
  ['sv', 'sv-FI'],
  ['en', 'en-GB'],
] as const) {
  test.describe(`in ${language}`, () => {
    test.use({ locale });

    test(`every screen has all its texts in ${language}`, async ({ page }) => {
      const app = new RegisterPage(page);
      const detail = new RecordDetailPage(page);
      const check = (screen: string) => expectScreenFullyTranslated(page, `${screen} (${language})`);
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('lang', language);

      await page.click('button[type=submit]');
      await expect(page.locator('input[name=passphrase]')).toHaveAttribute('aria-invalid', 'true');
      await check('setup with errors');
      await app.createRegister(passphrase);

      await expect(page.getByTestId('empty-state')).toBeVisible();
      await check('people, empty');
      await app.startNewPerson();
      await app.fillPerson({ firstNames: 'Kim', lastName: 'Berg', email: 'kim at example' });
      await app.save();
      await expect(page.getByTestId('form-error')).toBeVisible();
      await expect(page.locator('input[name="emails.0.address"]')).toHaveAttribute('aria-invalid', 'true');
      await check('person form with a field error');
      await app.fillPerson({ email: '' });
      await app.save();
      await expect(page.getByTestId('person-detail')).toBeVisible();
      await check('person detail');
      await app.openPeople();
      await expect(app.rows()).toHaveCount(1);
      await check('people, filled');

      await app.openOrganisations();
      await expect(page.getByTestId('empty-state')).toBeVisible();
      await check('organisations, empty');
      await page.getByTestId('new-record').click();
      await page.fill('input[name=businessId]', '0112038-8');
      await app.save();
      await expect(page.locator('input[name=businessId]')).toHaveAttribute('aria-invalid', 'true');
      await check('organisation form with field errors');
      await page.fill('input[name=name]', 'Nokia Oyj');
      await page.fill('input[name=businessId]', '0112038-9');
      await app.save();
      await expect(page.getByTestId('organisation-detail')).toBeVisible();
      await check('organisation detail');
      const dialog = await detail.openAffiliationDialog();
      await check('affiliation dialog');
      await dialog.locator('input[name=other]').fill('Kim');
      await page.getByRole('option', { name: 'Kim Berg' }).click();
      await page.getByTestId('save-affiliation').click();
      await expect(page.getByTestId('affiliation-row')).toContainText('Kim Berg');
      await check('organisation detail with a link');
      await app.openOrganisations();
      await expect(app.rows()).toHaveCount(1);
      await check('organisations, filled');

      await app.openPeople();
      await app.openRow('Kim Berg');
      const { cancelButton } = await detail.openDeleteDialog();
      await check('delete confirmation');
      await cancelButton.click();
      await page.getByTestId('passivate-record').click();
      await check('passivate confirmation');
      await page.getByRole('dialog').getByRole('button').last().click();
      await expect(page.getByTestId('passive-banner')).toBeVisible();
      await check('passive person detail');
      await app.searchPeople('no such name');
      await expect(page.getByTestId('no-matches')).toBeVisible();
      await check('people, no matches');

      await new SettingsPage(page).open();
      await page.fill('input[name=newPassphrase]', 'short');
      await page.getByTestId('change-passphrase').click();
      await check('settings with passphrase errors');

      await app.lockNow();
      await check('locked');
      await app.unlock('not the passphrase');
      await expect(page.getByTestId('unlock-error')).toBeVisible();
      await check('unlock with a wrong passphrase');

      await tamperStoredCiphertext(page, 'people');
      await app.unlock(passphrase);
      await expect(page.getByTestId('open-failed')).toHaveAttribute('data-kind', 'corrupted');
      await check('damaged register');
    });
  });
}
