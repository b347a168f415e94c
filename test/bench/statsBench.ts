import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { computeStatistics } from '../../shared/stats/computeStatistics';
import { builtInOrganisationCategories, builtInPersonCategories, type Person } from '../../shared/model';
import { chromiumLaunchOptions } from '../helpers/chromiumLaunch';
import { syntheticPeople } from '../helpers/syntheticPeople';
import { benchRow } from './benchRow';
import { startBenchServer } from './benchServer';
import type { BenchSection, BenchSuite } from './benchTypes';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const registerCount = Number(process.env.KONTAKT_BENCH_REGISTER_COUNT ?? 100_000);
const passphrase = 'bench passphrase for the statistics dashboard';
const rounds = 3;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The statistics alone in Node: the same one-pass computation the dashboard runs, without React or charts. */
const computeInNode = (): { statisticsMs: number; countOnlyMs: number } => {
  const people = new Map(syntheticPeople(registerCount, 7).map((person) => [person.id, person]));
  const input = {
    people,
    organisations: new Map(),
    affiliations: new Map(),
    personCategoryKeys: builtInPersonCategories,
    organisationCategoryKeys: builtInOrganisationCategories,
    period: { year: new Date().getFullYear(), now: Date.now() },
  };
  const statistics: number[] = [];
  const countOnly: number[] = [];
  for (let round = 0; round < rounds + 1; round += 1) {
    let started = performance.now();
    computeStatistics(input);
    const statisticsMs = performance.now() - started;
    // Baseline: the least any statistic could cost, one Map increment per person.
    started = performance.now();
    const counts = new Map<string, number>();
    for (const person of people.values() as Iterable<Person>)
      counts.set(person.categories[0] ?? '', (counts.get(person.categories[0] ?? '') ?? 0) + 1);
    const countOnlyMs = performance.now() - started;
    if (round === 0) continue; // warm-up
    statistics.push(statisticsMs);
    countOnly.push(countOnlyMs);
  }
  return { statisticsMs: median(statistics), countOnlyMs: median(countOnly) };
};

/**
 * Clicks a navigation entry and times, in the page, until `selector` matches (no polling latency). The
 * script is a string: tsx would wrap named functions in a helper the page does not have.
 */
const timeNavigation = (page: Page, navTestId: string, selector: string) =>
  page.evaluate(`new Promise((resolve, reject) => {
    const started = performance.now();
    const observer = new MutationObserver(() => {
      if (!document.querySelector(${JSON.stringify(selector)})) return;
      observer.disconnect();
      resolve(performance.now() - started);
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    setTimeout(() => reject(new Error('navigation did not finish in 60 s')), 60000);
    document.querySelector('[data-testid="${navTestId}"]').click();
  })`) as Promise<number>;

const openLargeRegister = async (browser: Browser, url: string): Promise<Page> => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const seeder = await context.newPage();
  await seeder.goto(`${url}/bench/`);
  await seeder.waitForFunction(() => document.title === 'bench-ready');
  await seeder.evaluate(({ secret, total }) => globalThis.kontaktBench.seedRegister(secret, total), {
    secret: passphrase,
    total: registerCount,
  });
  await seeder.close();
  const page = await context.newPage();
  await page.goto(`${url}/`);
  await page.fill('input[name=passphrase]', passphrase);
  await page.click('button[type=submit]');
  await page.getByTestId('nav-people').waitFor({ timeout: 120_000 });
  await page.getByTestId('register-loading').waitFor({ state: 'detached', timeout: 300_000 });
  return page;
};

const dashboardSection = async (browser: Browser, url: string): Promise<BenchSection> => {
  const page = await openLargeRegister(browser, url);
  const dashboard: number[] = [];
  const peopleList: number[] = [];
  const ready = '[data-testid="statistics-page"][data-charts-ready="true"]';
  const listRendered = '[data-testid="table-row"]';
  // The first visit also loads the chart code; it is reported on its own row.
  const firstVisit = await timeNavigation(page, 'nav-statistics', ready);
  const screenshotDirectory = process.env.KONTAKT_BENCH_SCREENSHOTS;
  if (screenshotDirectory) await page.screenshot({ path: path.join(screenshotDirectory, 'statistics.png') });
  for (let round = 0; round < rounds; round += 1) {
    peopleList.push(await timeNavigation(page, 'nav-people', listRendered));
    dashboard.push(await timeNavigation(page, 'nav-statistics', ready));
  }
  const charts = await page.locator('[data-statistic]').count();
  await page.context().close();
  const baseline = { name: 'People list first render', value: median(peopleList) };
  return {
    title: `Statistics dashboard over ${registerCount.toLocaleString('en')} people (built app, Chromium, median of ${rounds})`,
    rows: [
      benchRow(`navigation → all ${charts} charts drawn`, median(dashboard), 'ms', {
        baseline,
        atMost: 1000,
      }),
      benchRow('navigation → all charts drawn, first visit', firstVisit, 'ms', { baseline }),
      benchRow('navigation → People list first rows (baseline)', median(peopleList), 'ms'),
    ],
  };
};

export const bench: BenchSuite = {
  name: 'stats',
  run: async () => {
    const node = computeInNode();
    const nodeSection: BenchSection = {
      title: `Statistics computed in Node over ${registerCount.toLocaleString('en')} people (median of ${rounds})`,
      rows: [
        benchRow('all statistics, one pass', node.statisticsMs, 'ms', {
          baseline: { name: 'one Map count per person', value: node.countOnlyMs },
        }),
        benchRow('one Map count per person (baseline)', node.countOnlyMs, 'ms'),
      ],
    };
    const server = await startBenchServer(repoRoot, [
      path.join(repoRoot, 'test/bench/browser/storageBenchPage.ts'),
    ]);
    const browser = await chromium.launch({
      ...chromiumLaunchOptions,
      args: [...chromiumLaunchOptions.args, '--js-flags=--max-old-space-size=4096'],
    });
    try {
      return [nodeSection, await dashboardSection(browser, server.url)];
    } finally {
      await browser.close();
      await server.close();
    }
  },
};
