import type { PushRow } from '../../shared/sync/syncProtocol';
import type { ApiClient } from '../helpers/server/ApiClient';
import { samplePerson } from '../helpers/server/sampleDocuments';
import type { TestServer } from '../helpers/server/startTestServer';
import { startTestServer, testDatabases } from '../helpers/server/startTestServer';
import type { BenchSection, BenchSuite } from './benchTypes';

// 50 clients × 200 changes over loopback HTTP, pushed as RxDB does: batches of 10 rows.
const clientCount = 50;
const changesPerClient = 200;
const rowsPerPush = 10;

const percentile = (values: number[], fraction: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
};

/** The same number of rows in the same batches, inserted straight into the same database. */
const rawInsertRate = async (server: TestServer): Promise<number> => {
  await server.sql.exec(
    'create table if not exists bench_raw (id text primary key, sequence bigint, document jsonb)',
  );
  await server.sql.exec('create sequence if not exists bench_raw_sequence');
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clientCount }, async () => {
      for (let batch = 0; batch < changesPerClient / rowsPerPush; batch += 1) {
        await server.sql.transaction(async (tx) => {
          for (let row = 0; row < rowsPerPush; row += 1) {
            const document = samplePerson();
            await tx.query(`insert into bench_raw values ($1, nextval('bench_raw_sequence'), $2::jsonb)`, [
              document.id,
              JSON.stringify(document),
            ]);
          }
        });
      }
    }),
  );
  return (clientCount * changesPerClient) / ((performance.now() - started) / 1000);
};

const runOn = async (name: string, databaseUrl?: string): Promise<BenchSection> => {
  const server = await startTestServer({
    ...(databaseUrl ? { databaseUrl } : {}),
    loginRateLimits: { windowMs: 60_000, maxFailuresPerAddress: 10_000, maxFailuresPerAccount: 10 },
  });
  try {
    const baseline = await rawInsertRate(server);
    const clients: ApiClient[] = [];
    for (let index = 0; index < clientCount; index += 1) {
      const user = await server.createUser({ role: 'staff', units: ['main'] });
      clients.push(server.client(await server.login(user.username)));
    }
    const latencies: number[] = [];
    const pushedIds = new Set<string>();
    let failures = 0;
    const started = performance.now();
    await Promise.all(
      clients.map(async (client) => {
        for (let batch = 0; batch < changesPerClient / rowsPerPush; batch += 1) {
          const rows: PushRow[] = Array.from({ length: rowsPerPush }, () => ({
            newDocumentState: samplePerson(),
          }));
          const pushStarted = performance.now();
          const answer = await client.push('people', rows);
          latencies.push(performance.now() - pushStarted);
          if (answer.status !== 200 || answer.body.conflicts.length > 0) failures += 1;
          else rows.forEach((row) => pushedIds.add(row.newDocumentState.id));
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const throughput = (clientCount * changesPerClient) / seconds;
    const { documents } = await clients[0]!.pullAll('people', 0, 1_000);
    const lost = [...pushedIds].filter((id) => !documents.has(id)).length + failures * rowsPerPush;
    return {
      title: `Company server on ${name}: ${clientCount} clients × ${changesPerClient} changes (pushes of ${rowsPerPush})`,
      rows: [
        {
          name: 'push throughput',
          value: throughput,
          unit: 'changes/s',
          baseline: `raw INSERT, same batches: ${baseline.toFixed(0)} rows/s`,
          ratio: throughput / baseline,
        },
        { name: 'push latency p50', value: percentile(latencies, 0.5), unit: 'ms' },
        { name: 'push latency p95', value: percentile(latencies, 0.95), unit: 'ms' },
        {
          name: 'lost writes (pulled back afterwards)',
          value: lost,
          unit: 'changes',
          target: '0',
          isMet: lost === 0,
        },
      ],
      notes: [
        'Every push is one transaction under the feed lock: validation, compare-and-set, sequence, audit row, idempotency answer, NOTIFY.',
        `Pulled back ${documents.size} documents in pages of 1000.`,
      ],
    };
  } finally {
    await server.stop();
  }
};

export const bench: BenchSuite = {
  name: 'server',
  run: async () => {
    const sections: BenchSection[] = [];
    for (const database of testDatabases) sections.push(await runOn(database.name, database.databaseUrl));
    return sections;
  },
};
