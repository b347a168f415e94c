import { expect, type Page } from '@playwright/test';

/** Page model of the data subject rights: the person page's panel, its dialogs and the Requests page. */
export class RightsPanel {
  constructor(readonly page: Page) {}

  panel() {
    return this.page.getByTestId('person-rights');
  }

  async logRequest(kind: string, receivedDate: string, note = '') {
    await this.page.getByTestId('log-request').click();
    const dialog = this.page.getByRole('dialog');
    await this.page.getByTestId('request-kind').click();
    await this.page.locator(`[role=option][data-value="${kind}"]`).click();
    await dialog.locator('input[name=receivedDate]').fill(receivedDate);
    if (note) await dialog.locator('textarea[name=requestNote]').fill(note);
    await this.page.getByTestId('save-request').click();
    await expect(dialog).toBeHidden();
  }

  personRequests() {
    return this.page.getByTestId('person-request');
  }

  /** Clicks an export button and returns the downloaded file. */
  async exportData(format: 'xlsx' | 'json') {
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId(`export-person-${format}`).click();
    const file = await download;
    return { path: await file.path(), name: file.suggestedFilename() };
  }

  async restrict() {
    await this.page.getByTestId('restrict-processing').click();
    await this.page.getByRole('dialog').getByRole('button').last().click();
    await expect(this.page.getByTestId('restriction-banner')).toBeVisible();
  }

  async liftRestriction() {
    await this.page.getByTestId('lift-restriction').click();
    await this.page.getByRole('dialog').getByRole('button').last().click();
    await expect(this.page.getByTestId('restriction-banner')).toBeHidden();
  }

  async erase(typedName: string) {
    await this.page.getByTestId('erase-person').click();
    const dialog = this.page.getByRole('dialog');
    await expect(this.page.getByTestId('confirm-erasure')).toBeDisabled();
    await dialog.locator('input[name=erasureConfirmName]').fill(typedName);
    await this.page.getByTestId('confirm-erasure').click();
    await expect(dialog).toBeHidden({ timeout: 60_000 });
  }

  async openRequestsPage() {
    await this.page.getByTestId('nav-requests').click();
    await expect(this.page.getByTestId('requests-page')).toBeVisible();
  }

  requestRows() {
    return this.page.getByTestId('request-row');
  }
}
