import { expect, type Page } from '@playwright/test';

export type RetentionRuleInput = {
  target: string;
  basis: 'lastActivity' | 'eventEnd' | 'consentWithdrawn';
  amount: string;
  unit: 'months' | 'years';
  action: 'passivate' | 'erase';
};

/** Retention rules in Settings and the retention review page. */
export class RetentionPage {
  constructor(private readonly page: Page) {}

  async addRule(rule: RetentionRuleInput) {
    await this.page.getByTestId('nav-settings').click();
    await this.page.getByTestId('add-retention-rule').click();
    await this.fillRule(rule);
    await this.page.getByTestId('save-retention-rule').click();
    await expect(this.page.getByTestId('retention-rule-form')).toHaveCount(0);
  }

  async fillRule(rule: Partial<RetentionRuleInput>) {
    if (rule.target !== undefined) await this.page.getByTestId('retention-target').selectOption(rule.target);
    if (rule.basis) await this.page.getByTestId('retention-basis').selectOption(rule.basis);
    if (rule.amount !== undefined) await this.page.fill('input[name=retentionAmount]', rule.amount);
    if (rule.unit) await this.page.getByTestId('retention-unit').selectOption(rule.unit);
    if (rule.action) await this.page.getByTestId('retention-action').selectOption(rule.action);
  }

  rules() {
    return this.page.getByTestId('retention-rule');
  }

  async openReview() {
    await this.page.getByTestId('nav-retentionReview').click();
    await expect(this.page.getByTestId('retention-review')).toBeVisible();
  }

  /** The review's rows as "name | reason | action". */
  async reviewRows(): Promise<string[]> {
    const rows = this.page.getByTestId('retention-review').locator('[data-testid=table-row-link]');
    return rows.evaluateAll((links) =>
      links.map((link) =>
        [...link.querySelectorAll('[role=cell], [role=gridcell]')]
          .map((cell) => (cell.textContent ?? '').trim())
          .join(' | '),
      ),
    );
  }

  async selectAll() {
    await this.page.getByTestId('retention-review').getByTestId('select-all').check();
  }

  async dryRun() {
    await this.page.getByTestId('retention-dry-run-button').click();
    await expect(this.page.getByTestId('retention-dry-run')).toBeVisible();
  }

  async apply(confirmLabel: string) {
    await this.page.getByTestId('retention-apply').click();
    await this.page.getByRole('dialog').getByRole('button', { name: confirmLabel }).click();
    await expect(this.page.getByTestId('retention-done')).toBeVisible();
  }
}
