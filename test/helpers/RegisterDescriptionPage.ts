import { expect, type Locator, type Page } from '@playwright/test';

type Language = 'fi' | 'sv' | 'en';

/** Settings → Register description and the Privacy notice page; located by test id and field name. */
export class RegisterDescriptionPage {
  constructor(readonly page: Page) {}

  section(): Locator {
    return this.page.getByTestId('register-description');
  }

  async chooseTab(language: Language) {
    await this.page.getByTestId(`description-tab-${language}`).click();
  }

  /** Fills the texts of one language tab; keys are field names such as `controllerName`. */
  async fillTexts(language: Language, texts: Record<string, string>) {
    await this.chooseTab(language);
    for (const [field, value] of Object.entries(texts))
      await this.section().locator(`[name="${field}.${language}"]`).fill(value);
  }

  async setBusinessId(value: string) {
    await this.section().locator('input[name=businessId]').fill(value);
  }

  async checkLegalBasis(basis: string) {
    await this.section().locator(`input[name=legalBasis-${basis}]`).check();
  }

  async save() {
    await this.page.getByTestId('save-description').click();
  }

  async openNotice() {
    await this.page.getByTestId('open-privacy-notice').click();
    await expect(this.notice()).toBeVisible();
  }

  notice(): Locator {
    return this.page.getByTestId('privacy-notice');
  }

  async chooseNoticeLanguage(language: Language) {
    await this.page.getByTestId(`notice-language-${language}`).click();
    await expect(this.notice()).toHaveAttribute('lang', language);
  }

  /** The section headings of the notice, in order. */
  headings(): Promise<string[]> {
    return this.notice().locator('h3').allInnerTexts();
  }
}
