import { describe, expect, it } from 'vitest';
import * as model from '../../../../shared/model';
import { personDefinition, plaintextFieldsOf } from '../../../../shared/model';
import { accessExportSections } from '../../../../shared/rights/accessExportSections';
import {
  blankedForDeletion,
  erasedRecordOf,
  personDataCollections,
  type PersonDataCollection,
} from '../../../../shared/rights/personDataCollections';

type AnyDefinition = {
  collection: string;
  fields: Record<string, { kind: string; isPlaintext?: boolean; target?: string }>;
};
const definitions: Record<string, AnyDefinition> = Object.fromEntries(
  (Object.values(model) as unknown[])
    .filter(
      (value): value is AnyDefinition =>
        typeof value === 'object' && value !== null && 'collection' in value && 'fields' in value,
    )
    .map((definition) => [definition.collection, definition]),
);

const personFieldsOf = (entry: {
  collection: string;
  personField: string;
  otherPersonField?: string;
}): string[] => [entry.personField, entry.otherPersonField].filter((field): field is string => !!field);

describe('personDataCollections', () => {
  it('handles each collection once, the person last', () => {
    const names = personDataCollections.map((entry) => entry.collection);
    expect(new Set(names).size).toBe(names.length);
    expect(names.at(-1)).toBe('people');
    expect(names).toEqual(expect.arrayContaining(['affiliations', 'consentEvents', 'rightsRequests']));
  });

  it('covers every record type with a reference to a person', () => {
    const covered = new Set(
      personDataCollections.flatMap((entry) =>
        personFieldsOf(entry).map((field) => `${entry.collection}.${field}`),
      ),
    );
    // Conflict records copy any record; erasure drops those of the records it removed (leftovers).
    for (const definition of Object.values(definitions).filter((item) => item.collection !== 'conflicts'))
      for (const [field, spec] of Object.entries(definition.fields))
        if (spec.kind === 'reference' && spec.target === 'person')
          expect(covered, `${definition.collection}.${field}`).toContain(`${definition.collection}.${field}`);
  });

  it('finds records by a plaintext reference field, or reads the collection for an encrypted list', () => {
    for (const entry of [...personDataCollections, ...accessExportSections]) {
      const definition = definitions[entry.collection];
      expect(definition, entry.collection).toBeDefined();
      for (const field of personFieldsOf(entry)) {
        const spec = definition!.fields[field];
        if (entry.isPersonList) expect(spec?.kind, `${entry.collection}.${field}`).toBe('textList');
        else expect(spec?.isPlaintext, `${entry.collection}.${field}`).toBe(true);
      }
    }
    for (const section of accessExportSections)
      for (const column of section.columns)
        expect(
          definitions[section.collection]!.fields[column.field],
          `${section.key}.${column.field}`,
        ).toBeDefined();
  });

  it('anonymises only non-plaintext fields of records it keeps', () => {
    for (const entry of personDataCollections) {
      if (entry.erasure.kind !== 'keepAnonymised') continue;
      const plaintext = plaintextFieldsOf(definitions[entry.collection] as never);
      for (const field of entry.erasure.anonymisedFields) expect(plaintext).not.toContain(field);
    }
  });

  it('says per action what a record becomes', () => {
    const record = { id: 'r1', personId: 'p1', note: 'Phoned on Monday', handledAt: 5, tags: ['x'] };
    const keep: PersonDataCollection = {
      collection: 'x',
      personField: 'personId',
      erasure: { kind: 'keepAnonymised', anonymisedFields: ['note', 'tags', 'handledAt'] },
    };
    expect(erasedRecordOf(keep, record, 'p1')).toEqual({
      id: 'r1',
      personId: 'p1',
      note: '',
      handledAt: 0,
      tags: [],
    });
    expect(
      erasedRecordOf(
        { collection: 'x', personField: 'personId', erasure: { kind: 'blankReference' } },
        record,
        'p1',
      ),
    ).toEqual({ ...record, personId: '' });
    expect(
      erasedRecordOf({ collection: 'x', personField: 'personId', erasure: { kind: 'delete' } }, record, 'p1'),
    ).toBeNull();
  });

  it('takes the person out of a list of people, and drops the record when nobody is left', () => {
    const entry: PersonDataCollection = {
      collection: 'activities',
      personField: 'personIds',
      isPersonList: true,
      erasure: { kind: 'unlinkFromList' },
    };
    const shared = { id: 'a1', personIds: ['p1', 'p2'], text: 'Meeting' };
    expect(erasedRecordOf(entry, shared, 'p1')).toEqual({ ...shared, personIds: ['p2'] });
    expect(erasedRecordOf(entry, { id: 'a2', personIds: ['p1'] }, 'p1')).toBeNull();
  });

  it('blanks a record for its tombstone except the plaintext bookkeeping', () => {
    const person = {
      id: 'p1',
      status: 'active',
      owningUnit: 'main',
      createdAt: 1,
      updatedAt: 2,
      firstNames: 'Aino',
      lastName: 'Mäkinen',
      emails: [{ kind: 'work', address: 'aino@example.fi' }],
      notes: 'x',
    };
    const blank = blankedForDeletion(person, plaintextFieldsOf(personDefinition));
    expect(blank).toEqual({
      id: 'p1',
      status: 'active',
      owningUnit: 'main',
      createdAt: 1,
      updatedAt: 2,
      firstNames: '',
      lastName: '',
      emails: [],
      notes: '',
    });
    expect(JSON.stringify(blank)).not.toMatch(/Aino|Mäkinen|example/);
  });
});
