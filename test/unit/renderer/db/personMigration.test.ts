import { createRxDatabase, type RxJsonSchema, type RxStorage } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { describe, expect, it } from 'vitest';
import { wrapEncryptedStorage } from '../../../../renderer/db/crypto';
import {
  databaseNameFor,
  openRegisterDatabase,
  plaintextFieldsFor,
} from '../../../../renderer/db/openRegisterDatabase';
import { emptyAlumniProfile, personDefinition, toRxJsonSchema } from '../../../../shared/model';

const newKey = () =>
  crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

/** The people schema as an older version stored it: today's schema without the fields added since. */
const olderSchema = (version: number, isWithoutAlumni: boolean) => {
  const schema = toRxJsonSchema(personDefinition) as { properties: Record<string, unknown> };
  const properties = Object.fromEntries(
    Object.entries(schema.properties).filter(
      ([name]) => name !== 'tags' && !(isWithoutAlumni && name in emptyAlumniProfile),
    ),
  );
  return { ...schema, version, properties } as unknown as RxJsonSchema<Record<string, unknown>>;
};
const versionZeroSchema = () => olderSchema(0, true);

const oldPerson = {
  id: 'p-old',
  status: 'active',
  owningUnit: 'main',
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
  firstNames: 'Aino',
  lastName: 'Mäkinen',
  formerLastNames: ['Virtanen'],
  preferredName: 'Aikku',
  birthDate: '1990-04-05',
  title: 'Insinööri',
  categories: ['alumnus'],
  contactLanguage: 'fi',
  nationality: 'FI',
  emails: [{ kind: 'personal', address: 'aino@example.fi' }],
  phones: [],
  addresses: [],
  links: [],
  notes: 'Vanha muistiinpano',
  createdBy: '',
  updatedBy: '',
};

describe('people migrations', () => {
  it('version 0 → 1: a stored person opens with an empty alumni profile and keeps every old value', async () => {
    const storage = getRxStorageMemory() as RxStorage<unknown, unknown>;
    const key = await newKey();
    const old = await createRxDatabase({
      name: databaseNameFor('people-v0'),
      storage: wrapEncryptedStorage({ storage, key, plaintextFields: plaintextFieldsFor }),
    });
    await old.addCollections({ people: { schema: versionZeroSchema() } });
    await old.people!.insert(oldPerson);
    await old.close();

    const database = await openRegisterDatabase('people-v0', key, storage);
    const person = (await database.people.findOne('p-old').exec())!.toJSON();
    await database.close();

    expect(person).toMatchObject({ ...oldPerson, ...emptyAlumniProfile, tags: [] });
    expect(person.educations).toEqual([]);
    expect(person.removalRequestedAt).toBe('');
  });

  it('version 1 → 2: a stored person opens with no tags and keeps every old value, alumni profile too', async () => {
    const storage = getRxStorageMemory() as RxStorage<unknown, unknown>;
    const key = await newKey();
    const old = await createRxDatabase({
      name: databaseNameFor('people-v1'),
      storage: wrapEncryptedStorage({ storage, key, plaintextFields: plaintextFieldsFor }),
    });
    await old.addCollections({ people: { schema: olderSchema(1, false) } });
    const versionOne = { ...oldPerson, ...emptyAlumniProfile, employer: 'Vasa Trä Ab' };
    await old.people!.insert(versionOne);
    await old.close();

    const database = await openRegisterDatabase('people-v1', key, storage);
    const person = (await database.people.findOne('p-old').exec())!.toJSON();
    await database.close();

    expect(person).toMatchObject({ ...versionOne, tags: [] });
  });
});
