import { describe, expect, it } from 'vitest';
import {
  categoryDefinition,
  categoryIdentityIssues,
  categoryIdOf,
  categoryOptionsOf,
  categoryRecordsFrom,
  defaultRegisterSettings,
  plaintextFieldsOf,
  toRxJsonSchema,
  validateRecord,
  type Category,
  type CategoryOption,
} from '../../../../shared/model';

const context = { today: '2026-12-03', knownCategories: [] };

const options: CategoryOption[] = [
  { key: 'alumnus', label: '', isBuiltIn: true, isEnabled: false },
  { key: 'donor', label: 'ignored for a built-in', isBuiltIn: true, isEnabled: true },
  { key: 'custom-1a2b3c4d', label: 'Board members', isBuiltIn: false, isEnabled: true },
];

describe('category record type', () => {
  it('derives its schema from the definition, with only the label and authors encrypted', () => {
    const schema = toRxJsonSchema(categoryDefinition);
    expect(Object.keys(schema.properties as object)).toEqual(
      expect.arrayContaining(Object.keys(categoryDefinition.fields)),
    );
    expect(plaintextFieldsOf(categoryDefinition)).toEqual(
      expect.arrayContaining(['id', 'scope', 'key', 'isBuiltIn', 'isEnabled', 'position']),
    );
    expect(plaintextFieldsOf(categoryDefinition)).not.toContain('label');
  });

  it('validates scope, key and label lengths through the shared definition', () => {
    const [record] = categoryRecordsFrom('organisation', [options[2]!], 1);
    expect(validateRecord(categoryDefinition, record!, context).isValid).toBe(true);
    const invalid = validateRecord(
      categoryDefinition,
      { ...record!, scope: 'event', key: '', label: 'x'.repeat(61) },
      context,
    );
    expect(invalid.isValid).toBe(false);
    expect(invalid.issues.map((issue) => issue.path).sort()).toEqual(['key', 'label', 'scope']);
  });

  it('moves a settings list into records with deterministic ids, kept order and enabled state', () => {
    const records = categoryRecordsFrom('person', options, 5);
    expect(records.map((record) => record.id)).toEqual([
      'person:alumnus',
      'person:donor',
      'person:custom-1a2b3c4d',
    ]);
    expect(records.map((record) => [record.key, record.label, record.isEnabled, record.position])).toEqual([
      ['alumnus', '', false, 0],
      // A built-in is translated by key; a stray label in old settings is not carried over.
      ['donor', '', true, 1],
      ['custom-1a2b3c4d', 'Board members', true, 2],
    ]);
    expect(categoryRecordsFrom('person', options, 9)).toEqual(categoryRecordsFrom('person', options, 9));
    expect(categoryIdOf('organisation', 'internationalPartner').length).toBeLessThanOrEqual(40);
    // A key the server would refuse is left in the settings rather than written as a record.
    expect(
      categoryRecordsFrom(
        'person',
        [{ key: 'with space', label: 'Odd', isBuiltIn: false, isEnabled: true }],
        1,
      ),
    ).toEqual([]);
  });

  it('every built-in category of the default settings fits the record shape', () => {
    const settings = defaultRegisterSettings(0);
    const records = [
      ...categoryRecordsFrom('person', settings.personCategories, 0),
      ...categoryRecordsFrom('organisation', settings.organisationCategories, 0),
    ];
    expect(records).toHaveLength(settings.personCategories.length + settings.organisationCategories.length);
    for (const record of records)
      expect(validateRecord(categoryDefinition, record, context).issues).toEqual([]);
  });
});

describe('category identity', () => {
  it('requires the id to be scope:key and the key to have the shape records carry', () => {
    expect(categoryIdentityIssues({ id: 'person:donor', scope: 'person', key: 'donor' })).toEqual([]);
    expect(categoryIdentityIssues({ id: crypto.randomUUID(), scope: 'person', key: 'donor' })).toEqual([
      { path: 'id', code: 'notAllowed' },
    ]);
    expect(categoryIdentityIssues({ id: 'person:a b', scope: 'person', key: 'a b' })).toEqual([
      { path: 'key', code: 'notAllowed' },
    ]);
  });
});

describe('categories as the app reads them', () => {
  const fallback: CategoryOption[] = [{ key: 'other', label: '', isBuiltIn: true, isEnabled: true }];
  const record = (overrides: Partial<Category>): Category => ({
    ...categoryRecordsFrom('person', [options[0]!], 1)[0]!,
    ...overrides,
  });

  it('falls back to the settings list only while the scope has no records', () => {
    expect(categoryOptionsOf([], fallback, 'person')).toEqual(fallback);
    const organisationOnly = categoryRecordsFrom('organisation', options, 1);
    expect(categoryOptionsOf(organisationOnly, fallback, 'person')).toEqual(fallback);
    expect(categoryOptionsOf(organisationOnly, fallback, 'organisation').map((o) => o.key)).toEqual([
      'alumnus',
      'donor',
      'custom-1a2b3c4d',
    ]);
  });

  it('lets the records win over the settings, ordered by position, one entry per key', () => {
    const records = [
      record({ id: 'person:b', key: 'b', position: 2, label: 'Second', isBuiltIn: false }),
      record({ id: 'person:a', key: 'a', position: 1, isEnabled: true }),
      // The same key under another id (should never be written, but must not show twice).
      record({ id: 'x-duplicate', key: 'a', position: 0, isEnabled: false }),
      record({ id: 'person:c', key: 'c', position: 3, status: 'passive' }),
    ];
    expect(categoryOptionsOf(records, fallback, 'person')).toEqual([
      { key: 'a', label: '', isBuiltIn: true, isEnabled: true },
      { key: 'b', label: 'Second', isBuiltIn: false, isEnabled: false },
    ]);
  });
});
