import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { previewUrl } from './chromiumLaunch';
import { RegisterPage } from './RegisterPage';
import type { UserRole } from '../../shared/sync/syncProtocol';
import type { ApiClient } from './server/ApiClient';
import { startTestServer, type TestServer, type TestUser } from './server/startTestServer';

export const clientPassphrase = 'kaksi laitetta samassa rekisterissä 7';

/** One device: its own browser context (profile, IndexedDB), the app loaded from the sync server. */
export class SyncClient extends RegisterPage {
  constructor(
    readonly name: string,
    readonly context: BrowserContext,
    page: Page,
    readonly user: TestUser,
  ) {
    super(page);
  }

  syncStatus() {
    return this.page.getByTestId('sync-status');
  }

  async signIn(serverUrl: string) {
    await this.page.getByTestId('nav-settings').click();
    await this.page.fill('input[name=serverUrl]', serverUrl);
    await this.page.fill('input[name=username]', this.user.username);
    await this.page.fill('input[name=password]', this.user.password);
    await this.page.getByTestId('sync-sign-in').click();
    await expect(this.page.getByTestId('signed-in-as')).toBeVisible({ timeout: 20_000 });
  }

  async waitUntilUpToDate(timeout = 30_000) {
    await expect(this.syncStatus()).toHaveAttribute('data-status', 'upToDate', { timeout });
  }

  /** Network off for this device only: requests fail and the browser reports offline. */
  async goOffline() {
    await this.context.setOffline(true);
    await expect(this.syncStatus()).toHaveAttribute('data-status', 'offline');
  }

  async goOnline() {
    await this.context.setOffline(false);
  }

  async openPerson(lastName: string) {
    await this.searchPeople(lastName);
    await expect(this.rows()).toHaveCount(1, { timeout: 20_000 });
    await this.rows().first().click();
    await expect(this.page.getByTestId('person-detail')).toBeVisible();
  }

  /** Opens the person, edits text fields by input name and saves. */
  async editPerson(lastName: string, fields: Record<string, string>) {
    await this.openPerson(lastName);
    await this.page.getByTestId('edit-record').click();
    for (const [name, value] of Object.entries(fields)) await this.page.fill(`[name="${name}"]`, value);
    await this.page.getByTestId('save-record').click();
    await expect(this.page.getByTestId('person-detail')).toBeVisible();
  }

  async deletePerson(lastName: string) {
    await this.openPerson(lastName);
    await this.page.getByTestId('delete-record').click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('checkbox').check();
    await dialog.getByRole('button').last().click();
    await expect(dialog).toBeHidden();
  }

  async openConflicts() {
    await this.page.getByTestId('nav-conflicts').click();
  }

  conflicts() {
    return this.page.getByTestId('conflict');
  }

  /** Local changes the server refused, as the Conflicts view lists them. */
  refusals() {
    return this.page.getByTestId('refusal');
  }

  /** The person's record as this device holds it, read through the app's own store. */
  personDetail() {
    return this.page.getByTestId('person-detail');
  }
}

export type TwoClientSyncOptions = {
  browser: Browser;
  port: number;
  /** Device A's user role (default staff), e.g. a coordinator for erasure on the server. */
  roleOfA?: UserRole;
};

/**
 * Two devices and one company server for browser tests: a real server on PGlite, two users of the
 * same unit, and a browser context per device. The app comes from the preview server (another origin,
 * as app://kontakt is for the desktop app), so a device keeps working, and reloading, while the sync
 * server is down. The server can be stopped and started again on the same port and data.
 */
export class TwoClientSync {
  private constructor(
    private server: TestServer | null,
    private readonly dataDirectory: string,
    readonly port: number,
    readonly a: SyncClient,
    readonly b: SyncClient,
  ) {}

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  static async start({ browser, port, roleOfA = 'staff' }: TwoClientSyncOptions): Promise<TwoClientSync> {
    const dataDirectory = await mkdtemp(path.join(tmpdir(), 'kontakt-two-clients-'));
    const server = await TwoClientSync.startServer(dataDirectory, port);
    const device = async (name: string, username: string, role: UserRole = 'staff') => {
      const user = await server.createUser({ role, units: ['main'], username });
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`[${name}] ${error.message}`));
      return new SyncClient(name, context, page, user);
    };
    const a = await device('A', 'anna', roleOfA);
    const b = await device('B', 'bertil');
    return new TwoClientSync(server, dataDirectory, port, a, b);
  }

  private static startServer(dataDirectory: string, port: number) {
    return startTestServer({
      dataDirectory,
      port,
      isKeepingData: true,
      corsOrigins: [new URL(previewUrl).origin],
    });
  }

  /** Both devices: a new register each, signed in to the server and synced. */
  async setUpDevices() {
    for (const client of [this.a, this.b]) {
      await client.page.goto(previewUrl);
      await client.createRegister(clientPassphrase);
      await client.signIn(this.url);
      await client.waitUntilUpToDate();
    }
  }

  async stopServer() {
    await this.server?.stop();
    this.server = null;
  }

  async restartServer() {
    if (this.server) await this.stopServer();
    this.server = await TwoClientSync.startServer(this.dataDirectory, this.port);
  }

  /** An administrator working through the server's API meanwhile (a third party to both devices). */
  async adminApi(): Promise<ApiClient> {
    if (!this.server) throw new Error('The server is stopped');
    return this.server.clientFor('admin');
  }

  /** What the server holds now, straight from its database. */
  async serverRecords(collection: string): Promise<Record<string, unknown>[]> {
    if (!this.server) throw new Error('The server is stopped');
    const rows = await this.server.sql.query<{ document: Record<string, unknown> }>(
      'select document from records where collection = $1 order by sequence',
      [collection],
    );
    return rows.map((row) => row.document);
  }

  /** The server's audit entries of one operation, oldest first. */
  async serverAudit(
    operation: string,
  ): Promise<{ user_id: string; collection: string; record_ids: string[] }[]> {
    if (!this.server) throw new Error('The server is stopped');
    return this.server.sql.query(
      'select user_id, collection, record_ids from audit_log where operation = $1 order by id',
      [operation],
    );
  }

  /** Every row of every server table as text, to prove something personal is nowhere in the database. */
  async serverDatabaseText(): Promise<string> {
    if (!this.server) throw new Error('The server is stopped');
    const tables = await this.server.sql.query<{ name: string }>(
      "select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'",
    );
    const parts: string[] = [];
    for (const { name } of tables)
      parts.push(JSON.stringify(await this.server.sql.query(`select * from "${name}"`)));
    return parts.join('\n');
  }

  async close() {
    await Promise.all([this.a.context.close(), this.b.context.close()]);
    await this.stopServer();
    await rm(this.dataDirectory, { recursive: true, force: true });
  }
}
