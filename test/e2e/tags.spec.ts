import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { ConsentPage } from '../helpers/ConsentPage';
import { EventsPage } from '../helpers/EventsPage';
import { RegisterPage } from '../helpers/RegisterPage';
import { SettingsPage } from '../helpers/SettingsPage';
import { TagsPage } from '../helpers/TagsPage';
import { expectScreenFullyTranslated } from '../helpers/screenTexts';

test.use({ locale: 'en-GB' });

test('admin tags people, filters the list by tag, and a tag + consent + event segment selects exactly the expected people', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const app = new RegisterPage(page);
  const tags = new TagsPage(page);
  const consent = new ConsentPage(page);
  const events = new EventsPage(page);
  const settings = new SettingsPage(page);
  await page.goto('/');
  await app.createRegister('tunniste joulu kortti 58 lyhty');

  // A local register (no server): its user manages the vocabulary.
  await settings.open();
  await expect(page.getByTestId('tags-read-only')).toHaveCount(0);
  await tags.addTag('Christmas card', 'person', 'red');
  await tags.addTag('Board 2026', 'person', 'blue');
  await tags.addTag('Partner company', 'organisation', 'green');
  await expectScreenFullyTranslated(page, 'Tags settings (en)');
  await tags.section().screenshot({ path: testInfo.outputPath('tags-settings.png') });

  // Aino: tag, consent, registered. Bo: tag, consent. Cecilia: tag, registered. Daniel: consent, registered.
  const people = [
    { firstNames: 'Aino', lastName: 'Aalto', isTagged: true, hasConsent: true },
    { firstNames: 'Bo', lastName: 'Berg', isTagged: true, hasConsent: true },
    { firstNames: 'Cecilia', lastName: 'Carlsson', isTagged: true, hasConsent: false },
    { firstNames: 'Daniel', lastName: 'Dahl', isTagged: false, hasConsent: true },
  ];
  for (const person of people) {
    await app.startNewPerson();
    await app.fillPerson(person);
    if (person.isTagged) await tags.pickTag('Christmas card');
    await app.save();
    await expect(page.getByTestId('person-detail')).toBeVisible();
    if (person.isTagged)
      await expect(page.getByTestId('record-tags').getByTestId('tag-chip')).toHaveText(['Christmas card']);
    if (person.hasConsent)
      await consent.recordConsent({ purpose: 'newsletter', state: 'given', date: '2026-10-01' });
  }

  await events.create({ name: 'Partner fair', startDate: '2026-12-01' });
  await events.register('aalto', 'Aino Aalto');
  await events.register('carlsson', 'Cecilia Carlsson');
  await events.register('dahl', 'Daniel Dahl');

  await app.openPeople();
  await expect(app.rows()).toHaveCount(4);
  await tags.filterList('Christmas card');
  await expect(app.rows()).toHaveCount(3);
  await expect(app.rows().filter({ hasText: 'Dahl' })).toHaveCount(0);
  await tags.filterList('Board 2026');
  await expect(page.getByTestId('no-matches')).toBeVisible();
  await tags.filterList('All tags');
  await expect(app.rows()).toHaveCount(4);

  await page.getByTestId('segment-new').click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('input[name=segmentName]').fill('Christmas card, consented, at the fair');
  const addCondition = async (index: number, kindName: string) => {
    await page.getByTestId('segment-add-condition-0').click();
    await page.getByTestId(`segment-condition-0-${index}-kind`).click();
    await page.getByRole('option', { name: kindName, exact: true }).click();
  };
  await addCondition(0, 'Has any of the tags');
  await page.getByTestId('segment-condition-0-0-values').click();
  await page.getByRole('option', { name: 'Christmas card' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('segment-match-count')).toHaveAttribute('data-count', '3');
  await addCondition(1, 'Consent');
  // Newsletter, given: the defaults.
  await expect(page.getByTestId('segment-match-count')).toHaveAttribute('data-count', '2');
  await addCondition(2, 'Event');
  await page.getByTestId('segment-condition-0-2-event').click();
  await page.getByRole('option', { name: 'Partner fair' }).click();
  await expect(page.getByTestId('segment-match-count')).toHaveAttribute('data-count', '1');
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await dialog.screenshot({ path: testInfo.outputPath('segment-editor.png') });
  await expectScreenFullyTranslated(page, 'segment editor (en)');
  await page.getByTestId('segment-save').click();
  await expect(dialog).toHaveCount(0);
  await expect(app.rows()).toHaveCount(1);
  await expect(app.rows().first()).toContainText('Aino Aalto');

  // Statistics: people by tag, and its .xlsx export.
  await page.getByTestId('nav-statistics').click();
  await expect(page.getByTestId('statistics-page')).toHaveAttribute('data-charts-ready', 'true');
  const byTag = page.locator('[data-statistic="peopleByTag"]');
  const rows = await byTag
    .locator('[data-testid=statistic-table] tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent)),
    );
  expect(rows).toEqual([
    ['Christmas card', '3'],
    ['No tag', '1'],
  ]);
  const pending = page.waitForEvent('download');
  await byTag.getByTestId('statistic-export').click();
  const file = await pending;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  expect(file.suggestedFilename()).toMatch(/^people-by-tag-.*\.xlsx$/);
  const values = workbook.worksheets[0]!.getSheetValues().flatMap((row) =>
    Array.isArray(row) ? [row.slice(1)] : [],
  );
  expect(values).toEqual([
    ['Tag', 'Count'],
    ['Christmas card', 3],
    ['No tag', 1],
  ]);
  await expectScreenFullyTranslated(page, 'statistics with people by tag (en)');
});

test('the Tags settings are fully translated in Finnish, Swedish and English', async ({ page }) => {
  const app = new RegisterPage(page);
  const tags = new TagsPage(page);
  const settings = new SettingsPage(page);
  await page.goto('/');
  await app.createRegister('tunniste kieli kolme 31 lyhty');
  await settings.open();
  await tags.addTag('Board 2026');
  for (const [language, title] of [
    ['Suomi', 'Tunnisteet'],
    ['Svenska', 'Taggar'],
    ['English', 'Tags'],
  ] as const) {
    await settings.chooseLanguage(language);
    await expect(tags.section().getByRole('heading', { level: 2 })).toHaveText(title);
    await expectScreenFullyTranslated(page, `Tags settings (${language})`);
  }
});
