import { expect, type Page } from '@playwright/test';

/** The detail page of a person or an organisation: edit, passivate, reactivate, delete, link. */
export class RecordDetailPage {
  constructor(readonly page: Page) {}

  editButton() {
    return this.page.getByTestId('edit-record');
  }

  async edit() {
    await this.editButton().click();
    await expect(this.page.getByTestId('save-record')).toBeVisible();
  }

  async passivate() {
    await this.page.getByTestId('passivate-record').click();
    await this.page.getByRole('dialog').getByRole('button').last().click();
    await expect(this.page.getByTestId('passive-banner')).toBeVisible();
  }

  async reactivate() {
    await this.page.getByTestId('reactivate-record').click();
    await expect(this.page.getByTestId('passive-banner')).toHaveCount(0);
  }

  /** Opens the delete confirmation and returns its parts; nothing is deleted yet. */
  async openDeleteDialog() {
    await this.page.getByTestId('delete-record').click();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    return {
      dialog,
      acknowledgement: dialog.getByRole('checkbox'),
      confirmButton: dialog.getByRole('button').last(),
      cancelButton: dialog.getByRole('button').first(),
    };
  }

  async deletePermanently() {
    const { dialog, acknowledgement, confirmButton } = await this.openDeleteDialog();
    await acknowledgement.check();
    await confirmButton.click();
    await expect(dialog).toBeHidden();
  }

  async openAffiliationDialog() {
    await this.page.getByTestId('add-affiliation').click();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async linkTo(otherName: string, role = '') {
    const dialog = await this.openAffiliationDialog();
    await dialog.locator('input[name=other]').fill(otherName);
    await this.page.getByRole('option', { name: otherName }).click();
    if (role) await dialog.locator('input[name=role]').fill(role);
    await this.page.getByTestId('save-affiliation').click();
    await expect(dialog).toBeHidden();
  }
}
