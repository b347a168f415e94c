import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import type { PushRow } from '../../shared/sync/syncProtocol';
import { chromiumLaunchOptions } from '../helpers/chromiumLaunch';
import { readEventStream } from '../helpers/server/readEventStream';
import { samplePerson } from '../helpers/server/sampleDocuments';
import { startTestServer, type TestServer } from '../helpers/server/startTestServer';
import { clientPassphrase, SyncClient } from '../helpers/TwoClientSync';
import type { BenchSection, BenchSuite } from './benchTypes';

// KONTAKT_SYNC_BENCH_PEOPLE lowers the register size for a quick run.
const peopleCount = Number(process.env.KONTAKT_SYNC_BENCH_PEOPLE ?? 100_000);
const propagationRounds = 20;
const builtApp = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

const percentile = (values: number[], fraction: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
};

const serverWithApp = async () => {
  const dataDirectory = await mkdtemp(path.join(tmpdir(), 'kontakt-sync-bench-'));
  const server = await startTestServer({ dataDirectory, staticDirectory: builtApp });
  return {
    server,
    close: async () => {
      await server.stop();
      await rm(dataDirectory, { recursive: true, force: true });
    },
  };
};

const seed = async (server: TestServer, count: number) => {
  const client = await server.clientFor('staff');
  for (let start = 0; start < count; start += 500) {
    const rows: PushRow[] = Array.from({ length: Math.min(500, count - start) }, (_, index) => ({
      newDocumentState: samplePerson({ firstNames: `Bench${start + index}`, lastName: 'Mäkinen' }),
    }));
    const answer = await client.push('people', rows);
    if (answer.status !== 200) throw new Error(`seeding failed: ${answer.status}`);
  }
};

const device = async (browser: Browser, server: TestServer, name: string) => {
  const user = await server.createUser({ role: 'staff', units: ['main'] });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  const client = new SyncClient(name, context, page, user);
  await client.createRegister(clientPassphrase);
  return client;
};

/** Initial sync of the whole register into a fresh encrypted client, against raw pulls in the same page. */
const initialSync = async (browser: Browser): Promise<BenchSection> => {
  const { server, close } = await serverWithApp();
  try {
    const seedStarted = performance.now();
    await seed(server, peopleCount);
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    const client = await device(browser, server, 'fresh');
    const token = await server.login(client.user.username);
    // Baseline: the same pages fetched and parsed in the page, stored nowhere.
    const rawSeconds = await client.page.evaluate(async (bearer) => {
      const started = performance.now();
      let sequence: number | null = null;
      for (;;) {
        const query = sequence === null ? 'limit=1000' : `limit=1000&sequence=${sequence}`;
        const response = await fetch(`/api/v1/sync/people/pull?${query}`, {
          headers: { authorization: `Bearer ${bearer}`, 'x-kontakt-client-version': '0.1.0' },
        });
        const body = (await response.json()) as {
          documents: unknown[];
          checkpoint: { sequence: number } | null;
        };
        if (body.documents.length === 0 || !body.checkpoint) break;
        sequence = body.checkpoint.sequence;
      }
      return (performance.now() - started) / 1000;
    }, token);
    // Floor: the same pages written straight into IndexedDB, as replication must — each record plus a
    // meta entry holding its server state — with no RxDB and no encryption. Nothing can sync faster here.
    const floorSeconds = await client.page.evaluate(async (bearer) => {
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(`sync-floor-${Date.now()}`, 1);
        request.onupgradeneeded = () => {
          const records = request.result.createObjectStore('records', { keyPath: 'id' });
          records.createIndex('deletedId', ['_deleted', 'id']);
          records.createIndex('lwtId', ['lwt', 'id']);
          records.createIndex('statusUpdated', ['status', 'updatedAt', 'id']);
          const meta = request.result.createObjectStore('meta', { keyPath: 'id' });
          meta.createIndex('lwtId', ['lwt', 'id']);
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const started = performance.now();
      let sequence: number | null = null;
      for (;;) {
        const query = sequence === null ? 'limit=1000' : `limit=1000&sequence=${sequence}`;
        const response = await fetch(`/api/v1/sync/people/pull?${query}`, {
          headers: { authorization: `Bearer ${bearer}`, 'x-kontakt-client-version': '0.1.0' },
        });
        const body = (await response.json()) as {
          documents: { id: string; updatedAt: number }[];
          checkpoint: { sequence: number } | null;
        };
        if (body.documents.length === 0 || !body.checkpoint) break;
        await new Promise<void>((resolve, reject) => {
          const transaction = database.transaction(['records', 'meta'], 'readwrite');
          const now = Date.now();
          for (const document of body.documents) {
            transaction.objectStore('records').put({ ...document, _deleted: '0', lwt: now });
            transaction.objectStore('meta').put({ id: document.id, lwt: now, master: document });
          }
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error);
        });
        sequence = body.checkpoint.sequence;
      }
      const seconds = (performance.now() - started) / 1000;
      database.close();
      return seconds;
    }, token);
    const started = performance.now();
    await client.signIn(server.url);
    await client.page.getByTestId('nav-people').click();
    await client.page.waitForFunction(
      (expected) => {
        const text = document.querySelector('[data-testid="page-subtitle"]')?.textContent ?? '';
        return Number(text.replace(/\D/g, '')) >= expected;
      },
      peopleCount,
      { timeout: 30 * 60_000, polling: 250 },
    );
    const syncSeconds = (performance.now() - started) / 1000;
    await client.context.close();
    const rate = peopleCount / syncSeconds;
    const rawRate = peopleCount / rawSeconds;
    return {
      title: `Initial sync: ${peopleCount.toLocaleString('en')} people from the server (PGlite) into a fresh encrypted client (Chromium)`,
      rows: [
        {
          name: 'Pull, decrypt-free parse only (fetch + JSON in the page)',
          value: Math.round(rawRate),
          unit: 'records/s',
        },
        {
          name: 'Floor: pull + raw IndexedDB writes of record and meta, no RxDB, no encryption',
          value: Math.round(peopleCount / floorSeconds),
          unit: 'records/s',
          baseline: 'raw pull',
          ratio: rawSeconds / floorSeconds,
        },
        {
          name: 'Sign-in to all people listed (pull, encrypt, store, index)',
          value: Math.round(rate),
          unit: 'records/s',
          baseline: 'raw pull',
          ratio: rate / rawRate,
          target: '≥ 5 000 records/s',
          isMet: rate >= 5_000,
        },
      ],
      notes: [
        `Seeding ${peopleCount.toLocaleString('en')} people through the push API took ${seedSeconds.toFixed(1)} s.`,
        `Initial sync took ${syncSeconds.toFixed(1)} s; the raw pull ${rawSeconds.toFixed(1)} s; the IndexedDB floor ${floorSeconds.toFixed(1)} s.`,
      ],
    };
  } finally {
    await close();
  }
};

/** A → B: from pressing Save on A to B's open detail page showing the value. */
const propagation = async (browser: Browser): Promise<BenchSection> => {
  const { server, close } = await serverWithApp();
  try {
    const a = await device(browser, server, 'A');
    const b = await device(browser, server, 'B');
    await a.signIn(server.url);
    await b.signIn(server.url);
    await a.waitUntilUpToDate();
    await b.waitUntilUpToDate();
    await a.addPerson({ firstNames: 'Viive', lastName: 'Mittari' });
    await b.openPerson('Mittari');
    // Baseline: a push from Node to a Node stream reader on the same server.
    const raw = await server.clientFor('staff');
    const stream = await readEventStream(server.url, raw.token!, 'people');
    await stream.waitFor((event) => event === 'RESYNC');
    const rawLatencies: number[] = [];
    for (let round = 0; round < propagationRounds; round += 1) {
      const person = samplePerson({ lastName: `Raw${round}` });
      const started = performance.now();
      await raw.push('people', [{ newDocumentState: person }]);
      await stream.waitFor((event) => event !== 'RESYNC' && event.documents.some((d) => d.id === person.id));
      rawLatencies.push(performance.now() - started);
    }
    stream.close();

    const latencies: number[] = [];
    for (let round = 0; round < propagationRounds; round += 1) {
      const value = `Title round ${round}`;
      await a.openPerson('Mittari');
      await a.page.getByTestId('edit-record').click();
      await a.page.fill('[name="title"]', value);
      const seen = b.page.waitForFunction(
        (expected) =>
          document.querySelector('[data-testid="person-detail"]')?.textContent?.includes(expected)
            ? Date.now()
            : false,
        value,
        { polling: 10, timeout: 30_000 },
      );
      const started = Date.now();
      await a.page.getByTestId('save-record').click();
      const seenAt = Number(await (await seen).jsonValue());
      latencies.push(seenAt - started);
    }
    await a.context.close();
    await b.context.close();
    const p95 = percentile(latencies, 0.95);
    const rawP95 = percentile(rawLatencies, 0.95);
    return {
      title: `Change propagation between two clients (${propagationRounds} edits)`,
      rows: [
        { name: 'Server push → stream, Node to Node, p95', value: Math.round(rawP95), unit: 'ms' },
        { name: 'A saves → B shows it, median', value: Math.round(percentile(latencies, 0.5)), unit: 'ms' },
        {
          name: 'A saves → B shows it, p95',
          value: Math.round(p95),
          unit: 'ms',
          baseline: 'Node push → stream',
          ratio: p95 / rawP95,
          target: '≤ 1 000 ms',
          isMet: p95 <= 1_000,
        },
      ],
    };
  } finally {
    await close();
  }
};

export const bench: BenchSuite = {
  name: 'sync',
  run: async () => {
    const browser = await chromium.launch(chromiumLaunchOptions);
    try {
      return [await propagation(browser), await initialSync(browser)];
    } finally {
      await browser.close();
    }
  },
};
