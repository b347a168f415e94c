import { expect, type Page } from '@playwright/test';

export type PersonInput = {
  firstNames: string;
  lastName: string;
  email?: string;
  phone?: string;
  notes?: string;
};

/**
 * Page model of the Kontakt app: the steps a user takes, so specs read as user stories. Locators go by
 * test ids and field names, which are the same in every language; screen-specific steps live in
 * RecordDetailPage and SettingsPage.
 */
export class RegisterPage {
  constructor(readonly page: Page) {}

  async createRegister(passphrase: string) {
    await this.page.fill('input[name=passphrase]', passphrase);
    await this.page.fill('input[name=confirmation]', passphrase);
    await this.page.click('button[type=submit]');
    await this.expectUnlocked();
  }

  async unlock(passphrase: string) {
    await this.page.fill('input[name=passphrase]', passphrase);
    await this.page.click('button[type=submit]');
  }

  async expectUnlocked() {
    await expect(this.page.getByTestId('nav-people')).toBeVisible({ timeout: 20_000 });
  }

  async lockNow() {
    await this.page.getByTestId('lock-now').click();
    await expect(this.page.getByTestId('locked-notice')).toBeVisible();
  }

  /** A reload drops the key with the page; the register asks for the passphrase again. */
  async reloadAndUnlock(passphrase: string) {
    await this.page.reload();
    await this.unlock(passphrase);
    await this.expectUnlocked();
  }

  async openPeople() {
    await this.page.getByTestId('nav-people').click();
  }

  async openOrganisations() {
    await this.page.getByTestId('nav-organisations').click();
  }

  async openSettings() {
    await this.page.getByTestId('nav-settings').click();
  }

  async startNewPerson() {
    await this.openPeople();
    await this.page.getByTestId('new-record').click();
  }

  async fillPerson(person: Partial<PersonInput>) {
    if (person.firstNames !== undefined) await this.page.fill('input[name=firstNames]', person.firstNames);
    if (person.lastName !== undefined) await this.page.fill('input[name=lastName]', person.lastName);
    if (person.email !== undefined) await this.fillFirstEntry('emails', 'address', person.email);
    if (person.phone !== undefined) await this.fillFirstEntry('phones', 'number', person.phone);
    if (person.notes !== undefined) await this.page.fill('textarea[name=notes]', person.notes);
  }

  /** A saved record keeps no blank contact rows, so editing may first need the editor's add button. */
  private async fillFirstEntry(list: 'emails' | 'phones', field: string, value: string) {
    const input = this.page.locator(`input[name="${list}.0.${field}"]`);
    if ((await input.count()) === 0) {
      await this.page.getByTestId(`${list}-editor`).getByRole('button').last().click();
    }
    await input.fill(value);
  }

  async addPerson(person: PersonInput) {
    await this.startNewPerson();
    await this.fillPerson(person);
    await this.save();
  }

  async addOrganisation(organisation: { name: string; businessId?: string }) {
    await this.openOrganisations();
    await this.page.getByTestId('new-record').click();
    await this.page.fill('input[name=name]', organisation.name);
    if (organisation.businessId) await this.page.fill('input[name=businessId]', organisation.businessId);
    await this.save();
    await expect(this.page.getByTestId('organisation-detail')).toBeVisible();
  }

  async save() {
    await this.page.getByTestId('save-record').click();
  }

  async searchPeople(query: string) {
    await this.openPeople();
    await this.page.getByTestId('list-search').fill(query);
  }

  async searchOrganisations(query: string) {
    await this.openOrganisations();
    await this.page.getByTestId('list-search').fill(query);
  }

  /** Picks an option of the list's status filter by its position: active, passive, all. */
  async filterStatus(status: 'active' | 'passive' | 'all') {
    await this.page.getByTestId('status-filter').click();
    const position = { active: 0, passive: 1, all: 2 }[status];
    await this.page.getByRole('listbox').getByRole('option').nth(position).click();
  }

  /** Opens the first list row whose text contains `name`. */
  async openRow(name: string) {
    await this.rows().filter({ hasText: name }).first().click();
  }

  rows() {
    return this.page.getByTestId('table-row');
  }

  missingKeys() {
    return this.page.evaluate(() => globalThis.__kontaktMissingKeys ?? []);
  }
}
