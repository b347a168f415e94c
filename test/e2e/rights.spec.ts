import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { previewPort } from '../helpers/chromiumLaunch';
import { ConsentPage } from '../helpers/ConsentPage';
import { ImportWizard } from '../helpers/ImportWizard';
import { RecordDetailPage } from '../helpers/RecordDetailPage';
import { RegisterPage } from '../helpers/RegisterPage';
import { RightsPanel } from '../helpers/RightsPanel';
import { expectScreenFullyTranslated } from '../helpers/screenTexts';
import { snapshotStoredRegister } from '../helpers/storedCiphertext';
import { TwoClientSync } from '../helpers/TwoClientSync';

test.use({ locale: 'en-GB' });

const personIdOf = (page: Page) => decodeURIComponent(new URL(page.url()).hash.split('/')[2] ?? '');

const cellText = (value: ExcelJS.CellValue): string =>
  value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '');

test('access: everything about a person as .xlsx and JSON, and the request log with due dates', async ({
  page,
}) => {
  const app = new RegisterPage(page);
  const rights = new RightsPanel(page);
  // The due dates below are judged against "today": pin it, letting time run on from there.
  await page.clock.install({ time: new Date('2026-11-22T09:00:00') });
  await page.clock.resume();
  await page.goto('/');
  await app.createRegister('oikeus tietoihin syksy 42 lyhty');
  await app.addOrganisation({ name: 'Oy Esimerkki Ab' });
  await app.addPerson({
    firstNames: 'Aino',
    lastName: 'Mäkinen',
    email: 'aino@example.fi',
    phone: '040 123 4567',
  });
  await expect(page.getByTestId('person-detail')).toBeVisible();
  await new RecordDetailPage(page).linkTo('Oy Esimerkki Ab', 'Lecturer');
  const personId = personIdOf(page);
  // Consent history belongs to the access export too: given, then withdrawn.
  const consent = new ConsentPage(page);
  await consent.recordConsent({ purpose: 'newsletter', state: 'given', date: '2026-09-01', source: 'form' });
  await consent.recordConsent({ purpose: 'newsletter', state: 'withdrawn', date: '2026-10-02' });

  // Received 1 October: due 1 November, so overdue on 22 November; received 31 October: due 30 November.
  await rights.logRequest('access', '1.10.2026', 'By e-mail');
  await rights.logRequest('portability', '31.10.2026');
  await expect(rights.personRequests()).toHaveCount(2);
  await expect(rights.personRequests().first()).toHaveAttribute('data-due', '2026-11-01');
  await expect(rights.personRequests().first().getByTestId('request-state')).toHaveAttribute(
    'data-state',
    'overdue',
  );
  await expect(rights.personRequests().nth(1)).toHaveAttribute('data-due', '2026-11-30');

  await rights.openRequestsPage();
  await expect(rights.requestRows()).toHaveCount(2);
  await expect(rights.requestRows().first()).toHaveAttribute('data-overdue', 'true');
  await expect(rights.requestRows().first()).toContainText('Aino Mäkinen');
  await expect(page.getByTestId('overdue-summary')).toContainText('1 request is past its due date.');
  await page.screenshot({ path: '.kontakt-tmp/screens/rights-requests-page.png' });
  await rights.requestRows().first().getByRole('link').click();

  const workbookFile = await rights.exportData('xlsx');
  expect(workbookFile.name).toMatch(/^personal-data-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(workbookFile.path);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
    'Person',
    'Organisations',
    'Requests',
    'Consents',
    'Ban history',
    'Lists',
    'Event registrations',
    'Relations',
    'Activities',
    'Access log',
  ]);
  // Opening the person's page is in their access log.
  const accessLog = workbook.getWorksheet('Access log')!;
  expect(accessLog.getRow(2).getCell(3).value).toBe('Viewed');
  const consents = workbook.getWorksheet('Consents')!;
  const consentRows = [2, 3].map((row) =>
    (consents.getRow(row).values as ExcelJS.CellValue[]).slice(1, 4).map(cellText),
  );
  expect(consentRows).toEqual(
    expect.arrayContaining([
      ['Newsletter', 'Given', '2026-09-01'],
      ['Newsletter', 'Withdrawn', '2026-10-02'],
    ]),
  );
  const personSheet = workbook.getWorksheet('Person')!;
  const valueOf = (label: string) =>
    personSheet
      .getRows(2, personSheet.rowCount - 1)!
      .find((row) => row.getCell(1).value === label)
      ?.getCell(2).value;
  expect(valueOf('Last name')).toBe('Mäkinen');
  expect(valueOf('E-mail addresses')).toBe('aino@example.fi');
  expect(valueOf('Phone numbers')).toBe('+358401234567');
  expect(valueOf('Record ID')).toBe(personId);
  const organisations = workbook.getWorksheet('Organisations')!;
  expect((organisations.getRow(1).values as unknown[]).slice(1, 4)).toEqual([
    'Organisation',
    'Role or title',
    'Department',
  ]);
  expect(organisations.getRow(2).getCell(1).value).toBe('Oy Esimerkki Ab');
  expect(organisations.getRow(2).getCell(2).value).toBe('Lecturer');
  const requests = workbook.getWorksheet('Requests')!;
  expect(requests.rowCount).toBe(3);
  const requestCells = [2, 3].map((row) => requests.getRow(row).values as ExcelJS.CellValue[]);
  expect(requestCells.map((cells) => cells.slice(1, 4).map(cellText))).toEqual(
    expect.arrayContaining([
      ['Access', '2026-10-01', '2026-11-01'],
      ['Data portability', '2026-10-31', '2026-11-30'],
    ]),
  );

  const jsonFile = await rights.exportData('json');
  expect(jsonFile.name).toMatch(/^personal-data-.*\.json$/);
  const json = JSON.parse(await readFile(jsonFile.path, 'utf8'));
  expect(json).toMatchObject({ format: 'kontakt-subject-access', formatVersion: 1, personId });
  expect(json.sections.person).toMatchObject({
    id: personId,
    firstNames: 'Aino',
    lastName: 'Mäkinen',
    emails: [{ kind: 'work', address: 'aino@example.fi' }],
  });
  expect(json.sections.person).not.toHaveProperty('_rev');
  expect(json.sections.affiliations).toEqual([
    expect.objectContaining({ personId, role: 'Lecturer', organisationName: 'Oy Esimerkki Ab' }),
  ]);
  expect(json.sections.rightsRequests).toHaveLength(2);
  expect(json.sections.consents).toHaveLength(2);

  // Handling a request closes it: the log shows only the open one.
  await rights.personRequests().first().getByTestId('request-done').click();
  await rights.openRequestsPage();
  await expect(rights.requestRows()).toHaveCount(1);
  await page.getByTestId('show-closed-requests').check();
  await expect(rights.requestRows()).toHaveCount(2);
  expect(await app.missingKeys()).toEqual([]);
});

test('restriction: read-only with a badge, left out of the list and of exports until lifted', async ({
  page,
}) => {
  const app = new RegisterPage(page);
  const rights = new RightsPanel(page);
  const wizard = new ImportWizard(page);
  await page.goto('/');
  await app.createRegister('rajoitus käsittely talvi 77 sauva');
  await app.addPerson({ firstNames: 'Ville', lastName: 'Vapaa', email: 'ville@example.fi' });
  await app.addPerson({ firstNames: 'Riikka', lastName: 'Rajattu', email: 'riikka@example.fi' });
  await expect(page.getByTestId('person-detail')).toBeVisible();

  await rights.restrict();
  await expect(page.getByTestId('restricted-badge')).toBeVisible();
  await expect(page.getByTestId('edit-record')).toBeDisabled();
  await expect(page.getByTestId('passivate-record')).toBeDisabled();
  await expect(page.getByTestId('delete-record')).toBeDisabled();
  await expect(page.getByTestId('add-affiliation')).toHaveCount(0);
  await expect(rights.personRequests()).toHaveCount(1);
  await expect(rights.personRequests().first()).toHaveAttribute('data-kind', 'restriction');
  // The form refuses even when reached by its address.
  await page.goto(`${page.url()}/edit`);
  await expect(page.getByTestId('restriction-banner')).toBeVisible();
  await expect(page.locator('input[name=firstNames]')).toHaveCount(0);

  await app.openPeople();
  await expect(app.rows()).toHaveCount(1);
  await expect(app.rows().first()).toContainText('Ville Vapaa');
  const xlsx = await wizard.exportList({ scope: 'all' });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsx.path);
  const names = workbook.worksheets[0]!.getColumn(2).values.slice(2);
  expect(names).toEqual(['Vapaa']);

  await page.getByTestId('show-restricted').check();
  await expect(app.rows()).toHaveCount(2);
  const restrictedRow = app.rows().filter({ hasText: 'Riikka Rajattu' });
  await expect(restrictedRow.getByTestId('restricted-badge')).toBeVisible();
  await page.screenshot({ path: '.kontakt-tmp/screens/rights-restricted-list.png' });
  // "Everything" still leaves the restricted person out, even when the list shows them.
  const again = await wizard.exportList({ scope: 'all' });
  const secondBook = new ExcelJS.Workbook();
  await secondBook.xlsx.readFile(again.path);
  expect(secondBook.worksheets[0]!.rowCount).toBe(2);
  // So does the mailing list of the list as shown.
  const mailing = await wizard.exportList({ format: 'mailing' });
  const mailingText = await readFile(mailing.path, 'utf8');
  expect(mailingText).toContain('ville@example.fi');
  expect(mailingText).not.toContain('riikka@example.fi');

  await app.openRow('Riikka Rajattu');
  await page.screenshot({ path: '.kontakt-tmp/screens/rights-restricted-person.png', fullPage: true });
  await rights.liftRestriction();
  await expect(page.getByTestId('edit-record')).toBeEnabled();
  await expect(rights.personRequests().first()).toContainText('Lifted');
  await app.openPeople();
  await expect(page.getByTestId('show-restricted')).toHaveCount(0);
  await expect(app.rows()).toHaveCount(2);
  expect(await app.missingKeys()).toEqual([]);
});

test.describe('erasure', () => {
  // Two registers are created (PBKDF2), synced, and one of them erases.
  test.describe.configure({ timeout: 240_000 });
  let sync: TwoClientSync;

  test.beforeEach(async ({ browser }) => {
    sync = await TwoClientSync.start({ browser, port: previewPort + 1000, roleOfA: 'coordinator' });
    await sync.setUpDevices();
  });

  test.afterEach(async () => {
    await sync.close();
  });

  test('reaches the second device and the server, and a later import warns before re-adding', async () => {
    const { a, b } = sync;
    a.page.on('console', (message) => {
      if (message.type() === 'error') console.log(`[A] ${message.text()}`);
    });
    const rights = new RightsPanel(a.page);
    await a.addOrganisation({ name: 'Oy Esimerkki Ab' });
    // Someone who stays, so the lists keep their search field.
    await a.addPerson({ firstNames: 'Pysyvä', lastName: 'Henkilö', email: 'pysyva@example.fi' });
    await a.addPerson({
      firstNames: 'Eero',
      lastName: 'Erasmus',
      email: 'eero.erasmus@example.fi',
      phone: '040 765 4321',
      notes: 'Met at the fair',
    });
    await expect(a.personDetail()).toBeVisible();
    await new RecordDetailPage(a.page).linkTo('Oy Esimerkki Ab', 'Trainee');
    const personId = personIdOf(a.page);
    // Data about the person in other record types: a consent and an activity only about them.
    await new ConsentPage(a.page).recordConsent({
      purpose: 'newsletter',
      state: 'given',
      date: '2026-11-01',
      noticeVersion: 'Seloste-Erasmus-v3',
    });
    const timeline = a.page.getByTestId('activity-timeline');
    await timeline.getByTestId('activity-add').click();
    await a.page.fill('input[name=subject]', 'Career talk with the trainee');
    await a.page.getByTestId('activity-dialog').getByTestId('activity-save').click();
    await expect(timeline.getByTestId('activity-subject')).toHaveText(['Career talk with the trainee']);
    await rights.logRequest('erasure', '20.11.2026', 'Asked by phone, Eero Erasmus');
    await a.waitUntilUpToDate();
    await b.openPerson('Erasmus');
    await b.waitUntilUpToDate();
    expect(await sync.serverDatabaseText()).toContain('Erasmus');
    expect(await sync.serverDatabaseText()).toContain('Seloste-Erasmus-v3');

    await a.openPerson('Erasmus');
    await rights.erase('eero erasmus');
    await expect(a.page.getByText('The person was erased here and on the server.')).toBeVisible();
    await a.searchPeople('Erasmus');
    await expect(a.rows()).toHaveCount(0);
    await a.searchPeople('eero.erasmus@example.fi');
    await expect(a.rows()).toHaveCount(0);

    // The second device loses the person and the link through sync.
    await b.searchPeople('Erasmus');
    await expect(b.rows()).toHaveCount(0, { timeout: 30_000 });
    await b.openOrganisations();
    await b.openRow('Oy Esimerkki Ab');
    await expect(b.page.getByTestId('organisation-detail')).not.toContainText('Erasmus');
    await a.waitUntilUpToDate();
    await b.waitUntilUpToDate();

    // Nothing personal is left on the server, in any table; the request log keeps an entry without it.
    const serverText = await sync.serverDatabaseText();
    for (const value of [
      'Erasmus',
      'Eero',
      'eero.erasmus',
      '+358407654321',
      'Met at the fair',
      'Trainee',
      'Seloste-Erasmus-v3',
      'Career talk with the trainee',
    ])
      expect(serverText, value).not.toContain(value);
    expect(serverText).toContain(personId);
    const requests = await sync.serverRecords('rightsRequests');
    expect(requests).toEqual([
      expect.objectContaining({ personId, kind: 'erasure', state: 'done', note: '' }),
    ]);

    // This device's storage keeps no tombstone of the person.
    const stored = await snapshotStoredRegister(a.page);
    const peopleEntries = Object.entries(stored).filter(([key]) => key.includes('people'));
    expect(peopleEntries.some(([key, value]) => key.includes(personId) || value.includes(personId))).toBe(
      false,
    );

    // On the other device, the request log shows the erased person without a name.
    const rightsOfB = new RightsPanel(b.page);
    await rightsOfB.openRequestsPage();
    await b.page.getByTestId('show-closed-requests').check();
    await expect(rightsOfB.requestRows()).toHaveCount(1);
    await expect(rightsOfB.requestRows().first()).toContainText('Erased person');

    // An import on the other device warns about the erased person and skips them unless told otherwise,
    // once the marker and its key have arrived (the marker collection is pulled every few seconds).
    await expect
      .poll(
        async () =>
          Object.keys(await snapshotStoredRegister(b.page)).filter((key) =>
            key.toLowerCase().includes('erasuremarkers'),
          ).length,
        { timeout: 20_000 },
      )
      .toBeGreaterThanOrEqual(2);
    const file = path.join(tmpdir(), `rights-import-${Date.now()}.csv`);
    await writeFile(
      file,
      'First name;Last name;E-mail;Phone\nEero;Erasmus;EERO.ERASMUS@example.fi;\nUusi;Ihminen;uusi@example.fi;\n',
    );
    const wizard = new ImportWizard(b.page);
    await wizard.open();
    await wizard.chooseFile(file);
    await wizard.toPreview();
    await expect(wizard.previewRow(2)).toHaveAttribute('data-action', 'skip');
    await expect(wizard.previewRow(2)).toContainText(/This person asked to be erased on \d+\/\d+\/\d{4}\./);
    await expect(wizard.previewRow(3)).toHaveAttribute('data-action', 'create');
    await b.page.screenshot({ path: '.kontakt-tmp/screens/rights-import-warning.png' });
    expect(await wizard.commit()).toMatchObject({ created: 1 });
    expect(await a.missingKeys()).toEqual([]);
    expect(await b.missingKeys()).toEqual([]);
  });
});

for (const [language, locale] of [
  ['fi', 'fi-FI'],
  ['sv', 'sv-FI'],
  ['en', 'en-GB'],
] as const) {
  test.describe(`rights screens in ${language}`, () => {
    test.use({ locale });

    test(`have all their texts in ${language}`, async ({ page }) => {
      const app = new RegisterPage(page);
      const rights = new RightsPanel(page);
      const check = (screen: string) => expectScreenFullyTranslated(page, `${screen} (${language})`);
      await page.goto('/');
      await app.createRegister('käännös oikeudet kevät 19 kivi');
      await app.addPerson({ firstNames: 'Kim', lastName: 'Berg', email: 'kim@example.fi' });
      await expect(page.getByTestId('person-detail')).toBeVisible();
      await rights.openRequestsPage();
      await expect(page.getByTestId('requests-empty')).toBeVisible();
      await check('requests, empty');
      await app.openPeople();
      await app.openRow('Kim Berg');
      await page.getByTestId('log-request').click();
      await page.getByRole('dialog').locator('input[name=receivedDate]').fill('31.2.2026');
      await page.getByTestId('save-request').click();
      await expect(page.getByRole('dialog').locator('input[name=receivedDate]')).toHaveAttribute(
        'aria-invalid',
        'true',
      );
      await check('log request dialog with an error');
      await page.getByRole('dialog').locator('input[name=receivedDate]').fill('1.9.2026');
      await page.getByTestId('save-request').click();
      await expect(rights.personRequests()).toHaveCount(1);
      await rights.restrict();
      await check('restricted person with requests');
      await rights.openRequestsPage();
      await expect(page.getByTestId('overdue-summary')).toBeVisible();
      await check('requests, overdue');
      await app.openPeople();
      await expect(page.getByTestId('show-restricted')).toBeVisible();
      await check('people with a restricted person hidden');
      await page.getByTestId('show-restricted').check();
      await app.openRow('Kim Berg');
      await page.getByTestId('erase-person').click();
      await check('erasure dialog');
      await page.keyboard.press('Escape');
      expect(await app.missingKeys()).toEqual([]);
    });
  });
}
