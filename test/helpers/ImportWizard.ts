import { expect, type Page } from '@playwright/test';

export type FileToImport = string | { name: string; mimeType: string; buffer: Buffer };

/** Page model of the import wizard and the export dialog. */
export class ImportWizard {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByTestId('nav-import').click();
    await expect(this.page.getByTestId('import-page')).toBeVisible();
    // The page keeps the last result until the user starts over.
    const startOver = this.page.getByTestId('new-import');
    if (await startOver.isVisible()) await startOver.click();
  }

  async chooseFile(file: FileToImport, kind: 'people' | 'organisations' = 'people') {
    await this.page.getByTestId(`import-kind-${kind}`).check();
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByTestId('choose-file').click();
    await (await chooser).setFiles(file);
  }

  fileError() {
    return this.page.getByTestId('file-error');
  }

  async next() {
    await this.page.getByTestId('next-step').click();
  }

  async setNameOrder(order: 'firstLast' | 'lastFirst') {
    await this.page.getByTestId('name-order').click();
    await this.page
      .getByRole('option', { name: order === 'lastFirst' ? /Virtanen Anna/ : /Anna Virtanen/ })
      .click();
  }

  /** From a chosen file to the preview, taking the suggested sheet, header and mapping. */
  async toPreview(options: { nameOrder?: 'firstLast' | 'lastFirst' } = {}) {
    await this.next();
    if (options.nameOrder) await this.setNameOrder(options.nameOrder);
    await this.next();
    await expect(this.summary()).toBeVisible();
  }

  summary() {
    return this.page.getByTestId('preview-summary');
  }

  async summaryCounts() {
    const summary = this.summary();
    const read = async (name: string) => Number(await summary.getAttribute(`data-${name}`));
    return {
      create: await read('create'),
      update: await read('update'),
      skip: await read('skip'),
      errors: await read('errors'),
      duplicates: await read('duplicates'),
      unchanged: await read('unchanged'),
    };
  }

  previewRow(rowNumber: number) {
    return this.page.locator(`[data-testid=preview-row][data-row="${rowNumber}"]`);
  }

  async commit() {
    await this.page.getByTestId('start-import').click();
    const result = this.page.getByTestId('import-result');
    await expect(result).toBeVisible({ timeout: 30_000 });
    const read = async (name: string) => Number(await result.getAttribute(`data-${name}`));
    return {
      created: await read('created'),
      updated: await read('updated'),
      skipped: await read('skipped'),
      invalid: await read('invalid'),
    };
  }

  async importFile(file: FileToImport, kind: 'people' | 'organisations' = 'people', nameOrder?: 'lastFirst') {
    await this.open();
    await this.chooseFile(file, kind);
    await this.toPreview(nameOrder ? { nameOrder } : {});
    return this.commit();
  }

  /** Opens the export dialog on the current list page and returns the downloaded file's path. */
  async exportList(options: { format?: 'xlsx' | 'mailing'; scope?: 'list' | 'all' | 'selection' } = {}) {
    await this.page.getByTestId('export-open').click();
    // With rows checked, the dialog starts on them.
    if (options.scope === 'selection')
      await expect(this.page.getByTestId('export-scope')).toHaveText(/^Selected rows \(\d+\)$/);
    if (options.scope === 'all') {
      await this.page.getByTestId('export-scope').click();
      await this.page.getByRole('option', { name: /Everything/ }).click();
    }
    if (options.format === 'mailing') {
      await this.page.getByTestId('export-format').click();
      await this.page.getByRole('option', { name: /Mailing list/ }).click();
    }
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId('export-confirm').click();
    const file = await download;
    return { path: await file.path(), name: file.suggestedFilename() };
  }
}
