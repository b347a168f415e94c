import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { ImportWizard } from '../helpers/ImportWizard';
import { RegisterPage } from '../helpers/RegisterPage';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/spreadsheets');

const readWorkbook = async (filePath: string) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(filePath);
  return workbook.worksheets[0]!;
};

test('people and organisations export to .xlsx and import back unchanged', async ({ page }) => {
  const app = new RegisterPage(page);
  const wizard = new ImportWizard(page);
  await page.goto('/');
  await app.createRegister('vienti syksy tuuli 58 portti');
  await wizard.importFile(path.join(fixtures, 'kontakter.csv'));
  await app.addPerson({
    firstNames: 'Eve',
    lastName: 'Injector',
    email: 'eve@example.fi',
    notes: '=HYPERLINK("http://evil.example","click")',
  });

  await page.getByTestId('nav-people').click();
  const people = await wizard.exportList({ scope: 'all' });
  expect(people.name).toMatch(/^people-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const sheet = await readWorkbook(people.path);
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  expect(header.slice(0, 4)).toEqual(['First names', 'Last name', 'Former last name', 'Preferred name']);
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(sheet.autoFilter).toBeTruthy();
  expect(sheet.rowCount).toBe(41);
  const updatedColumn = header.indexOf('Last updated') + 1;
  expect(sheet.getRow(2).getCell(updatedColumn).value).toBeInstanceOf(Date);
  expect(sheet.getColumn(1).width).toBeGreaterThan(8);
  const notesColumn = header.indexOf('Notes') + 1;
  const eve = sheet.getRows(2, 40)!.find((row) => row.getCell(1).value === 'Eve')!;
  expect(eve.getCell(notesColumn).value).toBe('\'=HYPERLINK("http://evil.example","click")');
  // Phones stay E.164 with their "+", in a text cell.
  const phoneColumn = header.indexOf('Phone') + 1;
  expect(String(sheet.getRow(2).getCell(phoneColumn).value)).toMatch(/^\+358\d+$/);

  // Round trip: the exported file, unchanged, creates and updates nothing.
  await wizard.open();
  await wizard.chooseFile(people.path);
  await wizard.toPreview();
  expect(await wizard.summaryCounts()).toMatchObject({ create: 0, update: 0, errors: 0 });

  await page.getByTestId('nav-organisations').click();
  const organisations = await wizard.exportList({ scope: 'all' });
  const organisationSheet = await readWorkbook(organisations.path);
  expect((organisationSheet.getRow(1).values as unknown[]).slice(1, 3)).toEqual(['Name', 'Business ID']);
  await wizard.open();
  await wizard.chooseFile(organisations.path, 'organisations');
  await wizard.toPreview();
  expect(await wizard.summaryCounts()).toMatchObject({ create: 0, update: 0, errors: 0 });
  expect(await app.missingKeys()).toEqual([]);
});

test('a mailing list CSV leaves out people without an e-mail address and says how many', async ({ page }) => {
  const app = new RegisterPage(page);
  const wizard = new ImportWizard(page);
  await page.goto('/');
  await app.createRegister('posti lista kesä 91 silta');
  await app.addPerson({ firstNames: 'Åsa', lastName: 'Öhman', email: 'asa@example.fi' });
  await app.addPerson({ firstNames: 'Noemail', lastName: 'Person' });
  await page.getByTestId('nav-people').click();
  const mailing = await wizard.exportList({ format: 'mailing' });
  expect(mailing.name).toMatch(/^mailing-list-.*\.csv$/);
  const bytes = await readFile(mailing.path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
  expect(lines).toEqual(['E-mail;First names;Last name;Organisation name', 'asa@example.fi;Åsa;Öhman;']);
  await expect(page.getByText('Exported rows: 1. Left out: 1')).toBeVisible();
});

test('rows checked in the list export exactly those rows', async ({ page }, testInfo) => {
  const app = new RegisterPage(page);
  const wizard = new ImportWizard(page);
  await page.goto('/');
  await app.createRegister('valinta talvi kuu 41 silta');
  await wizard.importFile(path.join(fixtures, 'kontakter.csv'));
  await app.openPeople();
  const rows = app.rows();
  await expect(rows.first()).toBeVisible();
  // The list is virtualised: "shown" means every row the filter lets through, rendered or not.
  const visible = Number((await page.getByTestId('page-subtitle').textContent())?.match(/\d+/)?.[0]);
  expect(visible).toBeGreaterThan(await rows.count());

  // The header box selects every row the list shows; Esc clears.
  await page.getByTestId('select-all').check();
  await expect(page.getByTestId('selection-count')).toHaveText(`${visible} rows selected`);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('selection-count')).toHaveCount(0);
  await expect(page.getByTestId('select-all')).not.toBeChecked();

  // One row by mouse, one by keyboard (Space on its focused box).
  await rows.nth(1).getByTestId('row-select').check();
  await rows.nth(4).getByTestId('row-select').focus();
  await page.keyboard.press('Space');
  await expect(rows.nth(4)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('selection-count')).toHaveText('2 rows selected');
  const chosen = [
    await rows.nth(1).getByRole('cell').nth(1).textContent(),
    await rows.nth(4).getByRole('cell').nth(1).textContent(),
  ];
  await page.screenshot({ path: testInfo.outputPath('list-selection.png') });

  const exported = await wizard.exportList({ scope: 'selection' });
  const sheet = await readWorkbook(exported.path);
  expect(sheet.rowCount).toBe(3);
  const names = [2, 3].map(
    (row) => `${sheet.getRow(row).getCell(1).value} ${sheet.getRow(row).getCell(2).value}`,
  );
  expect(names.sort()).toEqual([...chosen].sort());
  // Opening a row still works: the row is a link beside its checkbox.
  await rows.nth(0).getByTestId('table-row-link').click();
  await expect(page.getByTestId('person-detail')).toBeVisible();
  expect(await app.missingKeys()).toEqual([]);
});
