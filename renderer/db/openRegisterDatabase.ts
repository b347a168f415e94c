import {
  addRxPlugin,
  createRxDatabase,
  type RxCollection,
  type RxDatabase,
  type RxJsonSchema,
  type RxStorage,
} from 'rxdb';
import { RxDBCleanupPlugin } from 'rxdb/plugins/cleanup';
import { RxDBLeaderElectionPlugin } from 'rxdb/plugins/leader-election';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import {
  relationDefinition,
  type Relation,
  tagDefinition,
  type Tag,
  categoryDefinition,
  type Category,
  registerConfigDefinition,
  type RegisterConfig,
  organisationMigrations,
  activityDefinition,
  type Activity,
  affiliationDefinition,
  conflictDefinition,
  consentEventDefinition,
  contactListDefinition,
  listMembershipDefinition,
  marketingBanDefinition,
  type ConsentEvent,
  type ContactList,
  type ListMembership,
  type MarketingBanEvent,
  conflictMigrations,
  eventDefinition,
  erasureMarkerDefinition,
  accessEntryDefinition,
  type AccessEntry,
  importBatchDefinition,
  registrationDefinition,
  type KontaktEvent,
  type Registration,
  importBatchJsonSchema,
  registerSettingsId,
  registerSettingsMigrations,
  type ConflictRecord,
  organisationDefinition,
  personDefinition,
  personMigrations,
  plaintextFieldsOf,
  registerSettingsDefinition,
  toRxJsonSchema,
  rightsRequestDefinition,
  type Affiliation,
  type CollectionName,
  type ErasureMarker,
  type RightsRequest,
  type ImportBatch,
  type Organisation,
  type Person,
  type RegisterSettings,
} from '../../shared/model';
import { isRefusalInForce, refusalDetailsOf, refusalIdFor } from '../../shared/sync/pushRefusals';
import { createMergingConflictHandler, type ConflictSink } from '../sync/mergingConflictHandler';
import { wrapEncryptedStorage } from './crypto';

// Migrations for stored shapes, one tab at a time running sync, and purging tombstones on a wipe.
addRxPlugin(RxDBMigrationSchemaPlugin);
addRxPlugin(RxDBLeaderElectionPlugin);
addRxPlugin(RxDBCleanupPlugin);

export type RegisterCollections = {
  people: RxCollection<Person>;
  organisations: RxCollection<Organisation>;
  affiliations: RxCollection<Affiliation>;
  settings: RxCollection<RegisterSettings>;
  importBatches: RxCollection<ImportBatch>;
  conflicts: RxCollection<ConflictRecord>;
  consentEvents: RxCollection<ConsentEvent>;
  marketingBans: RxCollection<MarketingBanEvent>;
  contactLists: RxCollection<ContactList>;
  listMemberships: RxCollection<ListMembership>;
  events: RxCollection<KontaktEvent>;
  registrations: RxCollection<Registration>;
  activities: RxCollection<Activity>;
  relations: RxCollection<Relation>;
  rightsRequests: RxCollection<RightsRequest>;
  erasureMarkers: RxCollection<ErasureMarker>;
  accessEntries: RxCollection<AccessEntry>;
  tags: RxCollection<Tag>;
  categories: RxCollection<Category>;
  registerConfigs: RxCollection<RegisterConfig>;
};

export type RegisterDatabase = RxDatabase<RegisterCollections>;

const plaintextFields: Record<CollectionName, readonly string[]> = {
  people: plaintextFieldsOf(personDefinition),
  organisations: plaintextFieldsOf(organisationDefinition),
  affiliations: plaintextFieldsOf(affiliationDefinition),
  settings: registerSettingsDefinition.plaintextFields,
  importBatches: importBatchDefinition.plaintextFields,
  conflicts: plaintextFieldsOf(conflictDefinition),
  consentEvents: plaintextFieldsOf(consentEventDefinition),
  marketingBans: plaintextFieldsOf(marketingBanDefinition),
  contactLists: plaintextFieldsOf(contactListDefinition),
  listMemberships: plaintextFieldsOf(listMembershipDefinition),
  events: plaintextFieldsOf(eventDefinition),
  registrations: plaintextFieldsOf(registrationDefinition),
  activities: plaintextFieldsOf(activityDefinition),
  relations: plaintextFieldsOf(relationDefinition),
  rightsRequests: plaintextFieldsOf(rightsRequestDefinition),
  erasureMarkers: plaintextFieldsOf(erasureMarkerDefinition),
  accessEntries: plaintextFieldsOf(accessEntryDefinition),
  tags: plaintextFieldsOf(tagDefinition),
  categories: plaintextFieldsOf(categoryDefinition),
  registerConfigs: plaintextFieldsOf(registerConfigDefinition),
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
    sync: { type: 'object' },
    features: { type: 'object' },
  },
  required: ['id', 'updatedAt'],
};

export const databaseNameFor = (registerId: string): string => `kontakt-${registerId}`;

export const plaintextFieldsFor = (collectionName: string): readonly string[] => {
  const fields = plaintextFields[collectionName as CollectionName];
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
  // Conflicts found while syncing are written next to the records, encrypted like them.
  const conflictSink = (): ConflictSink => ({
    localUser: async () => {
      const settings = await database.settings.findOne(registerSettingsId).exec();
      return settings?.sync?.username ?? '';
    },
    record: async (records) => {
      if (records.length > 0) await database.conflicts.bulkUpsert(records);
    },
    takeRefusalBase: async (collection, id) => {
      const stored = await database.conflicts.findOne(refusalIdFor(collection, id)).exec();
      const refusal = stored?.toJSON() as ConflictRecord | undefined;
      if (!stored || !refusal || !isRefusalInForce(refusal)) return undefined;
      await stored.incrementalPatch({ status: 'resolved', updatedAt: Date.now() });
      return { base: refusalDetailsOf(refusal).base };
    },
  });
  try {
    await database.addCollections({
      people: {
        schema: toRxJsonSchema(personDefinition) as RxJsonSchema<Person>,
        migrationStrategies: personMigrations,
        conflictHandler: createMergingConflictHandler<Person>('people', conflictSink),
      },
      organisations: {
        schema: toRxJsonSchema(organisationDefinition) as RxJsonSchema<Organisation>,
        migrationStrategies: organisationMigrations,
        conflictHandler: createMergingConflictHandler<Organisation>('organisations', conflictSink),
      },
      affiliations: {
        schema: toRxJsonSchema(affiliationDefinition) as RxJsonSchema<Affiliation>,
        conflictHandler: createMergingConflictHandler<Affiliation>('affiliations', conflictSink),
      },
      settings: {
        schema: settingsSchema,
        migrationStrategies: registerSettingsMigrations,
      },
      importBatches: { schema: importBatchJsonSchema as unknown as RxJsonSchema<ImportBatch> },
      // Consent and ban events are append-only, so their merge only ever reconciles the server's stamps.
      consentEvents: {
        schema: toRxJsonSchema(consentEventDefinition) as RxJsonSchema<ConsentEvent>,
        conflictHandler: createMergingConflictHandler<ConsentEvent>('consentEvents', conflictSink),
      },
      marketingBans: {
        schema: toRxJsonSchema(marketingBanDefinition) as RxJsonSchema<MarketingBanEvent>,
        conflictHandler: createMergingConflictHandler<MarketingBanEvent>('marketingBans', conflictSink),
      },
      contactLists: {
        schema: toRxJsonSchema(contactListDefinition) as RxJsonSchema<ContactList>,
        conflictHandler: createMergingConflictHandler<ContactList>('contactLists', conflictSink),
      },
      listMemberships: {
        schema: toRxJsonSchema(listMembershipDefinition) as RxJsonSchema<ListMembership>,
        conflictHandler: createMergingConflictHandler<ListMembership>('listMemberships', conflictSink),
      },
      conflicts: {
        schema: toRxJsonSchema(conflictDefinition) as RxJsonSchema<ConflictRecord>,
        migrationStrategies: conflictMigrations,
      },
      events: {
        schema: toRxJsonSchema(eventDefinition) as RxJsonSchema<KontaktEvent>,
        conflictHandler: createMergingConflictHandler<KontaktEvent>('events', conflictSink),
      },
      registrations: {
        schema: toRxJsonSchema(registrationDefinition) as RxJsonSchema<Registration>,
        conflictHandler: createMergingConflictHandler<Registration>('registrations', conflictSink),
      },
      activities: {
        schema: toRxJsonSchema(activityDefinition) as RxJsonSchema<Activity>,
        conflictHandler: createMergingConflictHandler<Activity>('activities', conflictSink),
      },
      relations: {
        schema: toRxJsonSchema(relationDefinition) as RxJsonSchema<Relation>,
        conflictHandler: createMergingConflictHandler<Relation>('relations', conflictSink),
      },
      rightsRequests: {
        schema: toRxJsonSchema(rightsRequestDefinition) as RxJsonSchema<RightsRequest>,
        conflictHandler: createMergingConflictHandler<RightsRequest>('rightsRequests', conflictSink),
      },
      erasureMarkers: {
        schema: toRxJsonSchema(erasureMarkerDefinition) as RxJsonSchema<ErasureMarker>,
        conflictHandler: createMergingConflictHandler<ErasureMarker>('erasureMarkers', conflictSink),
      },
      accessEntries: {
        schema: toRxJsonSchema(accessEntryDefinition) as RxJsonSchema<AccessEntry>,
        conflictHandler: createMergingConflictHandler<AccessEntry>('accessEntries', conflictSink),
      },
      tags: {
        schema: toRxJsonSchema(tagDefinition) as RxJsonSchema<Tag>,
        conflictHandler: createMergingConflictHandler<Tag>('tags', conflictSink),
      },
      categories: {
        schema: toRxJsonSchema(categoryDefinition) as RxJsonSchema<Category>,
        conflictHandler: createMergingConflictHandler<Category>('categories', conflictSink),
      },
      registerConfigs: {
        schema: toRxJsonSchema(registerConfigDefinition) as RxJsonSchema<RegisterConfig>,
        conflictHandler: createMergingConflictHandler<RegisterConfig>('registerConfigs', conflictSink),
      },
    });
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
};
