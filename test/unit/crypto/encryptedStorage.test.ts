import { firstValueFrom, filter } from 'rxjs';
import { describe, expect, it, vi } from 'vitest';
import {
  createRxDatabase,
  fillWithDefaultSettings,
  normalizeMangoQuery,
  prepareQuery,
  type RxJsonSchema,
} from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import {
  createKeyEnvelope,
  EncryptedStorageUsageError,
  importDataKey,
  RegisterCorruptedError,
  rewrapKeyEnvelope,
  unwrapDataKey,
  WrongPassphraseError,
  wrapEncryptedStorage,
} from '../../../renderer/db/crypto';
import { base64ToBytes, bytesToBase64 } from '../../../renderer/db/crypto/base64';
import {
  createSpiedMemoryStorage,
  openRawInstance,
  openTestDatabase,
  personSchema,
  testPlaintextFields,
  overwriteRawDocuments,
  readRawDocuments,
  uniqueDatabaseName,
  type TestPerson,
} from '../../helpers/cryptoTestDatabase';

const newKey = async (): Promise<CryptoKey> =>
  importDataKey(globalThis.crypto.getRandomValues(new Uint8Array(32)));

const matti: TestPerson = {
  id: 'p-1',
  status: 'active',
  updatedAt: 1_700_000_000_001,
  firstName: 'Matti',
  lastName: 'Meikäläinen',
  emails: ['matti.meikalainen@example.fi', 'mm@work.example'],
  notes: 'Allergic to peanuts; prefers Swedish.',
};
const anna: TestPerson = {
  id: 'p-2',
  status: 'archived',
  updatedAt: 1_700_000_000_002,
  firstName: 'Anna',
  lastName: 'Andersson',
  emails: ['anna@example.se'],
};
const pekka: TestPerson = {
  id: 'p-3',
  status: 'active',
  updatedAt: 1_700_000_000_003,
  firstName: 'Pekka',
  lastName: 'Virtanen',
  emails: [],
  notes: 'Board member since 2019',
};
const people = [matti, anna, pekka];
const personalValues = people.flatMap((person) => [
  person.firstName,
  person.lastName,
  ...person.emails,
  ...(person.notes ? [person.notes] : []),
]);

const plainPerson = (person: TestPerson): TestPerson => ({
  id: person.id,
  status: person.status,
  updatedAt: person.updatedAt,
  firstName: person.firstName,
  lastName: person.lastName,
  emails: [...person.emails],
  ...(person.notes === undefined ? {} : { notes: person.notes }),
});

/** A fresh register with the three people, closed again so the raw state can be inspected or tampered with. */
async function seededRegister() {
  const { storage, innerParams } = createSpiedMemoryStorage();
  const name = uniqueDatabaseName();
  const key = await newKey();
  const database = await openTestDatabase({ name, key, storage });
  await database.persons.bulkInsert(people);
  await database.close();
  return { storage, innerParams, name, key };
}

function flipByte(sealed: string, position: number): string {
  const bytes = base64ToBytes(sealed);
  bytes[position] ^= 0x01;
  return bytesToBase64(bytes);
}

describe('wrapEncryptedStorage', () => {
  it('round-trips insert, findOne, query by status, update and delete', async () => {
    const { storage } = createSpiedMemoryStorage();
    const database = await openTestDatabase({ name: uniqueDatabaseName(), key: await newKey(), storage });
    try {
      const result = await database.persons.bulkInsert(people);
      expect(result.error).toEqual([]);

      const found = await database.persons.findOne('p-1').exec(true);
      expect(found.toJSON()).toEqual(plainPerson(matti));

      const active = await database.persons
        .find({ selector: { status: 'active' }, sort: [{ updatedAt: 'desc' }] })
        .exec();
      expect(active.map((doc) => doc.id)).toEqual(['p-3', 'p-1']);
      expect(await database.persons.count({ selector: { status: 'archived' } }).exec()).toBe(1);

      await found.incrementalPatch({
        status: 'archived',
        notes: 'Moved to Tampere',
        updatedAt: 1_700_000_000_010,
      });
      const reread = await database.persons.findOne('p-1').exec(true);
      expect(reread.toJSON()).toEqual({
        ...plainPerson(matti),
        status: 'archived',
        notes: 'Moved to Tampere',
        updatedAt: 1_700_000_000_010,
      });
      const archived = await database.persons.find({ selector: { status: 'archived' } }).exec();
      expect(archived.map((doc) => doc.id).sort()).toEqual(['p-1', 'p-2']);

      await reread.remove();
      expect(await database.persons.findOne('p-1').exec()).toBeNull();
      expect((await database.persons.find({ sort: [{ id: 'asc' }] }).exec()).map((doc) => doc.id)).toEqual([
        'p-2',
        'p-3',
      ]);
    } finally {
      await database.close();
    }
  });

  it('survives closing and reopening with the same key', async () => {
    const { storage, name, key } = await seededRegister();
    const database = await openTestDatabase({ name, key, storage });
    try {
      const all = await database.persons.find({ sort: [{ id: 'asc' }] }).exec();
      expect(all.map((doc) => doc.toJSON())).toEqual(people.map(plainPerson));
    } finally {
      await database.close();
    }
  });

  it('stores only the id, bookkeeping, plaintext fields and one ciphertext', async () => {
    const { innerParams } = await seededRegister();
    const raw = await readRawDocuments(innerParams, 'persons', ['p-1', 'p-2', 'p-3']);
    expect(raw).toHaveLength(3);
    for (const doc of raw) {
      expect(Object.keys(doc).sort()).toEqual([
        '_attachments',
        '_deleted',
        '_meta',
        '_rev',
        'enc',
        'id',
        'status',
        'updatedAt',
      ]);
      const sealed = base64ToBytes(doc.enc as string);
      expect(sealed[0]).toBe(1);
      // version + iv + at least the GCM tag
      expect(sealed.length).toBeGreaterThan(1 + 12 + 16);
    }
    const rawText = JSON.stringify(raw);
    for (const value of personalValues) {
      expect(rawText).not.toContain(value);
    }
    expect(raw.find((doc) => doc.id === 'p-2')?.status).toBe('archived');

    const storedInner = innerParams.get('persons')?.schema;
    expect(Object.keys(storedInner?.properties ?? {}).sort()).toEqual([
      '_attachments',
      '_deleted',
      '_meta',
      '_rev',
      'enc',
      'id',
      'status',
      'updatedAt',
    ]);
  });

  it('also encrypts RxDB’s internal store payload (collection schemas) but keeps its keys queryable', async () => {
    const { innerParams } = await seededRegister();
    const internalSchema = innerParams.get('_rxdb_internal')?.schema;
    expect(Object.keys(internalSchema?.properties ?? {})).toContain('enc');
    expect(Object.keys(internalSchema?.properties ?? {})).not.toContain('data');
  });

  it('uses a fresh IV for every write, even of identical content', async () => {
    const { storage, innerParams } = createSpiedMemoryStorage();
    const database = await openTestDatabase({ name: uniqueDatabaseName(), key: await newKey(), storage });
    try {
      const twin = { ...anna, id: 'p-twin' };
      await database.persons.bulkInsert([anna, twin]);
      const [first, second] = await readRawDocuments(innerParams, 'persons', ['p-2', 'p-twin']);
      const ivOf = (doc: Record<string, unknown>) =>
        bytesToBase64(base64ToBytes(doc.enc as string).subarray(1, 13));
      expect(ivOf(first)).not.toBe(ivOf(second));
    } finally {
      await database.close();
    }
  });

  it('rejects reads with RegisterCorruptedError when opened with another data key', async () => {
    const { storage, innerParams, name } = await seededRegister();
    // The whole database is unreadable: already RxDB's internal store fails to authenticate on open.
    await expect(openTestDatabase({ name, key: await newKey(), storage })).rejects.toBeInstanceOf(
      RegisterCorruptedError,
    );

    // And directly at the storage level, for every read path.
    const wrongKeyStorage = wrapEncryptedStorage({
      storage: getRxStorageMemory(),
      key: await newKey(),
      plaintextFields: () => ['status', 'updatedAt'],
    });
    const params = innerParams.get('persons');
    if (!params) throw new Error('persons instance missing');
    const instance = await wrongKeyStorage.createStorageInstance({
      ...params,
      schema: fillWithDefaultSettings(personSchema),
    });
    try {
      const error = await instance.findDocumentsById(['p-1'], false).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(RegisterCorruptedError);
      expect((error as RegisterCorruptedError).code).toBe('corrupted');
      expect((error as RegisterCorruptedError).documentId).toBe('p-1');
      const query = prepareQuery(
        instance.schema,
        normalizeMangoQuery(instance.schema, {
          selector: { status: 'active' },
          sort: [{ updatedAt: 'asc' }],
        }),
      );
      await expect(instance.query(query)).rejects.toBeInstanceOf(RegisterCorruptedError);
    } finally {
      await instance.close();
    }
  });

  it('detects a single flipped ciphertext byte', async () => {
    const { storage, innerParams, name, key } = await seededRegister();
    await overwriteRawDocuments(innerParams, 'persons', ['p-1'], (docs) => {
      const doc = docs.get('p-1');
      if (!doc) throw new Error('p-1 missing');
      return [{ ...doc, enc: flipByte(doc.enc as string, 20) }];
    });
    const database = await openTestDatabase({ name, key, storage });
    try {
      await expect(database.persons.findOne('p-1').exec()).rejects.toBeInstanceOf(RegisterCorruptedError);
      await expect(database.persons.find().exec()).rejects.toBeInstanceOf(RegisterCorruptedError);
      // Untouched records stay readable.
      expect((await database.persons.findOne('p-2').exec(true)).firstName).toBe('Anna');
    } finally {
      await database.close();
    }
  });

  it('detects a flipped byte in the IV and the authentication tag', async () => {
    const { storage, innerParams, name, key } = await seededRegister();
    await overwriteRawDocuments(innerParams, 'persons', ['p-1', 'p-3'], (docs) => {
      const first = docs.get('p-1');
      const third = docs.get('p-3');
      if (!first || !third) throw new Error('documents missing');
      const tagPosition = base64ToBytes(third.enc as string).length - 1;
      return [
        { ...first, enc: flipByte(first.enc as string, 5) },
        { ...third, enc: flipByte(third.enc as string, tagPosition) },
      ];
    });
    const database = await openTestDatabase({ name, key, storage });
    try {
      await expect(database.persons.findOne('p-1').exec()).rejects.toBeInstanceOf(RegisterCorruptedError);
      await expect(database.persons.findOne('p-3').exec()).rejects.toBeInstanceOf(RegisterCorruptedError);
    } finally {
      await database.close();
    }
  });

  it('detects a ciphertext moved onto another record', async () => {
    const { storage, innerParams, name, key } = await seededRegister();
    await overwriteRawDocuments(innerParams, 'persons', ['p-1', 'p-2'], (docs) => {
      const source = docs.get('p-1');
      const target = docs.get('p-2');
      if (!source || !target) throw new Error('documents missing');
      return [{ ...target, enc: source.enc }];
    });
    const database = await openTestDatabase({ name, key, storage });
    try {
      const error = await database.persons
        .findOne('p-2')
        .exec()
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(RegisterCorruptedError);
      expect((error as RegisterCorruptedError).documentId).toBe('p-2');
      expect((await database.persons.findOne('p-1').exec(true)).firstName).toBe('Matti');
    } finally {
      await database.close();
    }
  });

  it('detects a ciphertext moved into another collection under the same id', async () => {
    const { storage, innerParams } = createSpiedMemoryStorage();
    const name = uniqueDatabaseName();
    const key = await newKey();
    let database = await openTestDatabase({ name, key, storage });
    await database.persons.insert(matti);
    await database.archive.insert({ ...anna, id: 'p-1' });
    await database.close();

    const [personsDoc] = await readRawDocuments(innerParams, 'persons', ['p-1']);
    await overwriteRawDocuments(innerParams, 'archive', ['p-1'], (docs) => {
      const target = docs.get('p-1');
      if (!target) throw new Error('archive p-1 missing');
      return [{ ...target, enc: personsDoc.enc }];
    });
    database = await openTestDatabase({ name, key, storage });
    try {
      await expect(database.archive.findOne('p-1').exec()).rejects.toBeInstanceOf(RegisterCorruptedError);
      expect((await database.persons.findOne('p-1').exec(true)).firstName).toBe('Matti');
    } finally {
      await database.close();
    }
  });

  it('detects a record whose ciphertext was removed', async () => {
    const { storage, innerParams, name, key } = await seededRegister();
    await overwriteRawDocuments(innerParams, 'persons', ['p-3'], (docs) => {
      const doc = docs.get('p-3');
      if (!doc) throw new Error('p-3 missing');
      const { enc: _enc, ...withoutCiphertext } = doc;
      return [{ ...withoutCiphertext, firstName: 'Injected' } as typeof doc];
    });
    const database = await openTestDatabase({ name, key, storage });
    try {
      await expect(database.persons.findOne('p-3').exec()).rejects.toBeInstanceOf(RegisterCorruptedError);
    } finally {
      await database.close();
    }
  });

  it('refuses queries, sorts and counts on encrypted fields', async () => {
    const { storage } = createSpiedMemoryStorage();
    const database = await openTestDatabase({
      name: uniqueDatabaseName(),
      key: await newKey(),
      storage,
      allowSlowCount: true,
    });
    try {
      await database.persons.bulkInsert(people);
      await expect(database.persons.find({ selector: { firstName: 'Matti' } }).exec()).rejects.toThrow(
        EncryptedStorageUsageError,
      );
      await expect(database.persons.find({ selector: { firstName: 'Matti' } }).exec()).rejects.toThrow(
        /encrypted field "firstName"/,
      );
      await expect(
        database.persons
          .find({ selector: { $or: [{ status: 'active' }, { 'emails.0': 'anna@example.se' }] } })
          .exec(),
      ).rejects.toThrow(/encrypted field "emails.0"/);
      await expect(
        database.persons.find({ selector: { status: 'active' }, sort: [{ lastName: 'asc' }] }).exec(),
      ).rejects.toThrow(/sort uses encrypted field "lastName"/);
      await expect(database.persons.count({ selector: { notes: { $exists: true } } }).exec()).rejects.toThrow(
        EncryptedStorageUsageError,
      );
      // Plaintext fields remain fully queryable.
      expect(
        await database.persons
          .count({ selector: { status: 'active', updatedAt: { $gt: 1_700_000_000_002 } } })
          .exec(),
      ).toBe(1);
    } finally {
      await database.close();
    }
  });

  it('refuses at creation a schema whose index uses an encrypted field', async () => {
    const database = await createRxDatabase({
      name: uniqueDatabaseName(),
      storage: wrappedValidateAjvStorage({
        storage: wrapEncryptedStorage({
          storage: getRxStorageMemory(),
          key: await newKey(),
          plaintextFields: () => ['status'],
        }),
      }),
    });
    try {
      const schema: RxJsonSchema<TestPerson> = {
        ...personSchema,
        properties: { ...personSchema.properties, lastName: { type: 'string', maxLength: 100 } },
        indexes: ['status', 'lastName'],
      };
      await expect(database.addCollections({ persons: { schema } })).rejects.toThrow(
        /index \[_deleted, lastName, id\] uses encrypted field "lastName"/,
      );
    } finally {
      await database.close();
    }
  });

  it('refuses at creation a composite primary key with an encrypted part', async () => {
    type Membership = { id: string; personId: string; organisationId: string; role: string };
    const storage = wrapEncryptedStorage({
      storage: getRxStorageMemory(),
      key: await newKey(),
      plaintextFields: () => ['personId'],
    });
    const database = await createRxDatabase({
      name: uniqueDatabaseName(),
      storage: wrappedValidateAjvStorage({ storage }),
    });
    try {
      const schema: RxJsonSchema<Membership> = {
        version: 0,
        primaryKey: { key: 'id', fields: ['personId', 'organisationId'], separator: '|' },
        type: 'object',
        properties: {
          id: { type: 'string', maxLength: 100 },
          personId: { type: 'string', maxLength: 40 },
          organisationId: { type: 'string', maxLength: 40 },
          role: { type: 'string' },
        },
        required: ['id', 'personId', 'organisationId'],
      };
      await expect(database.addCollections({ memberships: { schema } })).rejects.toThrow(
        /primary key part "organisationId" is encrypted/,
      );
    } finally {
      await database.close();
    }
  });

  it('returns the decrypted stored document on a write conflict', async () => {
    const { storage } = createSpiedMemoryStorage();
    const database = await openTestDatabase({ name: uniqueDatabaseName(), key: await newKey(), storage });
    try {
      await database.persons.insert(matti);
      const result = await database.persons.bulkInsert([{ ...matti, firstName: 'Impostor' }]);
      expect(result.error).toHaveLength(1);
      const conflict = result.error[0] as {
        status: number;
        documentInDb?: TestPerson;
        writeRow: { document: TestPerson };
      };
      expect(conflict.status).toBe(409);
      expect(conflict.documentInDb?.firstName).toBe('Matti');
      expect(conflict.documentInDb?.emails).toEqual(matti.emails);
      expect(conflict.writeRow.document.firstName).toBe('Impostor');
    } finally {
      await database.close();
    }
  });

  it('emits decrypted change events, also to a second instance on the same storage', async () => {
    const { storage } = createSpiedMemoryStorage();
    const name = uniqueDatabaseName();
    const key = await newKey();
    const writer = await openTestDatabase({ name, key, storage });
    const reader = await openTestDatabase({ name, key, storage, ignoreDuplicate: true });
    try {
      const seenByWriter = firstValueFrom(
        writer.persons.insert$.pipe(filter((event) => event.documentId === 'p-3')),
      );
      const seenByReader = firstValueFrom(
        reader.persons.$.pipe(filter((event) => event.documentId === 'p-3')),
      );
      const activeQuery = reader.persons.find({ selector: { status: 'active' } });
      const activeNames = firstValueFrom(
        activeQuery.$.pipe(filter((docs) => docs.some((doc) => doc.id === 'p-3'))),
      );
      await writer.persons.insert(pekka);
      expect((await seenByWriter).documentData.firstName).toBe('Pekka');
      // The reader's events come from another instance's write, so they went through decryption.
      expect((await seenByReader).documentData.notes).toBe('Board member since 2019');
      expect((await activeNames).map((doc) => doc.lastName)).toContain('Virtanen');
    } finally {
      await reader.close();
      await writer.close();
    }
  });

  it('errors the change stream on a corrupted foreign event without blocking later writes', async () => {
    const { storage, innerParams } = createSpiedMemoryStorage();
    const key = await newKey();
    const wrapped = await wrapEncryptedStorage({
      storage,
      key,
      plaintextFields: testPlaintextFields,
    }).createStorageInstance({
      databaseInstanceToken: 'token-' + uniqueDatabaseName(),
      databaseName: uniqueDatabaseName(),
      collectionName: 'persons',
      schema: fillWithDefaultSettings(personSchema),
      options: {},
      multiInstance: false,
      devMode: false,
    });
    const asStored = (person: TestPerson, rev: string) => ({
      ...person,
      _deleted: false,
      _attachments: {},
      _rev: rev,
      _meta: { lwt: Date.now() },
    });
    const received: string[] = [];
    const streamErrors: unknown[] = [];
    const subscription = wrapped.changeStream().subscribe({
      next: (bulk) => bulk.events.forEach((event) => received.push(String(event.documentData.firstName))),
      error: (error: unknown) => streamErrors.push(error),
    });
    try {
      expect((await wrapped.bulkWrite([{ document: asStored(matti, '1-a') }], 'test')).error).toEqual([]);
      expect(received).toEqual(['Matti']);

      const raw = await openRawInstance(innerParams, 'persons');
      try {
        const [stored] = await raw.findDocumentsById(['p-1'], true);
        const tampered = { ...stored, _rev: '2-b', enc: flipByte(stored.enc as string, 30) };
        // Two bulks back to back: the second is still queued behind the failing first one.
        const writes = [
          raw.bulkWrite([{ previous: stored, document: tampered }], 'tamper'),
          raw.bulkWrite([{ previous: tampered, document: { ...tampered, _rev: '3-b' } }], 'tamper'),
        ];
        await Promise.all(writes);
      } finally {
        await raw.close();
      }
      await vi.waitFor(() => expect(streamErrors).toHaveLength(1));
      expect(streamErrors[0]).toBeInstanceOf(RegisterCorruptedError);

      const write = wrapped.bulkWrite([{ document: asStored(anna, '1-c') }], 'test');
      const hang = new Promise((resolve) => setTimeout(() => resolve('still waiting'), 2_000));
      await expect(Promise.race([write, hang])).resolves.toEqual({ error: [] });
      expect((await wrapped.findDocumentsById(['p-2'], false))[0]?.firstName).toBe('Anna');
    } finally {
      subscription.unsubscribe();
      await wrapped.close();
    }
  });

  it('changing the passphrase re-wraps only the data key; record ciphertexts stay byte-identical', async () => {
    const { storage, innerParams } = createSpiedMemoryStorage();
    const name = uniqueDatabaseName();
    const ids = people.map((person) => person.id);
    const { envelope, rawDataKey } = await createKeyEnvelope('vanha salasana', { iterations: 2_000 });
    const firstDatabase = await openTestDatabase({ name, key: await importDataKey(rawDataKey), storage });
    await firstDatabase.persons.bulkInsert(people);
    await firstDatabase.close();
    const before = (await readRawDocuments(innerParams, 'persons', ids)).map((doc) => doc.enc);

    const changed = await rewrapKeyEnvelope(envelope, 'vanha salasana', 'uusi salasana', {
      iterations: 2_000,
    });
    await expect(unwrapDataKey(changed, 'vanha salasana')).rejects.toBeInstanceOf(WrongPassphraseError);
    const unwrapped = await unwrapDataKey(changed, 'uusi salasana');
    expect(unwrapped).toEqual(rawDataKey);

    const reopened = await openTestDatabase({ name, key: await importDataKey(unwrapped), storage });
    try {
      const all = await reopened.persons.find({ sort: [{ id: 'asc' }] }).exec();
      expect(all.map((doc) => doc.toJSON())).toEqual(people.map(plainPerson));
    } finally {
      await reopened.close();
    }
    const after = (await readRawDocuments(innerParams, 'persons', ids)).map((doc) => doc.enc);
    expect(after).toEqual(before);
    expect(after.every((sealed) => typeof sealed === 'string' && sealed.length > 40)).toBe(true);
  });
});
