import { describe, expect, it } from 'vitest';
import { contentHashOf, normaliseWireDocument } from '../../../server/sync/normaliseWireDocument';
import { recordDefinitions } from '../../../server/sync/recordDefinitions';
import { scopeRemovalOf } from '../../../server/sync/scopeRemovalOf';
import { samplePerson } from '../../helpers/server/sampleDocuments';

const people = recordDefinitions.people;

describe('normaliseWireDocument', () => {
  it('normalises a valid person with the shared model and ignores missing server-managed fields', () => {
    const { document, issues } = normaliseWireDocument(people, {
      ...samplePerson(),
      updatedAt: undefined,
      createdBy: 3,
    });
    expect(issues).toEqual([]);
    expect(document.phones).toEqual([{ kind: 'mobile', number: '+358401234567' }]);
    expect(document._deleted).toBe(false);
  });

  it('reports issues by path and code', () => {
    const { issues } = normaliseWireDocument(
      people,
      samplePerson({ firstNames: '', birthDate: '31.2.1990' }),
    );
    expect(issues.map((issue) => issue.path).sort()).toEqual(['birthDate', 'firstNames']);
  });

  it('blanks every personal field of a deletion, whatever the client sent', () => {
    const { document, issues } = normaliseWireDocument(people, { ...samplePerson(), _deleted: true });
    expect(issues).toEqual([]);
    expect(document).toMatchObject({
      _deleted: true,
      firstNames: '',
      lastName: '',
      emails: [],
      phones: [],
      notes: '',
    });
    expect(document.owningUnit).toBe('main');
  });
});

describe('contentHashOf', () => {
  it('ignores server-managed fields and key order but not content', () => {
    const person = samplePerson();
    const restamped = { ...person, updatedAt: 99, createdAt: 98, updatedBy: 'u', createdBy: 'c' };
    const reordered = Object.fromEntries(Object.entries(person).reverse());
    expect(contentHashOf(people, restamped)).toBe(contentHashOf(people, person));
    expect(contentHashOf(people, reordered)).toBe(contentHashOf(people, person));
    expect(contentHashOf(people, { ...person, title: 'x' })).not.toBe(contentHashOf(people, person));
    expect(contentHashOf(people, { ...person, _deleted: true })).not.toBe(contentHashOf(people, person));
  });
});

describe('scopeRemovalOf', () => {
  it('carries the id and nothing of the record', () => {
    const removal = scopeRemovalOf(people, 'p1', 5);
    expect(removal).toMatchObject({
      id: 'p1',
      updatedAt: 5,
      _deleted: true,
      scopeRemoved: true,
      owningUnit: '',
      lastName: '',
    });
  });
});
