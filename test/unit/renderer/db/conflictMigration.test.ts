import type { RxJsonSchema } from 'rxdb';
import { describe, expect, it } from 'vitest';
import { openRegisterAfterOldSchema } from '../../../helpers/openRegisterAfterOldSchema';
import { conflictDefinition, toRxJsonSchema } from '../../../../shared/model';

/** The conflicts schema as version 1 stored it: without kind `refused` and status `discarded`. */
const versionOneSchema = () => {
  const schema = toRxJsonSchema(conflictDefinition) as { properties: Record<string, { enum?: string[] }> };
  const properties = {
    ...schema.properties,
    kind: { ...schema.properties.kind, enum: ['field', 'deletedLocally', 'deletedRemotely'] },
    status: { ...schema.properties.status, enum: ['open', 'resolved', 'dismissed'] },
  };
  return { ...schema, version: 1, properties } as unknown as RxJsonSchema<Record<string, unknown>>;
};

const oldConflict = {
  id: 'c-old',
  status: 'open',
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
  recordId: 'p-1',
  recordCollection: 'people',
  kind: 'field',
  field: 'lastName',
  recordLabel: 'Aino Mäkinen',
  keptValue: '"Mäkinen"',
  otherValue: '"Virtanen"',
  keptBy: 'aino',
  keptAt: 1,
  otherBy: 'u-2',
  otherAt: 2,
};

describe('conflict migrations', () => {
  it('version 1 → 2: a stored conflict opens unchanged, and a refusal can be stored beside it', async () => {
    const database = await openRegisterAfterOldSchema({
      registerId: 'conflicts-v1',
      collection: 'conflicts',
      schema: versionOneSchema(),
      documents: [oldConflict],
    });
    const conflict = (await database.conflicts.findOne('c-old').exec())!.toJSON();
    await database.conflicts.insert({ ...oldConflict, id: 'r-new', kind: 'refused', status: 'discarded' });
    await database.close();
    expect(conflict).toMatchObject(oldConflict);
  });
});
