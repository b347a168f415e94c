import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { ConsentPage } from '../helpers/ConsentPage';
import { RegisterPage } from '../helpers/RegisterPage';
import { expectScreenFullyTranslated } from '../helpers/screenTexts';

const csvLines = async (filePath: string) => {
  const bytes = await readFile(filePath);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return bytes.subarray(3).toString('utf8').trim().split('\r\n');
};

const openPerson = async (page: Page, app: RegisterPage, name: string) => {
  await app.openPeople();
  await app.openRow(name);
  await expect(page.getByTestId('consents-panel')).toBeVisible();
};

test.describe('consents and lists', () => {
  test.use({ locale: 'en-GB' });

  test('consent given → joins the newsletter → withdrawn → kept on the list, not contactable, left out of the export; history in order', async ({
    page,
  }, testInfo) => {
    const app = new RegisterPage(page);
    const consent = new ConsentPage(page);
    await page.goto('/');
    await app.createRegister('suostumus lista syksy 73 lyhty');
    await app.addPerson({ firstNames: 'Aino', lastName: 'Lahti', email: 'aino@example.fi' });
    await app.addPerson({ firstNames: 'Bo', lastName: 'Ek', email: 'bo@example.fi' });

    await openPerson(page, app, 'Lahti');
    await expect(consent.consentRow('newsletter')).toHaveAttribute('data-state', 'unknown');
    await consent.recordConsent({
      purpose: 'newsletter',
      state: 'given',
      date: '2026-10-01',
      source: 'form',
      noticeVersion: 'v1',
    });
    await expect(consent.consentRow('newsletter')).toHaveAttribute('data-state', 'given');
    await consent.recordConsent({ purpose: 'mentoring', state: 'refused', date: '2026-10-15' });
    await openPerson(page, app, 'Ek');
    await consent.recordConsent({ purpose: 'newsletter', state: 'given', date: '2026-10-02' });

    await consent.createList({ name: 'Alumni newsletter', kind: 'newsletter', purpose: 'newsletter' });
    await consent.addMember('Aino');
    await consent.addMember('Bo');
    await expect(consent.members()).toHaveCount(2);
    await expect(consent.members().filter({ hasText: 'Contactable' })).toHaveCount(2);

    // Aino withdraws; the membership stays but she is no longer contacted.
    await openPerson(page, app, 'Lahti');
    await expect(page.getByTestId('membership-row')).toHaveAttribute('data-contactability', 'contactable');
    await consent.recordConsent({
      purpose: 'newsletter',
      state: 'withdrawn',
      date: '2026-11-20',
      source: 'email',
    });
    await expect(consent.consentRow('newsletter')).toHaveAttribute('data-state', 'withdrawn');
    await expect(page.getByTestId('membership-row')).toHaveAttribute('data-contactability', 'noConsent');

    // The whole history, newest first, nothing overwritten.
    await page.getByTestId('consent-history-toggle').click();
    const history = page.getByTestId('history-row');
    await expect(history).toHaveCount(3);
    await expect(history.getByTestId('history-state')).toHaveText(['Withdrawn', 'Refused', 'Given']);
    await expect(history.nth(2)).toContainText('v1');
    await page.screenshot({ path: testInfo.outputPath('person-consents.png'), fullPage: true });

    await consent.openLists();
    await expect(page.getByTestId('list-row')).toContainText('2 members · 1 contactable');
    await page.getByRole('link', { name: 'Alumni newsletter' }).click();
    await expect(consent.members()).toHaveCount(2);
    await expect(page.locator('[data-testid=member-row][data-contactability=noConsent]')).toContainText(
      'Aino',
    );
    await page.screenshot({ path: testInfo.outputPath('list-detail.png'), fullPage: true });

    const csv = await consent.exportList('csv');
    expect(await csvLines(csv.path)).toEqual(['E-mail;First names;Last name', 'bo@example.fi;Bo;Ek']);
    await expect(page.getByText('Exported e-mail addresses: 1. Left out: 1')).toBeVisible();
    const xlsx = await consent.exportList('xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx.path);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(1).value).toBe('bo@example.fi');
    expect(await app.missingKeys()).toEqual([]);
  });

  test('joining without consent or with a ban is refused with a message; the mailing export says why people were left out', async ({
    page,
  }) => {
    const app = new RegisterPage(page);
    const consent = new ConsentPage(page);
    await page.goto('/');
    await app.createRegister('kielto posti talvi 58 majakka');
    await app.addPerson({ firstNames: 'Cecilia', lastName: 'Nurmi', email: 'cecilia@example.fi' });
    await app.addPerson({ firstNames: 'Dan', lastName: 'Berg', email: 'dan@example.fi' });
    await app.addPerson({ firstNames: 'Eeva', lastName: 'Koski', email: 'eeva@example.fi' });
    await openPerson(page, app, 'Berg');
    await consent.recordConsent({ purpose: 'newsletter', state: 'given', date: '2026-09-01' });
    await consent.setBan('set');
    await openPerson(page, app, 'Koski');
    await consent.recordConsent({ purpose: 'newsletter', state: 'given', date: '2026-09-01' });

    await consent.createList({ name: 'Autumn news', kind: 'newsletter', purpose: 'newsletter' });
    await consent.addMember('Cecilia');
    await expect(page.getByTestId('join-refusal')).toHaveText(
      'Cecilia Nurmi cannot join: no given consent for “Newsletter”. Record the consent first.',
    );
    await consent.addMember('Dan');
    await expect(page.getByTestId('join-refusal')).toHaveText(
      'Dan Berg cannot join: the person has a direct-marketing ban.',
    );
    await expect(consent.members()).toHaveCount(0);

    // The people list's mailing export: the ban always, and the chosen purpose's consent.
    await app.openPeople();
    await page.getByTestId('export-open').click();
    await page.getByTestId('export-format').click();
    await page.getByRole('option', { name: /Mailing list/ }).click();
    await page.getByTestId('mailing-purpose').click();
    await page.locator('[role=listbox] li[data-value="newsletter"]').click();
    const download = page.waitForEvent('download');
    await page.getByTestId('export-confirm').click();
    const lines = await csvLines(await (await download).path());
    expect(lines).toEqual(['E-mail;First names;Last name;Organisation name', 'eeva@example.fi;Eeva;Koski;']);
    await expect(
      page.getByText(
        'Exported rows: 1. Left out: 2 (passive or without an e-mail address: 0; direct-marketing ban: 1; no consent for the purpose: 1).',
      ),
    ).toBeVisible();

    // Without a purpose only the ban is checked (the dialog keeps the last choice, so clear it).
    await page.getByTestId('export-open').click();
    await page.getByTestId('mailing-purpose').click();
    await page.locator('[role=listbox] li[data-value=""]').click();
    const second = page.waitForEvent('download');
    await page.getByTestId('export-confirm').click();
    expect((await csvLines(await (await second).path())).slice(1).sort()).toEqual([
      'cecilia@example.fi;Cecilia;Nurmi;',
      'eeva@example.fi;Eeva;Koski;',
    ]);
    expect(await app.missingKeys()).toEqual([]);
  });
});

for (const [language, locale] of [
  ['fi', 'fi-FI'],
  ['sv', 'sv-FI'],
  ['en', 'en-GB'],
] as const) {
  test.describe(`in ${language}`, () => {
    test.use({ locale });
    test(`consent screens have all their texts in ${language}`, async ({ page }, testInfo) => {
      const app = new RegisterPage(page);
      const consent = new ConsentPage(page);
      const check = (screen: string) => expectScreenFullyTranslated(page, `${screen} (${language})`);
      await page.goto('/');
      await app.createRegister('kieli tarkistus kevät 64 joki');
      await app.addPerson({ firstNames: 'Kim', lastName: 'Berg', email: 'kim@example.fi' });
      await expect(page.getByTestId('consents-panel')).toBeVisible();
      await check('person consents, empty');
      await consent.recordConsent({ purpose: 'newsletter', state: 'given', date: '2026-10-01' });
      await page.getByTestId('record-consent').click();
      await check('consent dialog');
      await page.keyboard.press('Escape');
      await page.getByTestId('ban-toggle').click();
      await check('ban dialog');
      await page.getByTestId('save-ban').click();
      await page.getByTestId('consent-history-toggle').click();
      await check('person consents with history and ban');
      await page.screenshot({ path: testInfo.outputPath('person-consents-ban.png'), fullPage: true });

      await consent.openLists();
      await check('lists, empty');
      await page.getByTestId('new-list').click();
      await page.getByTestId('save-list').click();
      await expect(page.locator('input[name=listName]')).toHaveAttribute('aria-invalid', 'true');
      await check('list dialog with an error');
      await page.fill('input[name=listName]', 'Uutiskirje');
      await page.getByTestId('save-list').click();
      await consent.addMember('Kim');
      await expect(page.getByTestId('join-refusal')).toBeVisible();
      await check('list detail with a refusal');
      await consent.openLists();
      await expect(page.getByTestId('list-row')).toHaveCount(1);
      await check('lists, filled');
      await app.openSettings();
      await expect(page.getByTestId('consent-purposes')).toBeVisible();
      await check('settings with consent purposes');
      await page.getByTestId('consent-purposes').scrollIntoViewIfNeeded();
      await page.screenshot({ path: testInfo.outputPath('settings-purposes.png') });
    });
  });
}
