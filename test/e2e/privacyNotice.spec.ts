import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { pdfFacts } from '../helpers/pdfFacts';
import { RegisterDescriptionPage } from '../helpers/RegisterDescriptionPage';
import { RegisterPage } from '../helpers/RegisterPage';
import { expectScreenFullyTranslated } from '../helpers/screenTexts';
import { SettingsPage } from '../helpers/SettingsPage';

const passphrase = 'seloste kuusi meri 58 tuuli';
const screens = '.kontakt-tmp/screens';
test.use({ locale: 'en-GB' });

/** The app scrolls inside its main area, so a whole page is shot with a viewport tall enough to hold it. */
const tallScreenshot = async (page: Page, path: string) => {
  await page.setViewportSize({ width: 1280, height: 3000 });
  await page.screenshot({ path });
  await page.setViewportSize({ width: 1280, height: 800 });
};

const finnish = {
  controllerName: 'Esimerkin ammattikorkeakoulu Oy',
  address: 'Opistotie 1, 00100 Helsinki',
  contactPersons: 'Maija Meikäläinen, tietosuoja@esimerkki.fi, 040 123 4567',
  dataProtectionOfficer: 'Pekka Virtanen, tietosuojavastaava@esimerkki.fi',
  registerName: 'Alumni- ja sidosryhmärekisteri',
  purposes: 'Yhteydenpito alumneihin ja yhteistyökumppaneihin sekä tapahtumista tiedottaminen.',
  dataSubjects: 'Alumnit, yhteistyökumppanien yhteyshenkilöt ja vierailevat luennoitsijat.',
  sources: 'Rekisteröidyt itse ja ilmoittautumislomakkeet.',
  recipients: 'Tietoja ei luovuteta säännönmukaisesti.',
  retentionDetails: 'Tiedot poistetaan, kun yhteistyö on päättynyt.',
  security: 'Rekisteriä käyttää vain nimetty henkilöstö.',
};
const swedish = {
  controllerName: 'Exempel yrkeshögskola Ab',
  address: 'Instituttsvägen 1, 00100 Helsingfors',
  contactPersons: 'Maija Meikäläinen, tietosuoja@esimerkki.fi, 040 123 4567',
  dataProtectionOfficer: 'Pekka Virtanen, tietosuojavastaava@esimerkki.fi',
  registerName: 'Alumn- och intressentregister',
  purposes: 'Kontakt med alumner och samarbetspartner samt information om evenemang.',
  dataSubjects: 'Alumner, samarbetspartners kontaktpersoner och gästföreläsare.',
  sources: 'De registrerade själva och anmälningsblanketter.',
  recipients: 'Uppgifter lämnas inte ut regelbundet.',
  security: 'Endast utsedd personal använder registret.',
};

test('the register description fills the privacy notice in Finnish, Swedish and English; print and PDF leave out the app', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  mkdirSync(screens, { recursive: true });
  const app = new RegisterPage(page);
  const settings = new SettingsPage(page);
  const description = new RegisterDescriptionPage(page);
  await page.goto('/');
  await app.createRegister(passphrase);
  await settings.open();
  await settings.addCategory('person', 'Hallituksen jäsen');
  // A disabled category is not offered, so the notice must not name it.
  const donor = page.getByTestId('categories-person').getByRole('checkbox', { name: 'Donor' });
  await donor.click();
  await expect(donor).not.toBeChecked();

  // Nothing written yet: the notice shows every gap and lists what is missing.
  await description.openNotice();
  await expect(page.getByTestId('notice-missing')).toContainText('Controller');
  await expect(description.notice().getByTestId('notice-gap')).toHaveCount(11);
  await expect(description.notice()).toContainText('[missing: Name of the register]');
  await page.getByRole('link', { name: 'Edit the register description' }).click();

  // A business ID with a wrong check digit is refused at the field and nothing is stored.
  await description.setBusinessId('1572860-1');
  await description.fillTexts('fi', finnish);
  await description.save();
  await expect(description.section().locator('input[name=businessId]')).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(description.section()).toContainText(
    'The check digit of the business ID does not match (it should be 0)',
  );
  // Leaving with unsaved texts asks first; leaving anyway stores nothing.
  await page.getByTestId('open-privacy-notice').click();
  await expect(page.getByRole('dialog')).toContainText('You have unsaved changes. Leave without saving?');
  await page.getByRole('dialog').getByRole('button', { name: 'Leave' }).click();
  await expect(description.notice()).toBeVisible();
  await expect(description.notice()).not.toContainText(finnish.controllerName);
  await page.getByRole('link', { name: 'Edit the register description' }).click();

  await description.setBusinessId('1572860-0');
  await description.checkLegalBasis('legitimateInterests');
  await description.checkLegalBasis('consent');
  await description.fillTexts('fi', finnish);
  await description.fillTexts('sv', swedish);
  await description.fillTexts('en', {
    controllerName: 'Example University of Applied Sciences Ltd',
    registerName: 'Alumni and stakeholder register',
    security: 'Only named staff use the register.',
  });
  await description.save();
  await expect(
    page.getByRole('status').filter({ hasText: 'The register description was saved.' }),
  ).toBeVisible();
  await expectScreenFullyTranslated(page, 'settings with the register description');
  await tallScreenshot(page, `${screens}/register-description-settings.png`);

  // The description survives a reload (it lives in the encrypted settings record).
  await app.reloadAndUnlock(passphrase);
  await settings.open();
  await description.chooseTab('sv');
  await expect(description.section().locator('[name="registerName.sv"]')).toHaveValue(swedish.registerName);

  await description.openNotice();
  await expect(page).toHaveURL(/#\/privacy-notice$/);
  // The notice starts in the UI language; English texts not written show the Finnish ones, marked.
  await expect(description.notice()).toHaveAttribute('lang', 'en');
  await expect(description.notice().locator('h2')).toHaveText('Privacy notice');
  await expect(description.notice()).toContainText('(in Finnish, not translated)');
  await expect(page.getByTestId('notice-fallbacks')).toContainText('Purposes of processing');
  await expect(page.getByTestId('notice-missing')).toHaveCount(0);
  await expectScreenFullyTranslated(page, 'privacy notice');

  await description.chooseNoticeLanguage('fi');
  expect(await description.headings()).toEqual([
    '1. Rekisterinpitäjä',
    '2. Rekisteriasioista vastaava yhteyshenkilö',
    '3. Tietosuojavastaava',
    '4. Rekisterin nimi',
    '5. Henkilötietojen käsittelyn tarkoitus ja oikeusperuste',
    '6. Rekisterin tietosisältö',
    '7. Säännönmukaiset tietolähteet',
    '8. Tietojen säännönmukaiset luovutukset',
    '9. Tietojen siirto EU:n tai ETA:n ulkopuolelle',
    '10. Henkilötietojen säilytysaika',
    '11. Rekisterin suojauksen periaatteet',
    '12. Rekisteröidyn oikeudet',
  ]);
  const finnishNotice = description.notice();
  await expect(finnishNotice.locator('h2')).toHaveText('Tietosuojaseloste');
  await expect(finnishNotice).toContainText('Y-tunnus: 1572860-0');
  await expect(finnishNotice).toContainText(finnish.registerName);
  const content = finnishNotice.getByTestId('notice-section-content');
  await expect(content.getByRole('listitem').filter({ hasText: /^Alumni$/ })).toHaveCount(1);
  await expect(content.getByRole('listitem').filter({ hasText: /^Hallituksen jäsen$/ })).toHaveCount(1);
  await expect(content.getByRole('listitem').filter({ hasText: /^sähköpostiosoitteet$/ })).toHaveCount(1);
  await expect(content.getByRole('listitem').filter({ hasText: /^Lahjoittaja$/ })).toHaveCount(1); // organisations only
  await expect(finnishNotice.getByTestId('notice-section-purposes')).toContainText(
    'uutiskirjeiden lähettäminen',
  );
  await expect(finnishNotice.getByTestId('notice-section-rights')).toContainText(
    'Tietosuojavaltuutetun toimisto',
  );
  await expect(finnishNotice.getByTestId('notice-untranslated')).toHaveCount(0);
  await page.screenshot({ path: `${screens}/privacy-notice-fi.png` });
  await tallScreenshot(page, `${screens}/privacy-notice-fi-document.png`);

  await description.chooseNoticeLanguage('sv');
  await expect(description.notice().locator('h2')).toHaveText('Dataskyddsbeskrivning');
  expect((await description.headings())[0]).toBe('1. Personuppgiftsansvarig');
  expect((await description.headings())[11]).toBe('12. Den registrerades rättigheter');
  await expect(description.notice()).toContainText('FO-nummer: 1572860-0');
  await expect(description.notice()).toContainText(swedish.registerName);
  await expect(description.notice().getByTestId('notice-section-content')).toContainText('Alumn');
  await expect(description.notice().getByTestId('notice-section-content')).toContainText('Hallituksen jäsen');
  // Retention details were written only in Finnish: shown, marked as not translated.
  await expect(description.notice().getByTestId('notice-section-retention')).toContainText(
    '(på finska, inte översatt)',
  );
  await page.screenshot({ path: `${screens}/privacy-notice-sv.png` });
  await tallScreenshot(page, `${screens}/privacy-notice-sv-document.png`);

  // Print: the app bar, navigation and page controls are gone; the notice stays.
  await description.chooseNoticeLanguage('fi');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header')).toBeHidden();
  await expect(page.getByTestId('nav-people')).toBeHidden();
  await expect(page.getByTestId('notice-pdf')).toBeHidden();
  await expect(page.getByTestId('notice-language-fi')).toBeHidden();
  await expect(description.notice()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('privacy-notice-print.png'), fullPage: true });
  // Back to no emulation: page.pdf() would otherwise print the emulated screen media.
  await page.emulateMedia({ media: null });

  // page.pdf() prints with print media, as Electron's printToPDF does: a multi-page A4 PDF titled by the notice.
  const pdfBytes = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  writeFileSync(testInfo.outputPath('privacy-notice-fi.pdf'), pdfBytes);
  const pdf = pdfFacts(pdfBytes);
  expect(pdf.isPdf).toBe(true);
  expect(pdf.pages).toBeGreaterThan(1);
  expect(pdf.title).toBe(`Tietosuojaseloste – ${finnish.registerName}`);

  // In the browser, Save as PDF opens the print dialog (its own "Save as PDF").
  await page.evaluate(() => {
    (window as unknown as { printCalls: number }).printCalls = 0;
    window.print = () => {
      (window as unknown as { printCalls: number }).printCalls += 1;
    };
  });
  await page.getByTestId('notice-pdf').click();
  await page.getByTestId('notice-print').click();
  expect(await page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(2);
});

for (const { locale, language } of [
  { locale: 'fi-FI', language: 'fi' },
  { locale: 'sv-FI', language: 'sv' },
] as const) {
  test.describe(`in ${language}`, () => {
    test.use({ locale });

    test(`the register description and the notice are fully translated (${language})`, async ({ page }) => {
      const app = new RegisterPage(page);
      const settings = new SettingsPage(page);
      const description = new RegisterDescriptionPage(page);
      await page.goto('/');
      await app.createRegister(passphrase);
      await settings.open();
      await expect(description.section()).toBeVisible();
      await description.save();
      await expectScreenFullyTranslated(page, `register description (${language})`);
      await description.openNotice();
      await expect(description.notice()).toHaveAttribute('lang', language);
      await expect(page.getByTestId('notice-missing')).toBeVisible();
      await expectScreenFullyTranslated(page, `privacy notice (${language})`);
    });
  });
}
