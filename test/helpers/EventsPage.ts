import { expect, type Page } from '@playwright/test';

export type EventInput = {
  name: string;
  type?: string;
  startDate: string;
  startTime?: string;
  endTime?: string;
  place?: string;
  price?: string;
  capacity?: string;
};

/**
 * Page model of the events feature: the event list and form, the registrations on an event page and the
 * attendance report. Inline controls of a registration row are found by their accessible names, which
 * carry the participant's name (English texts: specs using it pin `locale: 'en-GB'`).
 */
export class EventsPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByTestId('nav-events').click();
    await expect(this.page.getByTestId('event-list')).toBeVisible();
  }

  async startNew() {
    await this.open();
    await this.page.getByTestId('new-event').click();
  }

  async fill(event: Partial<EventInput>) {
    const fields: [keyof EventInput, string][] = [
      ['name', 'name'],
      ['startDate', 'startDate'],
      ['startTime', 'startTime'],
      ['endTime', 'endTime'],
      ['place', 'place'],
      ['price', 'priceCents'],
      ['capacity', 'capacity'],
    ];
    for (const [key, name] of fields) {
      const value = event[key];
      if (value !== undefined) await this.page.fill(`input[name=${name}]`, value);
    }
  }

  async create(event: EventInput) {
    await this.startNew();
    await this.fill(event);
    await this.page.getByTestId('save-record').click();
    await expect(this.page.getByTestId('event-detail')).toBeVisible();
  }

  /** Finds a person by a search text and picks the option with their name. */
  async register(search: string, name: string) {
    const input = this.page.locator('input[name=participantSearch]');
    await input.fill(search);
    await this.page.getByRole('option', { name: new RegExp(name) }).click();
    await expect(this.row(name)).toBeVisible();
  }

  row(name: string) {
    return this.page.getByTestId('registration-row').filter({ hasText: name });
  }

  async setStatus(name: string, status: string) {
    await this.page.getByRole('combobox', { name: `Registration status of ${name}` }).click();
    await this.page.getByRole('option', { name: status, exact: true }).click();
  }

  async setPayment(name: string, payment: string) {
    await this.page.getByRole('combobox', { name: `Payment status of ${name}` }).click();
    await this.page.getByRole('option', { name: payment, exact: true }).click();
  }

  async setText(name: string, testId: 'registration-amount' | 'registration-reference', value: string) {
    const input = this.row(name).getByTestId(testId);
    await input.fill(value);
    await input.press('Enter');
  }

  async statusOf(name: string) {
    return this.row(name).getAttribute('data-status');
  }

  async exportParticipants() {
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId('export-participants').click();
    const file = await download;
    return { path: await file.path(), name: file.suggestedFilename() };
  }
}
