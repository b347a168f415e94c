import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { ImportWizard } from '../helpers/ImportWizard';
import { RegisterPage } from '../helpers/RegisterPage';
import { buildCsv, buildOleFile, buildXlsx, buildZipBomb, truncate } from '../helpers/spreadsheetBuilders';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/spreadsheets');
const fixture = (name: string) => path.join(fixtures, name);
const passphrase = 'tuonti kevät lumi 73 ovi';

const start = async (page: Page) => {
  const app = new RegisterPage(page);
  await page.goto('/');
  await app.createRegister(passphrase);
  return { app, wizard: new ImportWizard(page) };
};

const peopleCount = async (page: Page) => {
  await page.getByTestId('nav-people').click();
  if ((await page.getByTestId('list-search').count()) > 0) await page.getByTestId('list-search').fill('');
  const subtitle = page.getByTestId('page-subtitle');
  if ((await subtitle.count()) === 0) return 0;
  return Number((await subtitle.textContent())?.match(/\d+/)?.[0] ?? 0);
};

test('the enrolment export: cells pointed at, duplicates in the file skipped, re-import changes nothing, undo removes all', async ({
  page,
}) => {
  const { app, wizard } = await start(page);
  await wizard.open();
  await wizard.chooseFile(fixture('enrolment-export.xlsx'));
  await wizard.toPreview({ nameOrder: 'lastFirst' });
  const preview = await wizard.summaryCounts();
  expect(preview).toMatchObject({ create: 101, update: 0, errors: 0, duplicates: 21 });
  // " VILLE.SODERBERG at EXAMPLE.FI " in C2 is repaired, and the message says which cell.
  await expect(wizard.previewRow(2).getByTestId('row-note').first()).toContainText(
    'C2: E-mail address repaired',
  );
  // Row 122 repeats row 5 exactly (the same person enrolled twice).
  await expect(wizard.previewRow(122)).toHaveAttribute('data-action', 'skip');
  await expect(wizard.previewRow(122)).toContainText('Same as row 5 of this file');

  expect(await wizard.commit()).toEqual({ created: 101, updated: 0, skipped: 21, invalid: 0 });
  // The writes ran in the import worker (its own RxDB instance), and the window saw every one of them.
  await expect(page.getByTestId('import-result')).toHaveAttribute('data-commit-mode', 'worker');
  await expect.poll(() => peopleCount(page)).toBe(101);

  // 401031027 lost its leading 0 in Excel; it is +358 40 103 1027 again.
  await app.searchPeople('Söderberg Ville');
  await expect(app.rows().first()).toContainText('040 1031027');
  await expect(app.rows().first()).toContainText('ville.soderberg@example.fi');
  await expect(app.rows().first()).toContainText('Itä-Suomen Ohjelmisto Oy');

  // The same file again: every row is matched, nothing is created or changed.
  await wizard.open();
  await wizard.chooseFile(fixture('enrolment-export.xlsx'));
  await wizard.toPreview({ nameOrder: 'lastFirst' });
  expect(await wizard.summaryCounts()).toMatchObject({ create: 0, update: 0, errors: 0 });
  await expect(wizard.previewRow(3)).toContainText('Same e-mail as “Björn Åberg” in the register');

  await page.getByTestId('previous-step').click();
  await page.getByTestId('previous-step').click();
  await page.getByTestId('previous-step').click();
  await page.getByTestId('history-undo').first().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Undo import' }).click();
  await expect(page.getByTestId('history-row').first()).toHaveAttribute('data-status', 'undone');
  await expect.poll(() => peopleCount(page)).toBe(0);
  expect(await app.missingKeys()).toEqual([]);
});

test('a Windows-1252 CSV keeps å, ä and ö and creates each organisation once', async ({ page }) => {
  const { app, wizard } = await start(page);
  expect(await wizard.importFile(fixture('kontakter.csv'))).toEqual({
    created: 39,
    updated: 0,
    skipped: 1,
    invalid: 0,
  });
  await app.searchPeople('Åsa Öhman');
  await expect(app.rows().first()).toContainText('Åsa Öhman');
  await expect(app.rows().first()).toContainText('Keski-Suomen Energia Oy');
  await page.getByTestId('nav-organisations').click();
  // Every row names its employer with a different business ID, and a business ID decides what is one
  // organisation: 39 people, 39 organisations, each created once.
  await expect(page.getByTestId('page-subtitle')).toHaveText('39 organisations');
  await page.getByTestId('list-search').fill('2000000-8');
  await expect(app.rows()).toHaveCount(1);
  await expect(app.rows().first()).toContainText('Åbo Marin Ab');
});

test('the alumni form: invalid cells named, the removal request not imported, a report with status per row', async ({
  page,
}) => {
  const { wizard } = await start(page);
  await wizard.open();
  await wizard.chooseFile(fixture('alumni-form.xlsx'));
  await wizard.toPreview();
  const counts = await wizard.summaryCounts();
  expect(counts.errors).toBe(3);
  await expect(wizard.previewRow(4).getByTestId('row-error')).toHaveText(
    /^L4: Please check the phone number/,
  );
  await expect(wizard.previewRow(9)).toContainText('asked to have their data removed');
  await expect(wizard.previewRow(9)).toHaveAttribute('data-action', 'skip');
  const result = await wizard.commit();
  expect(result.created).toBe(counts.create);
  expect(result.invalid).toBe(3);

  // Report: the original rows plus status and message.
  const download = page.waitForEvent('download');
  await page.getByTestId('download-report').click();
  const report = await download;
  expect(report.suggestedFilename()).toMatch(/^import-report-alumni-form\.xlsx$/);
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await report.path());
  const sheet = workbook.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  expect(header.slice(-2)).toEqual(['Import status', 'Import message']);
  expect(sheet.getRow(4).getCell(header.length - 1).value).toBe('Not imported: errors');
  expect(String(sheet.getRow(4).getCell(header.length).value)).toContain('L4:');

  // Undo straight from the result, after a confirmation.
  await page.getByTestId('undo-import').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Undo import' }).click();
  await expect(page.getByTestId('import-message')).toHaveText('The import was undone.');
  await expect.poll(() => peopleCount(page)).toBe(0);
});

test('alumni form: a category column mapped value by value and an interest column of X marks become categories', async ({
  page,
}, testInfo) => {
  const { app, wizard } = await start(page);
  await wizard.open();
  await wizard.chooseFile(fixture('alumni-form.xlsx'));
  await wizard.next();
  // O "Suoritettu tutkinto" holds the category values; U "Harjoittelupaikan tarjoaminen" is marked with X.
  await page.getByTestId('mapping-14').selectOption('categories');
  await page.getByTestId('mapping-20').selectOption('categoryMark');
  const values = page.getByTestId('category-values-14');
  await expect(values.getByTestId('category-value-row')).toHaveCount(2);
  await expect(values.getByTestId('category-value-amk-tutkinto')).toHaveValue('');
  await values.getByTestId('category-value-amk-tutkinto').selectOption({ label: 'Alumnus' });
  await page.getByTestId('category-mark-select-20').selectOption({ label: 'Partner contact' });
  await values.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('category-mapping.png') });
  await page.getByLabel('Template name').fill('Alumni form');
  await page.getByRole('button', { name: 'Save as template' }).click();
  await wizard.next();
  await expect(wizard.summary()).toBeVisible();
  // The value left unmapped is a warning at its cell, never an error.
  await expect(wizard.previewRow(3)).toContainText('O3: Category value Ylempi AMK-tutkinto is not mapped');
  await expect(wizard.previewRow(3).getByTestId('row-error')).toHaveCount(0);
  await wizard.commit();

  // Search first: the category filter is set on the list as it stands.
  const shown = async (name: string, category: string) => {
    await app.searchPeople(name);
    await page.getByTestId('category-filter').click();
    await page.getByRole('option', { name: category, exact: true }).click();
    await expect(page.getByTestId('category-filter')).toHaveText(category);
    return app.rows().count();
  };
  expect(await shown('Matti Öhman', 'Partner contact')).toBe(1);
  expect(await shown('Jukka Koskinen', 'Partner contact')).toBe(1);
  expect(await shown('Tuomas Lindqvist', 'Partner contact')).toBe(0);
  expect(await shown('Matti Öhman', 'Alumnus')).toBe(1);
  expect(await shown('Jukka Koskinen', 'Alumnus')).toBe(0);

  // The saved template brings the value map and the mark category back.
  await wizard.open();
  await wizard.chooseFile(fixture('alumni-form.xlsx'));
  await wizard.next();
  // Suggested from the header alone: the degree column belongs to the alumni profile's education record.
  await expect(page.getByTestId('mapping-14')).toHaveValue('educationDegree');
  await page.getByLabel('Saved templates').click();
  await page.getByRole('option', { name: 'Alumni form' }).click();
  await expect(page.getByTestId('mapping-14')).toHaveValue('categories');
  await expect(page.getByTestId('category-value-amk-tutkinto')).toHaveValue('alumnus');
  await expect(page.getByTestId('category-value-ylempi amk-tutkinto')).toHaveValue('');
  await expect(page.getByTestId('category-mark-select-20')).toHaveValue('partnerContact');
  expect(await app.missingKeys()).toEqual([]);
});

test('the organisation list: wrong check digits named by cell, postal codes get their zeros back', async ({
  page,
}) => {
  const { wizard } = await start(page);
  await wizard.open();
  await wizard.chooseFile(fixture('organisaatiot.xlsx'), 'organisations');
  await wizard.toPreview();
  await expect(wizard.previewRow(6).getByTestId('row-error')).toContainText(
    'B6: The check digit of the business ID does not match',
  );
  await expect(wizard.previewRow(17)).toContainText('leading zeros restored: 00100');
  const counts = await wizard.summaryCounts();
  expect(await wizard.commit()).toMatchObject({ created: counts.create, invalid: counts.errors });
  await page.getByTestId('nav-organisations').click();
  await page.getByTestId('list-search').fill('Åbo Marin Ab / Etelä');
  await page.getByTestId('table-row').first().click();
  await expect(page.getByTestId('organisation-detail')).toContainText('00100');
});

test('bad files are refused with a clear message and nothing is written', async ({ page }) => {
  test.setTimeout(120_000);
  const { wizard } = await start(page);
  const validXlsx = await buildXlsx([
    ['Etunimi', 'Sukunimi'],
    ['Anna', 'Virtanen'],
  ]);
  const cases: { name: string; buffer: Buffer; message: RegExp }[] = [
    { name: 'kuva.xlsx', buffer: Buffer.from('%PDF-1.7\n\0\0binary'), message: /not a spreadsheet/ },
    { name: 'rikki.xlsx', buffer: truncate(validXlsx), message: /damaged/ },
    { name: 'pommi.xlsx', buffer: buildZipBomb(), message: /unreasonable size/ },
    { name: 'salattu.xlsx', buffer: buildOleFile(), message: /password-protected/ },
    { name: 'tyhja.xlsx', buffer: await buildXlsx([]), message: /empty/ },
    { name: 'otsikko.xlsx', buffer: await buildXlsx([['Etunimi', 'Sukunimi']]), message: /no rows under it/ },
    { name: 'iso.csv', buffer: buildCsv(200_001), message: /more than 200,000 rows/ },
  ];
  await wizard.open();
  for (const { name, buffer, message } of cases) {
    await wizard.chooseFile({ name, mimeType: 'application/octet-stream', buffer });
    await expect(wizard.fileError(), name).toHaveText(message);
  }
  await expect(page.getByTestId('history-row')).toHaveCount(0);
  await expect.poll(() => peopleCount(page)).toBe(0);
});

test('formulas, error cells, rich text, merged cells, hidden rows and duplicate headers', async ({
  page,
}) => {
  const { app, wizard } = await start(page);
  const buffer = await buildXlsx(
    [
      ['Etunimi', 'Sukunimi', 'Puhelin', 'Sähköposti', 'Syntymäaika', 'Sukunimi', 'Organisaatio'],
      ['Anna', 'Virtanen', 401234567, 'anna@example.fi', 36526, 'X', 'Yhtiö Oy'],
      ['Bo', 'Ek', '+358 50 1234567', null, '1.2.1990', 'Y', null],
      ['Cecilia', 'Lind', null, 'cecilia@example.fi', new Date(Date.UTC(1985, 4, 6)), 'Z', null],
      ['Dan', 'Berg', null, 'dan@example.fi', null, 'W', null],
    ],
    (sheet) => {
      sheet.getCell('A3').value = { richText: [{ text: 'B' }, { font: { bold: true }, text: 'o' }] };
      sheet.getCell('C4').value = { formula: '"040"&"7654321"', result: '0407654321' };
      sheet.getCell('D3').value = { error: '#N/A' };
      sheet.mergeCells('G2:G3');
      sheet.getRow(5).hidden = true;
      sheet.getColumn(6).hidden = true;
    },
  );
  await wizard.open();
  await wizard.chooseFile({ name: 'reunat.xlsx', mimeType: 'application/octet-stream', buffer });
  await page.getByTestId('next-step').click();
  await expect(page.getByText('Column F has the same header as an earlier column')).toBeVisible();
  await page.getByTestId('next-step').click();
  expect(await wizard.summaryCounts()).toMatchObject({ create: 4, errors: 0 });
  await expect(wizard.previewRow(3)).toContainText('D3: The cell holds the error value #N/A');
  await wizard.commit();
  await app.searchPeople('Cecilia Lind');
  await expect(app.rows().first()).toContainText('040 7654321');
  await app.rows().first().click();
  await expect(page.getByTestId('person-detail')).toContainText('1985');
  await app.searchPeople('Anna Virtanen');
  await expect(app.rows().first()).toContainText('Yhtiö Oy');
  await app.searchPeople('Bo Ek');
  await expect(app.rows().first()).toContainText('Yhtiö Oy');
  await expect.poll(() => peopleCount(page)).toBe(4);
});

test('cancel undoes what was written; an import cut off by a reload can be undone after unlock', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const { app, wizard } = await start(page);
  const file = { name: 'osallistujat.csv', mimeType: 'text/csv', buffer: buildCsv(20_000) };

  await wizard.open();
  await wizard.chooseFile(file);
  await wizard.toPreview();
  await page.getByTestId('start-import').click();
  await expect(page.getByTestId('import-progress')).toBeVisible();
  await page.getByTestId('cancel-import').click();
  await expect(page.getByTestId('import-message')).toHaveText(/cancelled and nothing was changed/, {
    timeout: 60_000,
  });
  await expect(page.getByTestId('history-row').first()).toHaveAttribute('data-status', 'cancelled');
  await expect.poll(() => peopleCount(page)).toBe(0);

  await wizard.open();
  await wizard.chooseFile(file);
  await wizard.toPreview();
  await page.getByTestId('start-import').click();
  await expect(page.getByTestId('import-progress')).toHaveText(/Writing [1-9]\d* \//, { timeout: 60_000 });
  await page.reload();
  await app.unlock(passphrase);
  await wizard.open();
  await expect(page.getByTestId('interrupted-import')).toContainText('osallistujat.csv');
  await page.getByTestId('interrupted-import').getByRole('button', { name: 'Undo import' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Undo import' }).click();
  await expect(page.getByTestId('interrupted-import')).toHaveCount(0, { timeout: 60_000 });
  await expect.poll(() => peopleCount(page)).toBe(0);
});

test('an update shows old → new, and undo brings the old values back', async ({ page }) => {
  const { app, wizard } = await start(page);
  const csv = (title: string, phone: string) => ({
    name: 'lista.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      `Förnamn;Efternamn;E-post;Befattning;Telefon\r\nÅsa;Ek;asa.ek@example.fi;${title};${phone}\r\n`,
    ),
  });
  expect(await wizard.importFile(csv('Lärare', '040 1234567'))).toMatchObject({ created: 1 });

  await wizard.open();
  await wizard.chooseFile(csv('Rektor', '050 7654321'));
  await wizard.toPreview();
  expect(await wizard.summaryCounts()).toMatchObject({ create: 0, update: 1 });
  await expect(wizard.previewRow(2)).toContainText('Title: Lärare → Rektor');
  await expect(wizard.previewRow(2)).toContainText('Phone: +358401234567 → +358507654321');
  expect(await wizard.commit()).toMatchObject({ created: 0, updated: 1 });
  await app.searchPeople('Åsa Ek');
  await app.rows().first().click();
  await expect(page.getByTestId('person-detail')).toContainText('Rektor');

  await wizard.open();
  await page.getByTestId('history-undo').first().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Undo import' }).click();
  await expect(page.getByTestId('history-row').first()).toHaveAttribute('data-status', 'undone');
  await app.searchPeople('Åsa Ek');
  await app.rows().first().click();
  await expect(page.getByTestId('person-detail')).toContainText('Lärare');
  await expect(page.getByTestId('person-detail')).not.toContainText('Rektor');
});
