import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { EventsPage } from '../helpers/EventsPage';
import { RecordDetailPage } from '../helpers/RecordDetailPage';
import { RegisterPage } from '../helpers/RegisterPage';
import { expectScreenFullyTranslated } from '../helpers/screenTexts';
import { snapshotStoredRegister } from '../helpers/storedCiphertext';

const passphrase = 'kurssi ilmo syys 73 lautta';

/** Today in the browser, as yyyy-mm-dd, moved by whole days. */
const dayFromToday = (page: Page, days: number) =>
  page.evaluate((offset) => {
    const date = new Date();
    date.setDate(date.getDate() + offset);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  }, days);

const readSheet = async (filePath: string) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(filePath);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
};

test.describe('events', () => {
  test.use({ locale: 'en-GB' });

  test('capacity 2, three registrations, waiting list promotion, attendance, payment, export and report', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const app = new RegisterPage(page);
    const events = new EventsPage(page);
    await page.goto('/');
    await app.createRegister(passphrase);
    await app.addPerson({
      firstNames: 'Aino',
      lastName: 'Aalto',
      email: 'aino@example.fi',
      phone: '040 123 4567',
    });
    await app.addPerson({ firstNames: 'Bertil', lastName: 'Berg', email: 'bertil@example.fi' });
    await app.addPerson({ firstNames: 'Cecilia', lastName: 'Castrén', email: '=cmd@example.fi'.slice(1) });
    await expect(page.getByTestId('person-detail')).toBeVisible();

    // Field validation: mistakes show at the field when leaving it, and nothing is saved.
    await events.open();
    await expect(page.getByTestId('empty-state')).toBeVisible();
    await events.startNew();
    const eventDay = await dayFromToday(page, -2);
    await events.fill({ name: 'Excel-kurssi', startDate: eventDay, startTime: '14:00', endTime: '09:00' });
    await events.fill({ capacity: '0' });
    await page.locator('input[name=priceCents]').fill('12,345');
    await page.locator('input[name=place]').focus();
    await expect(page.locator('input[name=capacity]')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('The number cannot be less than 1.')).toBeVisible();
    await expect(page.getByText('Please enter a number (e.g. 25 or 1 234,50).')).toBeVisible();
    await page.getByTestId('save-record').click();
    await expect(page.getByTestId('form-error')).toBeVisible();
    await expect(page.locator('input[name=endTime]')).toHaveAttribute('aria-invalid', 'true');
    await events.fill({ capacity: '2', price: '1 120,50', endTime: '16:00', place: 'Tampere' });
    await page.getByTestId('save-record').click();
    await expect(page.getByTestId('event-detail')).toBeVisible();
    await expect(page.getByTestId('event-price')).toHaveText('€1,120.50');
    const eventHash = await page.evaluate(() => window.location.hash);
    await expect(page.getByTestId('capacity-text')).toHaveText('0 of 2 seats taken');

    // Three people for two seats: the third waits.
    await events.register('aino', 'Aino Aalto');
    await events.register('bertil@', 'Bertil Berg');
    await expect(page.getByTestId('capacity-full')).toBeVisible();
    await events.register('castren', 'Cecilia Castrén');
    await expect(
      page.getByText('The event is full: Cecilia Castrén was put on the waiting list.'),
    ).toBeVisible();
    expect(await events.statusOf('Cecilia')).toBe('waitingList');
    await expect(events.row('Cecilia').getByTestId('waiting-position')).toHaveText('Waiting list, place 1');
    await expect(page.getByTestId('waiting-count')).toHaveText('1 on the waiting list');
    await expect(page.getByTestId('capacity-text')).toHaveText('2 of 2 seats taken');
    // Registering someone twice is refused.
    await page.locator('input[name=participantSearch]').fill('aino');
    await page.getByRole('option', { name: /Aino Aalto/ }).click();
    await expect(page.getByText('Aino Aalto is already registered for this event.')).toBeVisible();
    await expect(page.getByTestId('registration-row')).toHaveCount(3);

    // Cancelling a seat promotes the first on the waiting list at once.
    await events.setStatus('Aino Aalto', 'Cancelled');
    await expect(page.getByText('Moved up from the waiting list: Cecilia Castrén')).toBeVisible();
    await expect.poll(() => events.statusOf('Cecilia')).toBe('registered');
    await expect(page.getByTestId('waiting-count')).toHaveCount(0);
    await expect(page.getByTestId('capacity-text')).toHaveText('2 of 2 seats taken');

    // Attendance and payment.
    await events.setStatus('Bertil Berg', 'Attended');
    await events.setStatus('Cecilia Castrén', 'No-show');
    await expect.poll(() => events.statusOf('Bertil')).toBe('attended');
    await events.setPayment('Bertil Berg', 'Paid');
    await events.setText('Bertil Berg', 'registration-reference', '12345673');
    await expect(events.row('Bertil').getByText(/check digit does not match/)).toBeVisible();
    await events.setText('Bertil Berg', 'registration-reference', '123 45672');
    await expect(events.row('Bertil').getByText(/check digit does not match/)).toHaveCount(0);
    await events.setText('Bertil Berg', 'registration-amount', '100');
    await expect(events.row('Bertil').getByTestId('registration-amount')).toHaveValue('100.00');
    // Invoicing sets a due date from the 14-day payment term; one in the past makes it overdue.
    await events.setPayment('Cecilia Castrén', 'Invoiced');
    await expect(events.row('Cecilia').getByTestId('registration-due')).toHaveValue(
      await dayFromToday(page, 14),
    );
    await events
      .row('Cecilia')
      .getByTestId('registration-due')
      .fill(await dayFromToday(page, -1));
    await expect(events.row('Cecilia').getByText(/^Overdue: the due date/)).toBeVisible();
    await page.setViewportSize({ width: 1280, height: 1100 });
    // The registrations table fits beside the navigation: no sideways scrolling of the page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    await page.getByTestId('event-detail').evaluate((element) => element.scrollIntoView());
    await page.screenshot({ path: 'test-results/events-detail.png' });
    await page.setViewportSize({ width: 1280, height: 800 });

    // The participant list, read back from the real file.
    const participants = await events.exportParticipants();
    expect(participants.name).toMatch(/^participants-Excel-kurssi-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const rows = await readSheet(participants.path);
    expect(rows[0]).toEqual([
      'Name',
      'E-mail',
      'Phone',
      'Organisation name',
      'Registration status',
      'Payment',
      'Amount (€)',
      'Invoice reference',
    ]);
    expect(rows.slice(1)).toEqual([
      ['Bertil Berg', 'bertil@example.fi', undefined, undefined, 'Attended', 'Paid', 100, '123 45672'],
      ['Aino Aalto', 'aino@example.fi', '+358401234567', undefined, 'Cancelled', 'Unpaid', 1120.5, undefined],
      ['Cecilia Castrén', 'cmd@example.fi', undefined, undefined, 'No-show', 'Overdue', 1120.5, undefined],
    ]);

    // The person page lists the registration.
    await events.row('Bertil').getByRole('link', { name: 'Bertil Berg' }).click();
    await expect(page.getByTestId('person-registration')).toContainText('Excel-kurssi');
    await expect(page.getByTestId('person-registration')).toContainText('Attended · Paid · €100.00');

    // Deleting a person permanently takes their registrations along.
    await app.openPeople();
    await app.openRow('Aalto');
    await new RecordDetailPage(page).deletePermanently();
    await page.evaluate((hash) => (window.location.hash = hash), eventHash);
    await expect(page.getByTestId('event-detail')).toBeVisible();
    await expect(page.getByTestId('registration-row')).toHaveCount(2);

    // The attendance report over the last year.
    await events.open();
    await page.getByTestId('open-attendance-report').click();
    const row = page.getByTestId('report-row').filter({ hasText: 'Excel-kurssi' });
    const cell = (column: string) => row.locator(`[data-column=${column}]`);
    await expect(cell('registered')).toHaveText('0');
    await expect(cell('attended')).toHaveText('1');
    await expect(cell('noShow')).toHaveText('1');
    await expect(cell('cancelled')).toHaveText('0');
    await expect(cell('attendanceRate')).toHaveText('50%');
    await expect(cell('unpaid')).toHaveText('€0.00');
    await expect(cell('overdue')).toHaveText('€1,120.50');
    await page.screenshot({ path: 'test-results/events-report.png', fullPage: true });
    const download = page.waitForEvent('download');
    await page.getByTestId('export-attendance').click();
    const report = await readSheet(await (await download).path());
    expect(report[0]).toContain('Attendance rate');
    expect(report[1]!.slice(3)).toEqual([0, 0, 1, 1, 0, 0.5, 0.5, 0, 1120.5]);
    expect(report[2]![0]).toBe('Total');
    // A period without the event shows none.
    await page.locator('input[name=reportTo]').fill(await dayFromToday(page, -30));
    await expect(page.getByTestId('report-empty')).toBeVisible();

    // The event list: upcoming hides a past event, past shows it, search and type filter narrow.
    await events.open();
    await expect(page.getByTestId('no-matches')).toBeVisible();
    await page.getByTestId('no-matches').getByRole('button').click();
    await expect(app.rows()).toHaveCount(1);
    await page.locator('input[name=eventSearch]').fill('tampere');
    await expect(app.rows()).toHaveCount(1);
    await page.locator('input[name=eventSearch]').fill('seminaari');
    await expect(app.rows()).toHaveCount(0);
    expect(await app.missingKeys()).toEqual([]);

    // Event names, places, payments and references are encrypted at rest like people.
    const stored = JSON.stringify(await snapshotStoredRegister(page));
    for (const marker of ['Excel-kurssi', 'Tampere', '12345672', 'noShow', 'invoiced'])
      expect(stored, marker).not.toContain(marker);
  });
});

// The event screens in every language: no missing key, raw key or unfilled placeholder.
for (const [language, locale] of [
  ['fi', 'fi-FI'],
  ['sv', 'sv-FI'],
  ['en', 'en-GB'],
] as const) {
  test.describe(`event screens in ${language}`, () => {
    test.use({ locale });

    test(`are fully translated in ${language}`, async ({ page }) => {
      const app = new RegisterPage(page);
      const events = new EventsPage(page);
      const check = (screen: string) => expectScreenFullyTranslated(page, `${screen} (${language})`);
      await page.goto('/');
      await app.createRegister(passphrase);
      await app.addPerson({ firstNames: 'Kim', lastName: 'Berg' });
      await app.addPerson({ firstNames: 'Sam', lastName: 'Lind' });
      await events.open();
      await check('events, empty');
      await events.startNew();
      await events.fill({ name: 'Alumni', startDate: await dayFromToday(page, 10), capacity: 'x' });
      await page.getByTestId('save-record').click();
      await expect(page.getByTestId('form-error')).toBeVisible();
      await check('event form with a field error');
      await events.fill({ capacity: '1', price: '20' });
      await page.getByTestId('save-record').click();
      await expect(page.getByTestId('event-detail')).toBeVisible();
      await check('event, no registrations');
      await events.register('kim', 'Kim Berg');
      await events.register('sam', 'Sam Lind');
      await expect(page.getByTestId('waiting-count')).toBeVisible();
      await events.row('Kim').getByTestId('registration-reference').fill('1');
      await events.row('Kim').getByTestId('registration-reference').press('Enter');
      await expect(events.row('Kim').getByTestId('registration-reference')).toHaveAttribute(
        'aria-invalid',
        'true',
      );
      await check('event with registrations, waiting list and a field error');
      await page.screenshot({ path: `test-results/events-detail-${language}.png` });
      await page.getByTestId('registration-remove').first().click();
      await check('remove registration dialog');
      await page.keyboard.press('Escape');
      await events.open();
      await check('events, filled');
      await page.screenshot({ path: `test-results/events-list-${language}.png` });
      await page.getByTestId('open-attendance-report').click();
      await check('attendance report, empty');
      await page.locator('input[name=reportTo]').fill(await dayFromToday(page, 30));
      await expect(page.getByTestId('report-totals')).toBeVisible();
      await check('attendance report');
      await app.openPeople();
      await app.openRow('Kim');
      await expect(page.getByTestId('person-registrations')).toBeVisible();
      await check('person with registrations');
    });
  });
}
