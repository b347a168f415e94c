import { expect, type Page } from '@playwright/test';

/** Page model of the Kontakt app: the steps a user takes, so specs read as user stories. */
export class RegisterPage {
  constructor(readonly page: Page) {}

  async createRegister(passphrase: string) {
    await this.page.fill('input[name=passphrase]', passphrase);
    await this.page.fill('input[name=confirmation]', passphrase);
    await this.page.click('button[type=submit]');
    await expect(this.page.getByTestId('nav-people')).toBeVisible({ timeout: 20_000 });
  }

  async unlock(passphrase: string) {
    await this.page.fill('input[name=passphrase]', passphrase);
    await this.page.click('button[type=submit]');
  }

  async addPerson(person: {
    firstNames: string;
    lastName: string;
    email?: string;
    phone?: string;
    notes?: string;
  }) {
    await this.page.getByTestId('nav-people').click();
    await this.page.getByTestId('new-record').click();
    await this.page.fill('input[name=firstNames]', person.firstNames);
    await this.page.fill('input[name=lastName]', person.lastName);
    if (person.email) await this.page.fill('input[name="emails.0.address"]', person.email);
    if (person.phone) await this.page.fill('input[name="phones.0.number"]', person.phone);
    if (person.notes) await this.page.fill('textarea[name=notes]', person.notes);
    await this.page.getByTestId('save-record').click();
  }

  async searchPeople(query: string) {
    await this.page.getByTestId('nav-people').click();
    await this.page.getByTestId('list-search').fill(query);
  }

  rows() {
    return this.page.getByTestId('table-row');
  }

  missingKeys() {
    return this.page.evaluate(() => globalThis.__kontaktMissingKeys ?? []);
  }
}
