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
