import { createRxDatabase, type RxJsonSchema, type RxStorage } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { describe, expect, it } from 'vitest';
import { wrapEncryptedStorage } from '../../../../renderer/db/crypto';
import {
  databaseNameFor,
  openRegisterDatabase,
  plaintextFieldsFor,
} from '../../../../renderer/db/openRegisterDatabase';
import { organisationDefinition, toRxJsonSchema } from '../../../../shared/model';

const newKey = () =>
  crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

/** The organisations schema as version 0 stored it: today's schema without `tags`. */
const versionZeroSchema = () => {
  const schema = toRxJsonSchema(organisationDefinition) as { properties: Record<string, unknown> };
  const properties = Object.fromEntries(
    Object.entries(schema.properties).filter(([name]) => name !== 'tags'),
  );
  return { ...schema, version: 0, properties } as unknown as RxJsonSchema<Record<string, unknown>>;
};

const oldOrganisation = {
  id: 'o-old',
  status: 'active',
  owningUnit: 'main',
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
  name: 'Vasa Trä Ab',
  businessId: '0112038-9',
  sector: 'private',
  industry: 'Sahateollisuus',
  departments: ['Inköp'],
  categories: ['partner'],
  emails: [{ kind: 'work', address: 'info@vasatra.fi' }],
  phones: [],
  addresses: [],
  links: [],
  notes: 'Gammal anteckning',
  createdBy: '',
  updatedBy: '',
};

describe('organisation migrations', () => {
  it('version 0 → 1: a stored organisation opens with no tags and keeps every old value', async () => {
    const storage = getRxStorageMemory() as RxStorage<unknown, unknown>;
    const key = await newKey();
    const old = await createRxDatabase({
      name: databaseNameFor('organisations-v0'),
      storage: wrapEncryptedStorage({ storage, key, plaintextFields: plaintextFieldsFor }),
    });
    await old.addCollections({ organisations: { schema: versionZeroSchema() } });
    await old.organisations!.insert(oldOrganisation);
    await old.close();

    const database = await openRegisterDatabase('organisations-v0', key, storage);
    const organisation = (await database.organisations.findOne('o-old').exec())!.toJSON();
    await database.close();

    expect(organisation).toMatchObject({ ...oldOrganisation, tags: [] });
  });
});
