import { expect, test, type Page } from '@playwright/test';
import { ConsentPage } from '../helpers/ConsentPage';
import { ImportWizard } from '../helpers/ImportWizard';
import { RegisterPage } from '../helpers/RegisterPage';
import { RetentionPage } from '../helpers/RetentionPage';
import { expectScreenFullyTranslated } from '../helpers/screenTexts';
import { buildXlsx } from '../helpers/spreadsheetBuilders';
import { storedDocuments } from '../helpers/storedDocuments';

const passphrase = 'säilytys syksy 58 lyhty';

/** Two alumni, a lecturer and two people without a category (both later withdraw mentoring consent). */
const startWithPeople = async (page: Page) => {
  const app = new RegisterPage(page);
  await page.goto('/');
  await app.createRegister(passphrase);
  await new ImportWizard(page).importFile({
    name: 'sailytys.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await buildXlsx([
      ['Etunimet', 'Sukunimi', 'Luokka'],
      ['Aino', 'Aalto', 'Alumnus'],
      ['Bo', 'Berg', 'Alumnus'],
      ['Cecilia', 'Carlsson', 'Lecturer'],
      ['Daniel', 'Dahl', ''],
      ['Eeva', 'Eskola', ''],
    ]),
  });
  return app;
};

const withdrawMentoring = async (page: Page, app: RegisterPage, name: string, date: string) => {
  await app.openPeople();
  await app.openRow(name);
  await new ConsentPage(page).recordConsent({ purpose: 'mentoring', state: 'withdrawn', date });
};

const finnishToday = () => {
  const now = new Date();
  return `${now.getDate()}.${now.getMonth() + 1}.${now.getFullYear()}`;
};

test.describe('retention review', () => {
  test.use({ locale: 'fi-FI' });

  test('rules in Settings → the review lists exactly the people past a rule with the reason; a dry run writes nothing; apply passivates exactly those', async ({
    page,
  }, testInfo) => {
    const app = await startWithPeople(page);
    await withdrawMentoring(page, app, 'Dahl', '2025-01-15');
    await withdrawMentoring(page, app, 'Eskola', '2026-11-01');
    const retention = new RetentionPage(page);

    // Bad input gets a message and stores nothing.
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('add-retention-rule').click();
    await retention.fillRule({ amount: '1,5' });
    await page.getByTestId('save-retention-rule').click();
    await expect(page.getByTestId('retention-rule-form')).toContainText('Valitse, ketä sääntö koskee.');
    await expect(page.getByTestId('retention-rule-form')).toContainText('Anna kokonaisluku väliltä 0–1200.');
    await retention.fillRule({ target: 'eventParticipants', basis: 'consentWithdrawn', amount: '6' });
    await page.getByTestId('save-retention-rule').click();
    await expect(page.getByTestId('retention-rule-form')).toContainText(
      'Tämä alkamiskohta ei sovi valittuun ryhmään.',
    );
    await page.getByRole('button', { name: 'Peruuta' }).click();
    await expect(retention.rules()).toHaveCount(0);

    await retention.addRule({
      target: 'category:alumnus',
      basis: 'lastActivity',
      amount: '0',
      unit: 'months',
      action: 'passivate',
    });
    await retention.addRule({
      target: 'consent:mentoring',
      basis: 'consentWithdrawn',
      amount: '12',
      unit: 'months',
      action: 'passivate',
    });
    await expect(retention.rules()).toHaveText([
      /^Luokka: Alumni: 0 kuukautta viimeisestä toiminnasta; sitten: Passivoi/,
      /^Suostumuksen käyttötarkoitus: Mentorointi: 12 kuukautta suostumuksen perumisesta tai epäämisestä; sitten: Passivoi/,
    ]);
    await page.screenshot({ path: testInfo.outputPath('retention-settings.png'), fullPage: true });

    await retention.openReview();
    const today = finnishToday();
    await expect(page.getByTestId('retention-count')).toHaveText('3 henkilöä ylittänyt säännön');
    expect(await retention.reviewRows()).toEqual([
      `Aino Aalto | Alumni; viimeisin toiminta ${today}; sääntö: 0 kuukautta | Passivoi`,
      `Bo Berg | Alumni; viimeisin toiminta ${today}; sääntö: 0 kuukautta | Passivoi`,
      'Daniel Dahl | Mentorointi; suostumus peruttu tai evätty 15.1.2025; sääntö: 12 kuukautta | Passivoi',
    ]);

    // Dry run: counts and the list, and not one stored byte changes.
    await retention.selectAll();
    await expect(page.getByTestId('retention-selected')).toHaveText('3 valittu');
    const before = await storedDocuments(page, 'people');
    expect(before.length).toBe(5);
    await retention.dryRun();
    await expect(page.getByTestId('dry-run-passivate')).toHaveText('3 henkilöä passivoitaisiin.');
    await expect(page.getByTestId('dry-run-erase')).toHaveText('0 henkilöä poistettaisiin.');
    await expect(page.getByTestId('dry-run-row')).toHaveText([
      'Aino Aalto: Passivoi',
      'Bo Berg: Passivoi',
      'Daniel Dahl: Passivoi',
    ]);
    await page.screenshot({ path: testInfo.outputPath('retention-dry-run.png'), fullPage: true });
    expect(await storedDocuments(page, 'people')).toEqual(before);

    await retention.apply('Toteuta');
    await expect(page.getByTestId('retention-done')).toHaveText('3 henkilöä käsitelty.');
    await expect(page.getByTestId('retention-empty')).toBeVisible();

    // Exactly those three are passive; the other two stay active.
    await app.openPeople();
    await app.filterStatus('passive');
    await expect(app.rows()).toHaveCount(3);
    await expect(app.rows()).toContainText(['Aalto', 'Berg', 'Dahl']);
    await app.filterStatus('active');
    await expect(app.rows()).toHaveCount(2);
    await expect(app.rows()).toContainText(['Carlsson', 'Eskola']);
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

    test(`retention settings and review are translated (${language})`, async ({ page }, testInfo) => {
      const app = await startWithPeople(page);
      const retention = new RetentionPage(page);
      await retention.openReview();
      await expectScreenFullyTranslated(page, `retention review without rules (${language})`);
      await retention.addRule({
        target: 'category:alumnus',
        basis: 'lastActivity',
        amount: '0',
        unit: 'years',
        action: 'erase',
      });
      await page.getByTestId('add-retention-rule').click();
      await expectScreenFullyTranslated(page, `retention settings (${language})`);
      await retention.openReview();
      await expect(page.getByTestId('table-row-link')).toHaveCount(2);
      await retention.selectAll();
      await retention.dryRun();
      await expectScreenFullyTranslated(page, `retention dry run (${language})`);
      await page.getByTestId('retention-apply').click();
      await expectScreenFullyTranslated(page, `retention confirmation (${language})`);
      await page.screenshot({ path: testInfo.outputPath(`retention-review-${language}.png`) });
      expect(await app.missingKeys()).toEqual([]);
    });
  });
}
