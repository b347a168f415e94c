import {
  createRxDatabase,
  type RxCollection,
  type RxDatabase,
  type RxJsonSchema,
  type RxStorage,
} from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import {
  affiliationDefinition,
  importBatchDefinition,
  importBatchJsonSchema,
  organisationDefinition,
  personDefinition,
  plaintextFieldsOf,
  registerSettingsDefinition,
  toRxJsonSchema,
  type Affiliation,
  type CollectionName,
  type ImportBatch,
  type Organisation,
  type Person,
  type RegisterSettings,
} from '../../shared/model';
import { wrapEncryptedStorage } from './crypto';

export type RegisterCollections = {
  people: RxCollection<Person>;
  organisations: RxCollection<Organisation>;
  affiliations: RxCollection<Affiliation>;
  settings: RxCollection<RegisterSettings>;
  importBatches: RxCollection<ImportBatch>;
};

export type RegisterDatabase = RxDatabase<RegisterCollections>;

const plaintextFields: Record<CollectionName | 'importBatches', readonly string[]> = {
  people: plaintextFieldsOf(personDefinition),
  organisations: plaintextFieldsOf(organisationDefinition),
  affiliations: plaintextFieldsOf(affiliationDefinition),
  settings: registerSettingsDefinition.plaintextFields,
  importBatches: importBatchDefinition.plaintextFields,
};

const settingsSchema: RxJsonSchema<RegisterSettings> = {
  title: 'settings',
  version: registerSettingsDefinition.schemaVersion,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 40 },
    updatedAt: { type: 'number', minimum: 0, maximum: 9_999_999_999_999, multipleOf: 1 },
    personCategories: { type: 'array', items: { type: 'object' } },
    organisationCategories: { type: 'array', items: { type: 'object' } },
    autoLockMinutes: { type: 'number' },
  },
  required: ['id', 'updatedAt'],
};

export const databaseNameFor = (registerId: string): string => `kontakt-${registerId}`;

export const plaintextFieldsFor = (collectionName: string): readonly string[] => {
  const fields = plaintextFields[collectionName as CollectionName | 'importBatches'];
  // RxDB's own internal collections hold schemas and bookkeeping only, never register data.
  return fields ?? [];
};

/** Opens (or creates) the register's RxDB database behind the encryption wrapper. */
export const openRegisterDatabase = async (
  registerId: string,
  key: CryptoKey,
  // Tests and Node benchmarks pass RxDB's memory storage; the app always stores in IndexedDB through Dexie.
  baseStorage: RxStorage<unknown, unknown> = getRxStorageDexie() as RxStorage<unknown, unknown>,
): Promise<RegisterDatabase> => {
  const database = await createRxDatabase<RegisterCollections>({
    name: databaseNameFor(registerId),
    storage: wrapEncryptedStorage({ storage: baseStorage, key, plaintextFields: plaintextFieldsFor }),
    multiInstance: true,
    eventReduce: true,
    closeDuplicates: true,
  });
  try {
    await database.addCollections({
      people: { schema: toRxJsonSchema(personDefinition) as RxJsonSchema<Person> },
      organisations: { schema: toRxJsonSchema(organisationDefinition) as RxJsonSchema<Organisation> },
      affiliations: { schema: toRxJsonSchema(affiliationDefinition) as RxJsonSchema<Affiliation> },
      settings: { schema: settingsSchema },
      importBatches: { schema: importBatchJsonSchema as unknown as RxJsonSchema<ImportBatch> },
    });
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
};
