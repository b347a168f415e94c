import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../helpers/chromiumLaunch';
import type { BenchSection, BenchSuite } from './benchTypes';

// What one IndexedDB request costs in this machine's Chromium, whatever sits above it. The sync and
// import targets are judged against these figures (docs/PERFORMANCE.md).
const recordCount = Number(process.env.KONTAKT_BENCH_STORAGE_COUNT ?? 50_000);

type Variant = 'recordsNoIndex' | 'records' | 'recordsAndMeta' | 'packed';

const measureInPage = async ({ count, variant }: { count: number; variant: Variant }): Promise<number> => {
  const database = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(`floor-${variant}-${Date.now()}`, 1);
    request.onupgradeneeded = () => {
      const records = request.result.createObjectStore('records', { keyPath: 'id' });
      if (variant === 'records' || variant === 'recordsAndMeta') {
        // The indexes RxDB's Dexie storage keeps for a person.
        records.createIndex('deletedId', ['_deleted', 'id']);
        records.createIndex('lwtId', ['lwt', 'id']);
        records.createIndex('statusUpdated', ['_deleted', 'status', 'updatedAt', 'id']);
      }
      const meta = request.result.createObjectStore('meta', { keyPath: 'id' });
      meta.createIndex('lwtId', ['lwt', 'id']);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const now = Date.now();
  // About the size of an encrypted person record.
  const documents = Array.from({ length: count }, (_, index) => ({
    id: crypto.randomUUID(),
    _deleted: '0',
    lwt: now,
    status: 'active',
    updatedAt: now + index,
    enc: `${index}`.padEnd(640, 'x'),
  }));
  const started = performance.now();
  for (let start = 0; start < count; start += 1_000) {
    const chunk = documents.slice(start, start + 1_000);
    await new Promise<void>((resolve, reject) => {
      const transaction = database.transaction(['records', 'meta'], 'readwrite');
      if (variant === 'packed') {
        transaction.objectStore('records').put({ id: `chunk-${start}`, documents: chunk });
      } else {
        for (const document of chunk) {
          transaction.objectStore('records').put(document);
          if (variant === 'recordsAndMeta')
            transaction.objectStore('meta').put({ id: document.id, lwt: now, master: document });
        }
      }
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
    });
  }
  const seconds = (performance.now() - started) / 1000;
  database.close();
  return count / seconds;
};

const run = async (): Promise<BenchSection[]> => {
  const server = createServer((_, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end('<!doctype html><title>IndexedDB floor</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const rate = (variant: Variant) => page.evaluate(measureInPage, { count: recordCount, variant });
    const packed = await rate('packed');
    const noIndex = await rate('recordsNoIndex');
    const records = await rate('records');
    const recordsAndMeta = await rate('recordsAndMeta');
    const row = (name: string, value: number) => ({
      name,
      value: Math.round(value),
      unit: 'records/s',
      baseline: 'packed, 1 000 per put',
      ratio: value / packed,
    });
    return [
      {
        title: `Raw IndexedDB in Chromium: ${recordCount.toLocaleString('en')} person-sized records in transactions of 1 000, no RxDB, no encryption`,
        rows: [
          { name: 'packed: one put per 1 000 records', value: Math.round(packed), unit: 'records/s' },
          row('one put per record, no index', noIndex),
          row('one put per record, RxDB’s three person indexes', records),
          row('record + replication meta entry (two puts per record)', recordsAndMeta),
        ],
        notes: [
          'The per-request cost, not the bytes, bounds every per-document store here: the same bytes as one put per 1 000 records go tens of times faster.',
        ],
      },
    ];
  } finally {
    await browser.close();
    server.close();
  }
};

export const bench: BenchSuite = { name: 'indexeddb floor', run };
