import { expect, type Page } from '@playwright/test';

/** The settings screen: appearance, security (auto-lock, passphrase) and categories. */
export class SettingsPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByTestId('nav-settings').click();
    await expect(this.page.getByTestId('change-passphrase')).toBeVisible();
  }

  async chooseLanguage(nativeName: 'Suomi' | 'Svenska' | 'English') {
    await this.page.getByTestId('settings-language').click();
    await this.page.getByRole('listbox').getByRole('option', { name: nativeName }).click();
  }

  /** Options in the order system, light, dark; by position so it works in every language. */
  async chooseTheme(theme: 'system' | 'light' | 'dark') {
    await this.page.getByTestId('settings-theme').click();
    const position = { system: 0, light: 1, dark: 2 }[theme];
    await this.page.getByRole('listbox').getByRole('option').nth(position).click();
  }

  async chooseAutoLock(optionName: string) {
    await this.page.getByTestId('settings-autolock').click();
    await this.page.getByRole('listbox').getByRole('option', { name: optionName, exact: true }).click();
    await expect(this.page.getByRole('listbox')).toBeHidden();
  }

  async changePassphrase(current: string, next: string) {
    await this.page.fill('input[name=currentPassphrase]', current);
    await this.page.fill('input[name=newPassphrase]', next);
    await this.page.fill('input[name=repeatPassphrase]', next);
    await this.page.getByTestId('change-passphrase').click();
  }

  async addCategory(scope: 'person' | 'organisation', label: string) {
    const section = this.page.getByTestId(`categories-${scope}`);
    await section.getByRole('textbox').fill(label);
    await section.getByRole('button').click();
    await expect(section.getByRole('checkbox', { name: label })).toBeChecked();
  }
}
