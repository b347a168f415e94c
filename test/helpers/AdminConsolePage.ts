import { expect, type Page } from '@playwright/test';

export type NewUserInput = {
  username: string;
  displayName: string;
  role?: 'admin' | 'coordinator' | 'staff' | 'partner';
  units?: string[];
  password: string;
};

/** Page model of Administration (users and units) and a record's access log, for admin e2e specs. */
export class AdminConsolePage {
  constructor(readonly page: Page) {}

  navEntry() {
    return this.page.getByTestId('nav-admin');
  }

  async open() {
    await expect(this.navEntry()).toBeVisible({ timeout: 20_000 });
    await this.navEntry().click();
    await expect(this.page.getByTestId('admin-users')).toBeVisible({ timeout: 20_000 });
  }

  userRow(username: string) {
    return this.page.locator(`[data-testid=admin-user-row][data-username="${username}"]`);
  }

  /** Fills the new-user dialog and presses Create; the caller checks the outcome. */
  async submitNewUser(user: NewUserInput) {
    await this.page.getByTestId('user-add').click();
    const dialog = this.page.getByRole('dialog');
    await dialog.locator('input[name=username]').fill(user.username);
    await dialog.locator('input[name=displayName]').fill(user.displayName);
    if (user.role && user.role !== 'staff') {
      await dialog.getByRole('combobox').click();
      await this.page.getByTestId(`role-option-${user.role}`).click();
    }
    for (const unit of user.units ?? []) await dialog.locator(`input[name="unit-${unit}"]`).check();
    await dialog.locator('input[name=password]').fill(user.password);
    await this.page.getByTestId('user-save').click();
  }

  async createUser(user: NewUserInput) {
    await this.submitNewUser(user);
    await expect(this.page.getByRole('dialog')).toBeHidden();
    await expect(this.userRow(user.username)).toBeVisible();
  }

  async revokeSessions(username: string) {
    await this.userRow(username).getByTestId('user-revoke-sessions').click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('button').last().click();
    await expect(dialog).toBeHidden();
  }

  async resetPassword(username: string, password: string) {
    await this.userRow(username).getByTestId('user-reset-password').click();
    const dialog = this.page.getByRole('dialog');
    await dialog.locator('input[name=newPassword]').fill(password);
    await this.page.getByTestId('reset-password-confirm').click();
    await expect(dialog).toBeHidden();
  }

  async openAccessLog() {
    await this.page.getByTestId('open-access-log').click();
    await expect(this.page.getByTestId('access-log')).toBeVisible();
  }

  accessLogRows(operation?: string) {
    return this.page.locator(
      operation
        ? `[data-testid=access-log-row][data-operation="${operation}"]`
        : '[data-testid=access-log-row]',
    );
  }

  async createUnit(id: string, name: string) {
    const units = this.page.getByTestId('admin-units');
    await units.locator('input[name=unitId]').fill(id);
    await units.locator('input[name=unitName]').fill(name);
    await this.page.getByTestId('unit-add').click();
  }

  unitRow(id: string) {
    return this.page.locator(`[data-testid=admin-unit-row][data-unit="${id}"]`);
  }

  /** As an admin: opens the record's sharing dialog and shares it with a unit picked from the list. */
  async shareWithUnit(optionName: string) {
    await this.page.getByTestId('open-sharing').click();
    const dialog = this.page.getByTestId('sharing');
    await dialog.getByRole('combobox').click();
    await this.page.getByRole('option', { name: optionName }).click();
    await this.page.getByTestId('share-grant').click();
    await expect(dialog.getByTestId('share-row')).toHaveCount(1);
  }

  /** By the Close button: after the last share is revoked focus has left the dialog, so Escape may not reach it. */
  async closeSharing() {
    await this.page.getByTestId('sharing-close').click();
    await expect(this.page.getByTestId('sharing')).toHaveCount(0);
  }

  async stopSharing() {
    const dialog = this.page.getByTestId('sharing');
    await dialog.getByTestId('share-row').getByRole('button').click();
    await expect(dialog.getByTestId('share-row')).toHaveCount(0);
  }

  async chooseLanguage(name: string) {
    await this.page.getByTestId('language-menu').click();
    await this.page.getByRole('menuitem', { name }).click();
  }
}
