import { createRxDatabase, type RxJsonSchema, type RxStorage } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { describe, expect, it } from 'vitest';
import { newRegisterKey } from '../../../helpers/memoryRegister';
import { wrapEncryptedStorage } from '../../../../renderer/db/crypto';
import {
  databaseNameFor,
  openRegisterDatabase,
  plaintextFieldsFor,
} from '../../../../renderer/db/openRegisterDatabase';
import { defaultSyncSettings, registerSettingsId } from '../../../../shared/model';

type OldSettings = { id: string; updatedAt: number } & Record<string, unknown>;

// One test per settings migration: a register written by the previous version opens with the new shape.
const settingsSchemaOfVersion = (
  version: number,
  properties: Record<string, object>,
): RxJsonSchema<OldSettings> =>
  ({
    title: 'settings',
    version,
    primaryKey: 'id',
    type: 'object',
    properties: {
      id: { type: 'string', maxLength: 40 },
      updatedAt: { type: 'number', minimum: 0, maximum: 9_999_999_999_999, multipleOf: 1 },
      personCategories: { type: 'array', items: { type: 'object' } },
      organisationCategories: { type: 'array', items: { type: 'object' } },
      autoLockMinutes: { type: 'number' },
      ...properties,
    },
    required: ['id', 'updatedAt'],
  }) as unknown as RxJsonSchema<OldSettings>;

const writeOldSettings = async (
  registerId: string,
  key: CryptoKey,
  storage: RxStorage<unknown, unknown>,
  schema: RxJsonSchema<OldSettings>,
  document: OldSettings,
) => {
  const database = await createRxDatabase({
    name: databaseNameFor(registerId),
    storage: wrapEncryptedStorage({ storage, key, plaintextFields: plaintextFieldsFor }),
  });
  const migrations = Object.fromEntries(
    Array.from({ length: schema.version }, (_, index) => [index + 1, (old: object) => old]),
  );
  await database.addCollections({ settings: { schema, migrationStrategies: migrations } });
  await database.settings!.insert(document);
  await database.close();
};

const oldSettings = {
  id: registerSettingsId,
  updatedAt: 1_700_000_000_000,
  personCategories: [{ key: 'alumnus', label: '', isBuiltIn: true, isEnabled: false }],
  organisationCategories: [],
  autoLockMinutes: 30,
};

describe('register settings migrations', () => {
  it('version 0 → 1 adds signed-out sync settings, then 2 an empty features map', async () => {
    const storage = getRxStorageMemory() as RxStorage<unknown, unknown>;
    const key = await newRegisterKey();
    await writeOldSettings('migration-v0', key, storage, settingsSchemaOfVersion(0, {}), oldSettings);

    const database = await openRegisterDatabase('migration-v0', key, storage);
    const settings = (await database.settings.findOne(registerSettingsId).exec())!.toJSON();
    await database.close();

    expect(settings).toMatchObject({ ...oldSettings, sync: defaultSyncSettings, features: {} });
  });

  it('version 1 → 2 keeps the sync settings and adds an empty features map', async () => {
    const storage = getRxStorageMemory() as RxStorage<unknown, unknown>;
    const key = await newRegisterKey();
    const sync = {
      ...defaultSyncSettings,
      serverUrl: 'https://kontakt.example.fi',
      username: 'anna',
      isSignedIn: true,
    };
    await writeOldSettings(
      'migration-v1',
      key,
      storage,
      settingsSchemaOfVersion(1, { sync: { type: 'object' } }),
      {
        ...oldSettings,
        sync,
      },
    );

    const database = await openRegisterDatabase('migration-v1', key, storage);
    const settings = (await database.settings.findOne(registerSettingsId).exec())!.toJSON();
    await database.close();

    expect(settings).toMatchObject({ ...oldSettings, sync, features: {} });
  });
});
