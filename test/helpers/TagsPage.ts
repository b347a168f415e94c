import { expect, type Page } from '@playwright/test';

/** Page model of tags: the Settings → Tags section, the tag picker on a form and the list's tag filter. */
export class TagsPage {
  constructor(readonly page: Page) {}

  section() {
    return this.page.getByTestId('tag-settings');
  }

  /** Adds a tag in Settings (which must be open); scope and colour by option value, the same in every language. */
  async addTag(label: string, scope: 'person' | 'organisation' = 'person', colour = 'blue') {
    const section = this.section();
    await section.locator('input[name=new-tag]').fill(label);
    await section.getByTestId('new-tag-scope').click();
    await this.page.locator(`[role=listbox] li[data-value="${scope}"]`).click();
    await section.getByTestId('new-tag-colour').click();
    await this.page.locator(`[role=listbox] li[data-value="${colour}"]`).click();
    await section.getByTestId('add-tag').click();
    await expect(
      section.getByTestId(`tags-${scope}`).getByTestId('tag-chip').filter({ hasText: label }),
    ).toBeVisible();
  }

  /** Picks a tag on an open person or organisation form. */
  async pickTag(label: string, scope: 'person' | 'organisation' = 'person') {
    await this.page.locator(`input[name=tags-${scope}]`).fill(label);
    await this.page.getByRole('option', { name: label }).click();
  }

  async filterList(label: string) {
    await this.page.getByTestId('tag-filter').click();
    await this.page.getByRole('listbox').getByRole('option', { name: label }).click();
  }
}
