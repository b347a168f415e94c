import { expect, test } from '@playwright/test';
import { RegisterPage } from '../helpers/RegisterPage';
import { expectScreenFullyTranslated } from '../helpers/screenTexts';

const passphrase = 'kahvi sade polku 42 ikkuna';
test.use({ locale: 'fi-FI' });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await new RegisterPage(page).createRegister(passphrase);
});

test('an alumni profile entered in the form is kept across reload and shown on the person page', async ({
  page,
}, testInfo) => {
  const app = new RegisterPage(page);
  await app.startNewPerson();
  await app.fillPerson({ firstNames: 'Aino', lastName: 'Mäkinen', email: 'aino@example.fi' });
  await page.getByTestId('add-education').click();
  await page.fill('input[name="educations.0.institution"]', 'Pohjolan AMK');
  await page.fill('input[name="educations.0.programme"]', 'Tietojenkäsittely');
  await page.fill('input[name="educations.0.degree"]', 'Tradenomi');
  await page.fill('input[name="educations.0.startYear"]', '2015');
  await page.fill('input[name="educations.0.graduationYear"]', '2019');
  await page.fill('input[name=employer]', 'Vasa Trä Ab');
  await page.fill('input[name=jobTitle]', 'Myyntipäällikkö');
  await page.check('input[name="cooperationInterests.guestLecturing"]');
  await page.check('input[name="cooperationInterests.alumniEvents"]');
  await page.check('input[name=removalRequested]');
  await page.getByRole('heading', { name: 'Alumniprofiili' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('alumni-form-fi.png'), fullPage: true });
  await expectScreenFullyTranslated(page, 'alumni');
  await app.save();

  await app.reloadAndUnlock(passphrase);
  await app.openPeople();
  await app.openRow('Aino Mäkinen');
  const profile = page.getByTestId('alumni-profile');
  await expect(profile.getByTestId('alumni-educations')).toHaveText(
    'Pohjolan AMK, Tietojenkäsittely, Tradenomi, 2015–2019',
  );
  await expect(profile.getByTestId('alumni-employer')).toHaveText('Vasa Trä Ab');
  await expect(profile.getByTestId('alumni-interests')).toHaveText(
    'Vierailuluennot tai asiantuntemuksen jakaminen opintojaksoilla, Alumnitapahtumat',
  );
  await expect(page.getByTestId('removal-request-badge')).toHaveText('Poistopyyntö');
  await expect(page.getByTestId('alumni-removal-request')).toContainText('Pyysi tietojensa poistamista');
  await page.screenshot({ path: testInfo.outputPath('alumni-person-fi.png'), fullPage: true });
  await expectScreenFullyTranslated(page, 'alumni');

  await app.addPerson({ firstNames: 'Eero', lastName: 'Lind' });
  await app.openPeople();
  await expect(app.rows()).toHaveCount(2);
  await expect(app.rows().filter({ hasText: 'Aino Mäkinen' })).toContainText('Poistopyyntö');
  await page.fill('input[name="alumniFilter.programme"]', 'tietojenkasittely');
  await expect(app.rows()).toHaveCount(1);
  await page.fill('input[name="alumniFilter.graduatedFrom"]', '2020');
  await expect(page.getByTestId('no-matches')).toBeVisible();
  await page.fill('input[name="alumniFilter.graduatedFrom"]', '2019');
  await expect(app.rows()).toHaveCount(1);
  await page.screenshot({ path: testInfo.outputPath('alumni-list-fi.png') });
  await expectScreenFullyTranslated(page, 'alumni filters');
});

test('a graduation year before the start year is refused at the field', async ({ page }) => {
  const app = new RegisterPage(page);
  await app.startNewPerson();
  await app.fillPerson({ firstNames: 'Aino', lastName: 'Mäkinen' });
  await page.getByTestId('add-education').click();
  await page.fill('input[name="educations.0.startYear"]', '2020');
  await page.fill('input[name="educations.0.graduationYear"]', '2019');
  await app.save();
  await expect(page.locator('input[name="educations.0.graduationYear"]')).toHaveAttribute(
    'aria-invalid',
    'true',
  );
});
