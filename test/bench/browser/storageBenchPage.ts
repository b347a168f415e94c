/**
 * Runs inside Chromium, on the same origin as the built app, so the register it
 * seeds is the one the app then unlocks. Bundled by esbuild in foundationBench.ts.
 */
import Dexie from 'dexie';
import { createRxDatabase, type RxJsonSchema } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { wrappedKeyEncryptionCryptoJsStorage } from 'rxdb/plugins/encryption-crypto-js';
import { personDefinition, plaintextFieldsOf, toRxJsonSchema, type Person } from '../../../shared/model';
import { createSearchIndex } from '../../../shared/search/searchIndex';
import { createKeyEnvelope, importDataKey, wrapEncryptedStorage } from '../../../renderer/db/crypto';
import { openRegisterDatabase } from '../../../renderer/db/openRegisterDatabase';
import { createRegisterEntry } from '../../../renderer/db/registerDirectory';
import { personSearchParts } from '../../../renderer/state/registerStore';
import { filterSortedRows, sortRows, type PersonRow } from '../../../renderer/state/listRows';
import { personDisplayName, personSortName } from '../../../renderer/state/recordLabels';
import { sortKey } from '../../../shared/search/sortKey';
import { syntheticPeople } from '../../helpers/syntheticPeople';

type Timing = { insertMs: number; readMs: number; count: number };

const personSchema = toRxJsonSchema(personDefinition) as RxJsonSchema<Person>;
const encryptedFields = Object.keys(personSchema.properties).filter(
  (field) => !plaintextFieldsOf(personDefinition).includes(field),
);

const time = async (work: () => Promise<unknown>): Promise<number> => {
  const started = performance.now();
  await work();
  return performance.now() - started;
};

const uniqueName = (prefix: string) => `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

const benchRawDexie = async (people: Person[]): Promise<Timing> => {
  const dexie = new Dexie(uniqueName('bench-raw'));
  dexie.version(1).stores({ people: 'id, [status+updatedAt]' });
  const insertMs = await time(() => dexie.table('people').bulkPut(people));
  let count = 0;
  const readMs = await time(async () => {
    count = (await dexie.table('people').toArray()).length;
  });
  dexie.close();
  await Dexie.delete(dexie.name);
  return { insertMs, readMs, count };
};

type StorageChoice = 'plain' | 'cryptoJs' | 'kontakt';

const benchRxdb = async (people: Person[], choice: StorageChoice): Promise<Timing> => {
  const key =
    choice === 'kontakt'
      ? await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt'])
      : null;
  const storage =
    choice === 'plain'
      ? getRxStorageDexie()
      : choice === 'cryptoJs'
        ? wrappedKeyEncryptionCryptoJsStorage({ storage: getRxStorageDexie() })
        : wrapEncryptedStorage({
            storage: getRxStorageDexie(),
            key: key!,
            plaintextFields: (collection) =>
              collection === 'people' ? plaintextFieldsOf(personDefinition) : [],
          });
  const database = await createRxDatabase({
    name: uniqueName(`bench-${choice.toLowerCase()}`),
    storage,
    password: choice === 'cryptoJs' ? 'bench-password-1234' : undefined,
    multiInstance: false,
  });
  const schema = choice === 'cryptoJs' ? { ...personSchema, encrypted: encryptedFields } : personSchema;
  await database.addCollections({ people: { schema } });
  const insertMs = await time(() => database.people.bulkInsert(people));
  let count = 0;
  const readMs = await time(async () => {
    count = (await database.people.find().exec()).length;
  });
  await database.remove();
  return { insertMs, readMs, count };
};

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

const medianTiming = (timings: Timing[]): Timing => ({
  insertMs: median(timings.map((timing) => timing.insertMs)),
  readMs: median(timings.map((timing) => timing.readMs)),
  count: Math.min(...timings.map((timing) => timing.count)),
});

/**
 * The four stores of issue #2 item 7, each on a fresh IndexedDB database. The unencrypted baseline and
 * our store run `rounds` times interleaved and report their medians: on a shared machine one run of
 * each moves the ratio by ±0.2 with the load of the moment. crypto-js (minutes per run) runs once.
 */
const runStorageBench = async (count: number, isCryptoJsIncluded = true, rounds = 3) => {
  const people = syntheticPeople(count, 7);
  const plain: Timing[] = [];
  const kontakt: Timing[] = [];
  const rawDexie: Timing[] = [];
  for (let round = 0; round < rounds; round += 1) {
    rawDexie.push(await benchRawDexie(people));
    plain.push(await benchRxdb(people, 'plain'));
    kontakt.push(await benchRxdb(people, 'kontakt'));
  }
  return {
    rounds,
    rawDexie: medianTiming(rawDexie),
    rxdbPlain: medianTiming(plain),
    rxdbCryptoJs: isCryptoJsIncluded ? await benchRxdb(people, 'cryptoJs') : null,
    kontakt: medianTiming(kontakt),
  };
};

const percentile = (values: number[], fraction: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
};

// Typed letter by letter, as a user searches: every prefix is a query the list must answer.
const typedQueries = [
  'mäkinen',
  'makinen',
  'virt',
  'aino laine',
  'sjöberg',
  '040 100',
  'example.fi',
  'åberg',
  'koordinaattori',
  'hannele.bj',
].flatMap((word) => Array.from({ length: word.length }, (_, index) => word.slice(0, index + 1)));

/** Search over `count` people: the index lookup alone, and lookup + rows + sort as the list does it. */
const runSearchBench = async (count: number) => {
  const people = syntheticPeople(count, 11);
  const index = createSearchIndex();
  const buildMs = await time(async () => {
    for (const person of people) index.upsert(person.id, personSearchParts(person));
    index.search('warm-up');
  });
  const byId = new Map(people.map((person) => [person.id, person]));
  const rowOf = (person: Person): PersonRow => ({
    id: person.id,
    name: personDisplayName(person),
    organisation: '',
    email: person.emails[0]?.address ?? '',
    phone: person.phones[0]?.number ?? '',
    categories: person.categories,
    tags: person.tags,
    status: person.status,
    updatedAt: person.updatedAt,
    keys: { name: sortKey(personSortName(person)), organisation: '', email: person.emails[0]?.address ?? '' },
  });
  const allRows = people.map(rowOf);
  // Sorting happens once per change to the register, not per keystroke; measured separately.
  let sortedRows: PersonRow[] = [];
  const sortMs = await time(async () => {
    sortedRows = sortRows([...allRows], 'name', 'asc');
  });
  const filter = { query: '', status: 'active' as const, category: '' };
  const lookupMs: number[] = [];
  const listMs: number[] = [];
  const naiveMs: number[] = [];
  let checksum = 0;
  for (const query of typedQueries) {
    let started = performance.now();
    checksum += index.search(query).length;
    lookupMs.push(performance.now() - started);
    started = performance.now();
    checksum += filterSortedRows(sortedRows, { ...filter, query }, index).length;
    listMs.push(performance.now() - started);
    // Baseline: the list path without the index: a per-record scan, then sorting what matched.
    started = performance.now();
    const folded = query.toLowerCase();
    const scanned = allRows.filter(
      (row) =>
        row.status === 'active' &&
        personSearchParts(byId.get(row.id)!).some((part) => part.toLowerCase().includes(folded)),
    );
    checksum += sortRows(scanned, 'name', 'asc').length;
    naiveMs.push(performance.now() - started);
  }
  if (checksum < 0) throw new Error('unreachable');
  return {
    count,
    queries: typedQueries.length,
    buildMs,
    sortMs,
    lookupP95: percentile(lookupMs, 0.95),
    listP95: percentile(listMs, 0.95),
    naiveP95: percentile(naiveMs, 0.95),
  };
};

/** Creates the app's register (envelope in localStorage) and fills it with `count` people. */
const seedRegister = async (passphrase: string, count: number, onProgress: (done: number) => void) => {
  const { envelope, rawDataKey } = await createKeyEnvelope(passphrase);
  const registerId = crypto.randomUUID();
  createRegisterEntry({ registerId, envelope });
  const database = await openRegisterDatabase(registerId, await importDataKey(rawDataKey));
  const people = syntheticPeople(count, 3);
  for (let start = 0; start < people.length; start += 5_000) {
    await database.people.bulkInsert(people.slice(start, start + 5_000));
    onProgress(Math.min(count, start + 5_000));
  }
  await database.close();
  return registerId;
};

declare global {
  var kontaktBench: {
    runStorageBench: typeof runStorageBench;
    runSearchBench: typeof runSearchBench;
    seedRegister: (passphrase: string, count: number) => Promise<string>;
    profileOpen?: (count: number) => Promise<Record<string, number>>;
  };
}

globalThis.kontaktBench = {
  runStorageBench,
  runSearchBench,
  seedRegister: (passphrase, count) =>
    seedRegister(passphrase, count, (done) => console.log(`seeded ${done}`)),
};
document.title = 'bench-ready';

/** Times each step of opening a seeded register, to see where unlock time goes. */
const profileOpen = async (count: number) => {
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  const registerId = crypto.randomUUID();
  const seeding = await openRegisterDatabase(registerId, key);
  const people = syntheticPeople(count, 3);
  for (let start = 0; start < people.length; start += 5_000)
    await seeding.people.bulkInsert(people.slice(start, start + 5_000));
  await seeding.close();
  const steps: Record<string, number> = {};
  let database: Awaited<ReturnType<typeof openRegisterDatabase>> | null = null;
  steps.open = await time(async () => {
    database = await openRegisterDatabase(registerId, key);
  });
  const opened = database!;
  steps.count = await time(() => opened.people.count().exec());
  const { readInChunks } = await import('../../../renderer/state/readInChunks');
  let lastId: string | null = null;
  steps.firstChunk500 = await time(async () => {
    lastId = (
      await readInChunks(
        opened.people,
        { chunkSize: 500, maxChunks: 1 },
        () => undefined,
        () => false,
      )
    ).lastId;
  });
  steps.nextChunk5000 = await time(() =>
    readInChunks(
      opened.people,
      { chunkSize: 5_000, maxChunks: 1, afterId: lastId },
      () => undefined,
      () => false,
    ),
  );
  steps.findAllRxDocuments = await time(() => opened.people.find().exec());
  await opened.remove();
  return steps;
};
globalThis.kontaktBench.profileOpen = profileOpen;
