import { describe, expect, it } from 'vitest';
import {
  affiliationDefinition,
  personDefinition,
  plaintextFieldsOf,
  rightsRequestDefinition,
} from '../../../../shared/model';
import { accessExportSections } from '../../../../shared/rights/accessExportSections';
import {
  blankedForDeletion,
  erasedRecordOf,
  personDataCollections,
  type PersonDataCollection,
} from '../../../../shared/rights/personDataCollections';

const definitions: Record<string, { fields: Record<string, { kind: string; isPlaintext?: boolean }> }> = {
  people: personDefinition,
  affiliations: affiliationDefinition,
  rightsRequests: rightsRequestDefinition,
};

describe('personDataCollections', () => {
  it('registers people, affiliations and the request log, the person last', () => {
    expect(personDataCollections.map((entry) => entry.collection)).toEqual([
      'affiliations',
      'rightsRequests',
      'people',
    ]);
  });

  it('finds records by a plaintext reference field (only those can be queried in storage)', () => {
    for (const entry of personDataCollections) {
      const field = definitions[entry.collection]!.fields[entry.personField];
      expect(field?.isPlaintext, `${entry.collection}.${entry.personField}`).toBe(true);
    }
    for (const section of accessExportSections) {
      const field = definitions[section.collection]!.fields[section.personField];
      expect(field?.isPlaintext, `${section.collection}.${section.personField}`).toBe(true);
      for (const column of section.columns)
        expect(definitions[section.collection]!.fields[column.field], column.field).toBeDefined();
    }
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
    expect(erasedRecordOf(keep, record)).toEqual({
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
      ),
    ).toEqual({ ...record, personId: '' });
    expect(
      erasedRecordOf({ collection: 'x', personField: 'personId', erasure: { kind: 'delete' } }, record),
    ).toBeNull();
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
