import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../helpers/chromiumLaunch';
import { benchRow } from './benchRow';
import type { BenchRow, BenchSection, BenchSuite } from './benchTypes';
import { startBenchServer } from './benchServer';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const storageCount = Number(process.env.KONTAKT_BENCH_STORAGE_COUNT ?? 50_000);
const registerCount = Number(process.env.KONTAKT_BENCH_REGISTER_COUNT ?? 100_000);
// The crypto-js plugin needs about ten minutes for 50 000 records here; skip it while iterating.
const isCryptoJsIncluded = process.env.KONTAKT_BENCH_SKIP_CRYPTOJS !== '1';
const passphrase = 'bench passphrase for a large register';

const openBenchPage = async (browser: Browser, url: string): Promise<Page> => {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${url}/bench/`);
  await page.waitForFunction(() => document.title === 'bench-ready');
  return page;
};

const storageSection = async (page: Page): Promise<BenchSection> => {
  const result = await page.evaluate(
    ({ count, isIncluded }) => globalThis.kontaktBench.runStorageBench(count, isIncluded),
    { count: storageCount, isIncluded: isCryptoJsIncluded },
  );
  const plain = result.rxdbPlain;
  const rows: BenchRow[] = [];
  for (const [label, timing] of [
    ['raw Dexie', result.rawDexie],
    ['RxDB + Dexie, unencrypted', result.rxdbPlain],
    ['RxDB + crypto-js plugin', result.rxdbCryptoJs],
    ['Kontakt store (AES-GCM wrapper)', result.kontakt],
  ] as const) {
    if (timing === null) continue;
    if (timing.count !== storageCount)
      throw new Error(`${label} read ${timing.count} of ${storageCount} records.`);
    const atMostRatio = label.startsWith('Kontakt') ? 1.3 : undefined;
    rows.push(
      benchRow(`${label}: bulk insert`, timing.insertMs, 'ms', {
        baseline: { name: 'RxDB unencrypted', value: plain.insertMs },
        atMostRatio,
      }),
      benchRow(`${label}: read all`, timing.readMs, 'ms', {
        baseline: { name: 'RxDB unencrypted', value: plain.readMs },
        atMostRatio,
      }),
    );
  }
  return {
    title: `Local store, ${storageCount.toLocaleString('en')} people (Chromium, IndexedDB; median of ${result.rounds} interleaved runs, crypto-js one run)`,
    rows,
  };
};

const searchSection = async (page: Page): Promise<BenchSection> => {
  const result = await page.evaluate((count) => globalThis.kontaktBench.runSearchBench(count), registerCount);
  const scan = { name: 'scan + sort p95', value: result.naiveP95 };
  return {
    title: `Search over ${registerCount.toLocaleString('en')} people (${result.queries} queries typed letter by letter)`,
    rows: [
      benchRow('index build after unlock', result.buildMs, 'ms'),
      benchRow('sort all rows by name (once per change, not per keystroke)', result.sortMs, 'ms'),
      benchRow('index lookup from scratch (no refinement), p95', result.lookupP95, 'ms', { baseline: scan }),
      benchRow('keystroke: lookup + filter of the sorted list, p95', result.listP95, 'ms', {
        baseline: scan,
        atMost: 16,
      }),
      benchRow('per-record scan + sort p95 (baseline)', result.naiveP95, 'ms'),
    ],
  };
};

type UnlockMeasure = { firstPageMs: number; fullyLoadedMs: number; heapMb: number };

/** Seeds a register in a fresh profile, then unlocks it in the built app as a user would. */
const measureUnlock = async (browser: Browser, url: string, count: number): Promise<UnlockMeasure> => {
  const context = await browser.newContext();
  const seeder = await context.newPage();
  await seeder.goto(`${url}/bench/`);
  await seeder.waitForFunction(() => document.title === 'bench-ready');
  await seeder.evaluate(({ secret, total }) => globalThis.kontaktBench.seedRegister(secret, total), {
    secret: passphrase,
    total: count,
  });
  await seeder.close();
  const page = await context.newPage();
  await page.goto(`${url}/`);
  await page.fill('input[name=passphrase]', passphrase);
  const started = Date.now();
  await page.click('button[type=submit]');
  await page.getByTestId('nav-people').waitFor({ timeout: 120_000 });
  if (count > 0) await page.getByTestId('table-row').first().waitFor({ timeout: 120_000 });
  const firstPageMs = Date.now() - started;
  const screenshotDirectory = process.env.KONTAKT_BENCH_SCREENSHOTS;
  if (screenshotDirectory && count > 0)
    await page.screenshot({ path: path.join(screenshotDirectory, `unlock-${count}-first-page.png`) });
  // While records still load in the background the shell shows a progress bar; its end means all are searchable.
  await page.getByTestId('register-loading').waitFor({ state: 'detached', timeout: 300_000 });
  const fullyLoadedMs = Date.now() - started;
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await context.close();
  return { firstPageMs, fullyLoadedMs, heapMb: heap.usedSize / 1024 / 1024 };
};

const unlockSection = async (browser: Browser, url: string): Promise<BenchSection> => {
  const empty = await measureUnlock(browser, url, 0);
  const large = await measureUnlock(browser, url, registerCount);
  const label = registerCount.toLocaleString('en');
  return {
    title: `Unlock a register of ${label} people in the built app`,
    rows: [
      benchRow('unlock → first list page', large.firstPageMs, 'ms', {
        baseline: { name: 'empty register', value: empty.firstPageMs },
        atMost: 1500,
      }),
      benchRow('unlock → all records loaded and searchable', large.fullyLoadedMs, 'ms'),
      benchRow('renderer heap after unlock (after GC)', large.heapMb, 'MB', {
        baseline: { name: 'empty register', value: empty.heapMb },
        atMost: 400,
      }),
      benchRow('unlock → first page, empty register (baseline; PBKDF2 600 000)', empty.firstPageMs, 'ms'),
    ],
  };
};

export const bench: BenchSuite = {
  name: 'foundation',
  run: async () => {
    const server = await startBenchServer(repoRoot, [
      path.join(repoRoot, 'test/bench/browser/storageBenchPage.ts'),
    ]);
    const browser = await chromium.launch({
      ...chromiumLaunchOptions,
      args: [...chromiumLaunchOptions.args, '--js-flags=--max-old-space-size=4096'],
    });
    try {
      const page = await openBenchPage(browser, server.url);
      // Warm-up: JIT and IndexedDB start-up costs would otherwise land on whichever store runs first.
      await page.evaluate(() => globalThis.kontaktBench.runStorageBench(1_000));
      const storage = await storageSection(page);
      const search = await searchSection(page);
      await page.context().close();
      const unlock = await unlockSection(browser, server.url);
      return [storage, search, unlock];
    } finally {
      await browser.close();
      await server.close();
    }
  },
};
