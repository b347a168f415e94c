import {
  addRxPlugin,
  createRxDatabase,
  type RxCollection,
  type RxDatabase,
  type RxDocumentData,
  type RxJsonSchema,
  type RxStorage,
  type RxStorageInstance,
  type RxStorageInstanceCreationParams,
} from 'rxdb';
import { disableWarnings, RxDBDevModePlugin } from 'rxdb/plugins/dev-mode';
import { getRxStorageMemory, type RxStorageMemoryInstanceCreationOptions } from 'rxdb/plugins/storage-memory';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import { wrapEncryptedStorage } from '../../renderer/db/crypto';

// Dev-mode deep-freezes documents and checks queries, so misuse of documents by the wrapper shows up in tests.
disableWarnings();
addRxPlugin(RxDBDevModePlugin);

export type TestPerson = {
  id: string;
  status: 'active' | 'archived';
  updatedAt: number;
  firstName: string;
  lastName: string;
  emails: string[];
  notes?: string;
};

export const personSchema: RxJsonSchema<TestPerson> = {
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 40 },
    status: { type: 'string', enum: ['active', 'archived'], maxLength: 10 },
    updatedAt: { type: 'number', minimum: 0, maximum: 9_999_999_999_999, multipleOf: 1 },
    firstName: { type: 'string' },
    lastName: { type: 'string' },
    emails: { type: 'array', items: { type: 'string' } },
    notes: { type: 'string' },
  },
  required: ['id', 'status', 'updatedAt', 'firstName', 'lastName', 'emails'],
  indexes: ['status', 'updatedAt'],
};

export const testPlaintextFields = (collectionName: string): readonly string[] =>
  collectionName === 'persons' || collectionName === 'archive' ? ['status', 'updatedAt'] : [];

export type TestCollections = { persons: RxCollection<TestPerson>; archive: RxCollection<TestPerson> };
export type TestDatabase = RxDatabase<TestCollections>;

type MemoryParams = RxStorageInstanceCreationParams<unknown, RxStorageMemoryInstanceCreationOptions>;

/**
 * Memory storage that remembers the parameters the encryption wrapper created each inner instance with,
 * so tests can open an unwrapped instance on the same (process-wide) memory state and see raw documents.
 */
export function createSpiedMemoryStorage(): {
  storage: RxStorage<unknown, unknown>;
  innerParams: Map<string, MemoryParams>;
} {
  const memory = getRxStorageMemory() as unknown as RxStorage<unknown, unknown>;
  const innerParams = new Map<string, MemoryParams>();
  const storage = Object.assign({}, memory, {
    createStorageInstance<RxDocType>(params: RxStorageInstanceCreationParams<RxDocType, unknown>) {
      innerParams.set(params.collectionName, params as MemoryParams);
      return memory.createStorageInstance(params);
    },
  });
  return { storage, innerParams };
}

let databaseCounter = 0;
export const uniqueDatabaseName = (): string => `crypto-test-${Date.now()}-${++databaseCounter}`;

export async function openTestDatabase(args: {
  name: string;
  key: CryptoKey;
  storage: RxStorage<unknown, unknown>;
  ignoreDuplicate?: boolean;
  allowSlowCount?: boolean;
}): Promise<TestDatabase> {
  const database = await createRxDatabase<TestCollections>({
    name: args.name,
    storage: wrappedValidateAjvStorage({
      storage: wrapEncryptedStorage({
        storage: args.storage,
        key: args.key,
        plaintextFields: testPlaintextFields,
      }),
    }),
    ignoreDuplicate: args.ignoreDuplicate ?? false,
    allowSlowCount: args.allowSlowCount ?? false,
  });
  try {
    await database.addCollections({ persons: { schema: personSchema }, archive: { schema: personSchema } });
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

export type RawDocument = RxDocumentData<Record<string, unknown>>;

/** An unwrapped memory instance on the same state as the wrapped collection: it sees exactly what is stored. */
export async function openRawInstance(
  innerParams: Map<string, MemoryParams>,
  collectionName: string,
): Promise<RxStorageInstance<Record<string, unknown>, unknown, unknown>> {
  const params = innerParams.get(collectionName);
  if (!params) {
    throw new Error(`no inner instance was created for ${collectionName}`);
  }
  const instance = await getRxStorageMemory().createStorageInstance<Record<string, unknown>>(
    params as RxStorageInstanceCreationParams<
      Record<string, unknown>,
      RxStorageMemoryInstanceCreationOptions
    >,
  );
  return instance as unknown as RxStorageInstance<Record<string, unknown>, unknown, unknown>;
}

export async function readRawDocuments(
  innerParams: Map<string, MemoryParams>,
  collectionName: string,
  ids: string[],
): Promise<RawDocument[]> {
  const raw = await openRawInstance(innerParams, collectionName);
  try {
    return await raw.findDocumentsById(ids, true);
  } finally {
    await raw.close();
  }
}

/** Replaces stored documents behind RxDB's back, as an attacker with disk access could. */
export async function overwriteRawDocuments(
  innerParams: Map<string, MemoryParams>,
  collectionName: string,
  ids: string[],
  change: (documents: Map<string, RawDocument>) => RawDocument[],
): Promise<void> {
  const raw = await openRawInstance(innerParams, collectionName);
  try {
    const all = await raw.findDocumentsById(ids, true);
    const byId = new Map(all.map((doc) => [String(doc.id), doc]));
    const replacements = change(byId);
    const result = await raw.bulkWrite(
      replacements.map((document) => ({ previous: byId.get(String(document.id)), document })),
      'test-tamper',
    );
    if (result.error.length > 0) {
      throw new Error(`tampering write failed: ${JSON.stringify(result.error)}`);
    }
  } finally {
    await raw.close();
  }
}
