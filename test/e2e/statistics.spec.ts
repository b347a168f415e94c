import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { ImportWizard } from '../helpers/ImportWizard';
import { RecordDetailPage } from '../helpers/RecordDetailPage';
import { RegisterPage } from '../helpers/RegisterPage';
import { expectScreenFullyTranslated } from '../helpers/screenTexts';
import { buildXlsx } from '../helpers/spreadsheetBuilders';

const passphrase = 'tilasto kuu meri 64 lyhty';

/** Six people, three categories (one with none), two with Acme Oy, four with an e-mail address. */
const knownRegister = async () =>
  buildXlsx([
    ['Etunimet', 'Sukunimi', 'Sähköposti', 'Luokka', 'Organisaatio'],
    ['Aino', 'Aalto', 'aino@example.fi', 'Alumnus', 'Acme Oy'],
    ['Bo', 'Berg', 'bo@example.fi', 'Alumnus', ''],
    ['Cecilia', 'Carlsson', '', 'Alumnus', ''],
    ['Daniel', 'Dahl', 'daniel@example.fi', 'Lecturer', 'Acme Oy'],
    ['Eeva', 'Eskola', '', 'Lecturer', 'Muu Ab'],
    ['Frans', 'Fors', 'frans@example.fi', '', ''],
  ]);

const startWithKnownRegister = async (page: Page) => {
  const app = new RegisterPage(page);
  const wizard = new ImportWizard(page);
  await page.goto('/');
  await app.createRegister(passphrase);
  await wizard.importFile({
    name: 'tunnettu.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await knownRegister(),
  });
  return { app, wizard };
};

const openStatistics = async (page: Page) => {
  await page.getByTestId('nav-statistics').click();
  await expect(page.getByTestId('statistics-page')).toHaveAttribute('data-charts-ready', 'true');
};

/** A statistic's table as [row label, ...numbers as shown]. */
const statisticRows = async (page: Page, key: string) =>
  page
    .locator(`[data-statistic="${key}"] [data-testid=statistic-table] tbody tr`)
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')),
    );

const download = async (page: Page, click: () => Promise<void>) => {
  const pending = page.waitForEvent('download');
  await click();
  const file = await pending;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  return { name: file.suggestedFilename(), workbook };
};

const sheetValues = (sheet: ExcelJS.Worksheet) =>
  sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? [row.slice(1)] : []));

test.describe('in English', () => {
  test.use({ locale: 'en-GB' });

  test('the dashboard counts a known register, and a statistic exports to .xlsx', async ({ page }) => {
    const { app } = await startWithKnownRegister(page);
    await openStatistics(page);
    expect(await statisticRows(page, 'peopleByCategory')).toEqual([
      ['Alumnus', '3'],
      ['Lecturer', '2'],
      ['No category', '1'],
    ]);
    expect(await statisticRows(page, 'organisationsByCategory')).toEqual([['No category', '2']]);
    expect(await statisticRows(page, 'peopleByStatus')).toEqual([['Active', '6']]);
    const thisMonth = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric' }).format(
      new Date(),
    );
    const months = await statisticRows(page, 'newContactsPerMonth');
    expect(months).toHaveLength(12);
    expect(months.find((row) => row[0] === thisMonth)).toEqual([thisMonth, '6', '2']);
    expect(await statisticRows(page, 'reportingYearPeople')).toEqual([
      ['Alumnus', '3', '3', '0'],
      ['Lecturer', '2', '2', '0'],
      ['No category', '1', '1', '0'],
      ['Total (each counted once)', '6', '6', '0'],
    ]);
    // Alumni, events and consents have no data on this branch: their charts are not shown.
    await expect(page.locator('[data-statistic=alumniByProgramme]')).toHaveCount(0);
    // Every chart drew its marks.
    await expect(page.locator('[data-statistic] svg').first()).toBeVisible();

    const single = await download(page, () =>
      page.locator('[data-statistic=peopleByCategory]').getByTestId('statistic-export').click(),
    );
    expect(single.name).toBe(`people-by-category-${new Date().getFullYear()}.xlsx`);
    expect(single.workbook.worksheets).toHaveLength(1);
    expect(sheetValues(single.workbook.worksheets[0]!)).toEqual([
      ['Category', 'Count'],
      ['Alumnus', 3],
      ['Lecturer', 2],
      ['No category', 1],
    ]);

    const report = await download(page, () => page.getByTestId('reporting-year-export').click());
    const year = new Date().getFullYear();
    expect(report.name).toBe(`reporting-year-statistics-${year}.xlsx`);
    expect(report.workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      `People ${year}`,
      `Organisations ${year}`,
    ]);
    expect(sheetValues(report.workbook.worksheets[0]!)).toEqual([
      ['Category', 'New', 'Active at year end', 'Passivated'],
      ['Alumnus', 3, 3, 0],
      ['Lecturer', 2, 2, 0],
      ['No category', 1, 1, 0],
      ['Total (each counted once)', 6, 6, 0],
    ]);

    // A passivated person leaves the active counts and shows as passivated this year.
    await app.openPeople();
    await app.openRow('Frans Fors');
    await new RecordDetailPage(page).passivate();
    await openStatistics(page);
    expect(await statisticRows(page, 'peopleByStatus')).toEqual([
      ['Active', '5'],
      ['Passive', '1'],
    ]);
    expect((await statisticRows(page, 'reportingYearPeople')).at(-1)).toEqual([
      'Total (each counted once)',
      '6',
      '5',
      '1',
    ]);
    expect(await app.missingKeys()).toEqual([]);
  });

  test('a saved segment filters the People list and feeds an export', async ({ page }) => {
    const { app } = await startWithKnownRegister(page);
    await app.openPeople();
    await page.getByTestId('segment-new').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[name=segmentName]').fill('Reachable alumni and Acme');
    // Root: OR of (Alumnus AND has e-mail) and (at Acme Oy).
    await page.getByTestId('segment-operator-0').click();
    await page.getByRole('option', { name: 'any of these (OR)' }).click();
    await page.getByTestId('segment-add-group-0').click();
    await page.getByTestId('segment-add-condition-0-0').click();
    await page.getByTestId('segment-condition-0-0-0-values').click();
    await page.getByRole('option', { name: 'Alumnus' }).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('segment-add-condition-0-0').click();
    await page.getByTestId('segment-condition-0-0-1-kind').click();
    await page.getByRole('option', { name: 'E-mail address' }).click();
    await expect(page.getByTestId('segment-match-count')).toHaveAttribute('data-count', '2');
    await page.getByTestId('segment-add-condition-0').click();
    await page.getByTestId('segment-condition-0-1-kind').click();
    await page.getByRole('option', { name: 'Currently at one of these organisations' }).click();
    await page.getByTestId('segment-condition-0-1-values').locator('input').fill('Acme');
    await page.getByRole('option', { name: 'Acme Oy' }).click();
    // Aino and Bo (alumni with e-mail), Daniel (Acme).
    await expect(page.getByTestId('segment-match-count')).toHaveAttribute('data-count', '3');
    await page.getByTestId('segment-save').click();
    await expect(dialog).toHaveCount(0);

    await expect(page.getByTestId('segment-select')).toHaveText('Reachable alumni and Acme');
    await expect(app.rows()).toHaveCount(3);
    await expect(page.getByTestId('page-subtitle')).toHaveText('3 people');

    // The segment survives a reload (it is stored in the register's encrypted settings).
    await app.reloadAndUnlock(passphrase);
    await app.openPeople();
    await page.getByTestId('segment-select').click();
    await page.getByRole('option', { name: 'Reachable alumni and Acme' }).click();
    await expect(app.rows()).toHaveCount(3);
    await page.getByTestId('segment-select').click();
    await page.getByRole('option', { name: 'All people' }).click();
    await expect(app.rows()).toHaveCount(6);

    await page.getByTestId('export-open').click();
    await page.getByTestId('export-scope').click();
    await page.getByRole('option', { name: 'People in a segment' }).click();
    await expect(page.getByTestId('export-segment')).toHaveText('Reachable alumni and Acme');
    const exported = await download(page, () => page.getByTestId('export-confirm').click());
    const names = sheetValues(exported.workbook.worksheets[0]!)
      .slice(1)
      .map((row) => `${String(row[0])} ${String(row[1])}`)
      .sort();
    expect(names).toEqual(['Aino Aalto', 'Bo Berg', 'Daniel Dahl']);

    // Rename, then delete.
    await page.getByTestId('segment-select').click();
    await page.getByRole('option', { name: 'Reachable alumni and Acme' }).click();
    await page.getByTestId('segment-edit').click();
    await dialog.locator('input[name=segmentName]').fill('Renamed');
    await page.getByTestId('segment-save').click();
    await expect(page.getByTestId('segment-select')).toHaveText('Renamed');
    await page.getByTestId('segment-edit').click();
    await dialog.getByRole('button', { name: 'Delete segment' }).click();
    await page.getByRole('dialog').last().getByRole('button', { name: 'Delete segment' }).click();
    await expect(page.getByTestId('segment-select')).toHaveText('All people');
    await expect(app.rows()).toHaveCount(6);
    expect(await app.missingKeys()).toEqual([]);
  });
});

for (const [language, locale] of [
  ['fi', 'fi-FI'],
  ['sv', 'sv-FI'],
  ['en', 'en-GB'],
] as const) {
  test.describe(`in ${language}`, () => {
    test.use({ locale, colorScheme: language === 'sv' ? 'dark' : 'light' });

    test(`the dashboard and the segment builder are translated (${language})`, async ({ page }, testInfo) => {
      await startWithKnownRegister(page);
      await openStatistics(page);
      await expectScreenFullyTranslated(page, `statistics (${language})`);
      // The page scrolls inside the app frame: a tall window shows every card at once.
      await page.setViewportSize({ width: 1280, height: 3600 });
      await page.screenshot({ path: testInfo.outputPath(`statistics-${language}.png`) });
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.getByTestId('nav-people').click();
      await page.getByTestId('segment-new').click();
      await page.getByTestId('segment-add-condition-0').click();
      await page.getByTestId('segment-add-group-0').click();
      await expectScreenFullyTranslated(page, `segment builder (${language})`);
      await page.screenshot({ path: testInfo.outputPath(`segment-builder-${language}.png`) });
    });
  });
}
