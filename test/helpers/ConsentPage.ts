import { expect, type Page } from '@playwright/test';

/**
 * Page model of the consent feature: the Consents and Lists panels on a person page, the Lists page
 * and a list's page. Locates by test ids, field names and option values, the same in every language.
 */
export class ConsentPage {
  constructor(readonly page: Page) {}

  private async choose(selectTestId: string, value: string) {
    await this.page.getByTestId(selectTestId).click();
    await this.page.locator(`[role=listbox] li[data-value="${value}"]`).click();
  }

  async recordConsent(change: {
    purpose: string;
    state: 'given' | 'withdrawn' | 'refused';
    date: string;
    source?: 'form' | 'import' | 'inPerson' | 'email';
    noticeVersion?: string;
  }) {
    await this.page.getByTestId('record-consent').click();
    await this.choose('consent-purpose', change.purpose);
    await this.choose('consent-state-select', change.state);
    await this.page.fill('input[name=consentDate]', change.date);
    if (change.source) await this.choose('consent-source', change.source);
    if (change.noticeVersion) await this.page.fill('input[name=noticeVersion]', change.noticeVersion);
    await this.page.getByTestId('save-consent').click();
    await expect(this.page.getByTestId('save-consent')).toHaveCount(0);
  }

  consentRow(purpose: string) {
    return this.page.locator(`[data-testid=consent-row][data-purpose="${purpose}"]`);
  }

  async setBan(action: 'set' | 'lifted') {
    await this.page.getByTestId('ban-toggle').click();
    await this.page.getByTestId('save-ban').click();
    await expect(this.page.getByTestId('ban-status')).toHaveAttribute(
      'data-banned',
      action === 'set' ? 'true' : 'false',
    );
  }

  async openLists() {
    await this.page.getByTestId('nav-lists').click();
    await expect(this.page.getByTestId('contact-lists-page')).toBeVisible();
  }

  async createList(list: { name: string; kind?: string; purpose?: string }) {
    await this.openLists();
    await this.page.getByTestId('new-list').click();
    await this.page.fill('input[name=listName]', list.name);
    if (list.kind) await this.choose('list-kind', list.kind);
    if (list.purpose) await this.choose('list-purpose', list.purpose);
    await this.page.getByTestId('save-list').click();
    await expect(this.page.getByTestId('contact-list-detail')).toBeVisible();
  }

  /** On a list's page: search a person by name and add them. */
  async addMember(name: string) {
    await this.page.fill('input[name=memberSearch]', name);
    await this.page
      .getByRole('option', { name: new RegExp(name) })
      .first()
      .click();
    await this.page.getByTestId('add-member').click();
  }

  members() {
    return this.page.getByTestId('member-row');
  }

  async exportList(format: 'csv' | 'xlsx') {
    await this.page.getByTestId('export-list').click();
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId(`export-list-${format}`).click();
    const file = await download;
    return { path: await file.path(), name: file.suggestedFilename() };
  }
}
