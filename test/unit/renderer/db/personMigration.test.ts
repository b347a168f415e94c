import type { RxJsonSchema } from 'rxdb';
import { describe, expect, it } from 'vitest';
import { openRegisterAfterOldSchema } from '../../../helpers/openRegisterAfterOldSchema';
import { emptyAlumniProfile, personDefinition, toRxJsonSchema } from '../../../../shared/model';

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
    const database = await openRegisterAfterOldSchema({
      registerId: 'people-v0',
      collection: 'people',
      schema: versionZeroSchema(),
      documents: [oldPerson],
    });
    const person = (await database.people.findOne('p-old').exec())!.toJSON();
    await database.close();

    expect(person).toMatchObject({ ...oldPerson, ...emptyAlumniProfile, tags: [] });
    expect(person.educations).toEqual([]);
    expect(person.removalRequestedAt).toBe('');
  });

  it('version 1 → 2: a stored person opens with no tags and keeps every old value, alumni profile too', async () => {
    const versionOne = { ...oldPerson, ...emptyAlumniProfile, employer: 'Vasa Trä Ab' };
    const database = await openRegisterAfterOldSchema({
      registerId: 'people-v1',
      collection: 'people',
      schema: olderSchema(1, false),
      documents: [versionOne],
    });
    const person = (await database.people.findOne('p-old').exec())!.toJSON();
    await database.close();

    expect(person).toMatchObject({ ...versionOne, tags: [] });
  });
});
