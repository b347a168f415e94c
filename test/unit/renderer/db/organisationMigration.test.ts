import type { RxJsonSchema } from 'rxdb';
import { describe, expect, it } from 'vitest';
import { openRegisterAfterOldSchema } from '../../../helpers/openRegisterAfterOldSchema';
import { organisationDefinition, toRxJsonSchema } from '../../../../shared/model';

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
    const database = await openRegisterAfterOldSchema({
      registerId: 'organisations-v0',
      collection: 'organisations',
      schema: versionZeroSchema(),
      documents: [oldOrganisation],
    });
    const organisation = (await database.organisations.findOne('o-old').exec())!.toJSON();
    await database.close();

    expect(organisation).toMatchObject({ ...oldOrganisation, tags: [] });
  });
});
