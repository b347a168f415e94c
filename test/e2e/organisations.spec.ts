import { expect, test } from '@playwright/test';
import { RegisterPage } from '../helpers/RegisterPage';

test('an organisation refuses a wrong business ID, then links a person both ways', async ({ page }) => {
  const app = new RegisterPage(page);
  await page.goto('/');
  await app.createRegister('kahvi sade polku 42 ikkuna');

  await page.getByTestId('nav-organisations').click();
  await page.getByTestId('new-record').click();
  await page.fill('input[name=name]', 'Nokia Oyj');
  await page.fill('input[name=businessId]', '0112038-8');
  await page.getByTestId('save-record').click();
  await expect(page.locator('input[name=businessId]')).toHaveAttribute('aria-invalid', 'true');
  await page.fill('input[name=businessId]', '0112038-9');
  await page.getByTestId('save-record').click();
  await expect(page.getByTestId('detail-businessId')).toHaveText('0112038-9');

  await app.addPerson({ firstNames: 'Sari', lastName: 'Saarinen' });
  await page.getByTestId('add-affiliation').click();
  await page.getByRole('dialog').locator('input[name=other]').fill('Nokia');
  await page.getByRole('option', { name: 'Nokia Oyj' }).click();
  await page.getByRole('dialog').locator('input[name=role]').fill('Tutkija');
  await page.getByTestId('save-affiliation').click();
  await expect(page.getByTestId('affiliation-row')).toContainText('Nokia Oyj');

  await page.getByTestId('affiliation-row').getByRole('link', { name: 'Nokia Oyj' }).click();
  await expect(page.getByTestId('organisation-detail').getByTestId('affiliation-row')).toContainText(
    'Sari Saarinen',
  );

  await page.getByTestId('nav-people').click();
  await expect(app.rows().first()).toContainText('Nokia Oyj');
});
