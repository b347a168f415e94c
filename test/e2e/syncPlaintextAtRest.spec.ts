import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import type { WireDocument } from '../../shared/sync/syncProtocol';
import { chromiumLaunchOptions, previewPort, previewUrl } from '../helpers/chromiumLaunch';
import { samplePerson } from '../helpers/server/sampleDocuments';
import { startTestServer } from '../helpers/server/startTestServer';
import { clientPassphrase, SyncClient } from '../helpers/TwoClientSync';

const filesUnder = (directory: string): string[] =>
  readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });

const filesContaining = (directory: string, marker: string) => {
  const needles = [Buffer.from(marker, 'utf8'), Buffer.from(marker, 'utf16le')];
  return filesUnder(directory).filter((file) =>
    needles.some((needle) => readFileSync(file).includes(needle)),
  );
};

test.describe.configure({ timeout: 180_000 });

test('records pulled from the server, RxDB’s replication state and conflict records are encrypted at rest', async () => {
  const server = await startTestServer({
    port: previewPort + 1001,
    corsOrigins: [new URL(previewUrl).origin],
  });
  const profile = mkdtempSync(join(tmpdir(), 'kontakt-sync-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...chromiumLaunchOptions,
    baseURL: previewUrl,
  });
  try {
    const pulledMarker = `Zqxpulled${Date.now()}`;
    const serverMarker = `Zqxserver${Date.now()}`;
    const localMarker = `Zqxlocal${Date.now()}`;
    const categoryMarker = `Zqxcategory${Date.now()}`;
    const relationTypeMarker = `Zqxrelationtype${Date.now()}`;
    const other = await server.clientFor('staff');
    const person = samplePerson({ firstNames: pulledMarker, lastName: 'Salainen', title: 'Original' });
    expect((await other.push('people', [{ newDocumentState: person }])).status).toBe(200);
    // A custom category an admin added: its label is typed text, encrypted like a person's fields.
    const admin = await server.clientFor('admin');
    const category = {
      id: 'person:custom-zqx00001',
      status: 'active',
      owningUnit: 'main',
      createdAt: 1,
      updatedAt: 1,
      scope: 'person',
      key: 'custom-zqx00001',
      label: categoryMarker,
      isBuiltIn: false,
      isEnabled: true,
      position: 0,
      createdBy: '',
      updatedBy: '',
      _deleted: false,
    };
    expect((await admin.push('categories', [{ newDocumentState: category }])).status).toBe(200);
    // A custom relation type in the register-wide configuration: typed labels inside encrypted JSON text.
    const relationsConfig = {
      id: 'relations',
      status: 'active',
      owningUnit: 'main',
      createdAt: 1,
      updatedAt: 1,
      feature: 'relations',
      value: JSON.stringify({
        customTypes: [
          {
            key: 'custom-zqx00002',
            fromKind: 'person',
            toKind: 'organisation',
            forward: relationTypeMarker,
            inverse: relationTypeMarker,
          },
        ],
      }),
      createdBy: '',
      updatedBy: '',
      _deleted: false,
    };
    expect((await admin.push('registerConfigs', [{ newDocumentState: relationsConfig }])).status).toBe(200);

    const user = await server.createUser({ role: 'staff', units: ['main'] });
    const page = await context.newPage();
    const client = new SyncClient('device', context, page, user);
    await page.goto('/');
    await client.createRegister(clientPassphrase);
    await client.signIn(server.url);
    await client.waitUntilUpToDate();
    await page.getByTestId('nav-settings').click();
    await expect(page.getByTestId('categories-person').getByText(categoryMarker)).toBeVisible({
      timeout: 20_000,
    });
    await expect(page.getByTestId('relation-type-settings')).toContainText(relationTypeMarker, {
      timeout: 20_000,
    });

    // A same-field edit on both sides leaves a conflict record holding the server's value.
    await client.goOffline();
    await client.editPerson('Salainen', { title: localMarker });
    const { documents } = await other.pullAll('people');
    const master = documents.get(person.id) as WireDocument;
    expect(
      (
        await other.push('people', [
          { newDocumentState: { ...master, title: serverMarker }, assumedMasterState: master },
        ])
      ).status,
    ).toBe(200);
    await client.goOnline();
    await client.waitUntilUpToDate();
    await client.openConflicts();
    await expect(client.conflicts()).toHaveCount(1, { timeout: 15_000 });
    await expect(client.conflicts().first().getByTestId('conflict-other-value')).toHaveText(serverMarker);

    await context.close();
    for (const marker of [pulledMarker, serverMarker, localMarker, categoryMarker, relationTypeMarker]) {
      expect(filesContaining(profile, marker), marker).toEqual([]);
    }
  } finally {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
    await server.stop();
  }
});
