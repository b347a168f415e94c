import { describe, expect, it } from 'vitest';
import type { Affiliation, Organisation, Person } from '../../../../shared/model';
import { emptyAlumniProfile } from '../../../../shared/model';
import { buildImportRows, type ImportSettings } from '../../../../shared/spreadsheet/buildImportRows';
import {
  buildWritePlan,
  planImport,
  summariseImport,
  type RegisterSnapshot,
} from '../../../../shared/spreadsheet/planImport';
import type { SheetCell } from '../../../../shared/spreadsheet/sheetTypes';

const context = { today: '2026-11-22', knownCategories: [] };
const text = (value: string): SheetCell => (value === '' ? null : { kind: 'text', text: value });
const rows = (...values: (string | number)[][]) =>
  values.map((row) =>
    row.map((value) => (typeof value === 'number' ? ({ kind: 'number', value } as SheetCell) : text(value))),
  );

const person = (overrides: Partial<Person>): Person => ({
  id: 'p1',
  status: 'active',
  owningUnit: 'main',
  createdAt: 1,
  updatedAt: 1,
  firstNames: 'Anna',
  lastName: 'Virtanen',
  formerLastNames: [],
  preferredName: '',
  birthDate: '',
  title: '',
  categories: [],
  tags: [],
  contactLanguage: '',
  nationality: '',
  emails: [],
  phones: [],
  addresses: [],
  links: [],
  notes: '',
  ...emptyAlumniProfile,
  createdBy: '',
  updatedBy: '',
  ...overrides,
});

const organisation = (overrides: Partial<Organisation>): Organisation => ({
  id: 'o1',
  status: 'active',
  owningUnit: 'main',
  createdAt: 1,
  updatedAt: 1,
  name: 'Nokia Oyj',
  businessId: '0112038-9',
  sector: '',
  industry: '',
  departments: [],
  categories: [],
  tags: [],
  emails: [],
  phones: [],
  addresses: [],
  links: [],
  notes: '',
  createdBy: '',
  updatedBy: '',
  ...overrides,
});

const snapshot = (
  people: Person[] = [],
  organisations: Organisation[] = [],
  affiliations: Affiliation[] = [],
): RegisterSnapshot => ({
  people: new Map(people.map((item) => [item.id, item])),
  organisations: new Map(organisations.map((item) => [item.id, item])),
  affiliations: new Map(affiliations.map((item) => [item.id, item])),
});

const peopleSettings: ImportSettings = {
  kind: 'people',
  mapping: [
    'firstNames',
    'lastName',
    'email',
    'phone',
    'organisationName',
    'businessId',
    'formerLastName',
    'birthDate',
  ],
  nameOrder: 'firstLast',
  headerRow: 1,
};

describe('building import rows', () => {
  it('validates with the shared model and points each issue at its cell', () => {
    const [candidate] = buildImportRows(
      rows(['Anna', '', 'not-an-email', '12', 'Nokia', '0112038-8', '', '31.2.2020']),
      peopleSettings,
      context,
    );
    expect(candidate!.issues.map((issue) => `${issue.cell} ${issue.key}`)).toEqual([
      'B2 validation.required',
      'H2 validation.invalidDate',
      'C2 validation.invalidEmail',
      'D2 validation.invalidPhone',
      'F2 validation.businessIdCheckDigit',
    ]);
  });

  it('restores a phone that lost its leading zero and skips empty rows', () => {
    const candidates = buildImportRows(
      rows(['Anna', 'Virtanen', '', 401234567], ['', '', '', '']),
      peopleSettings,
      context,
    );
    expect(candidates).toHaveLength(1);
    expect(candidates[0]!.kind === 'people' && candidates[0]!.person.phones).toEqual([
      { kind: 'mobile', number: '+358401234567' },
    ]);
  });
});

describe('planning an import', () => {
  it('matches by e-mail, phone, business ID, and a former surname with the birth date', () => {
    const register = snapshot([
      person({ id: 'byEmail', emails: [{ kind: 'work', address: 'anna@x.fi' }] }),
      person({
        id: 'byPhone',
        firstNames: 'Bo',
        lastName: 'Ek',
        phones: [{ kind: 'mobile', number: '+358401234567' }],
      }),
      person({ id: 'byFormer', firstNames: 'Cia', lastName: 'Lind', birthDate: '1990-02-01' }),
    ]);
    const candidates = buildImportRows(
      rows(
        ['Anna', 'Virtanen', 'ANNA@x.fi'],
        ['Bo', 'Ek', '', '040 1234567'],
        ['Cia', 'Öhman', '', '', '', '', 'Lind', '1.2.1990'],
        ['Dan', 'Berg', 'dan@x.fi'],
        ['Dan', 'Berg', 'dan@x.fi'],
      ),
      peopleSettings,
      context,
    );
    const planned = planImport(candidates, register);
    expect(
      planned.map((row) => [
        row.match?.id ?? null,
        row.match?.reason ?? null,
        row.suggested,
        row.duplicateOfRow,
      ]),
    ).toEqual([
      ['byEmail', 'email', 'skip', null],
      ['byPhone', 'phone', 'skip', null],
      ['byFormer', 'nameAndBirthDate', 'update', null],
      [null, null, 'create', null],
      [null, null, 'skip', 2 + 3],
    ]);
    expect(planned[2]!.changes).toEqual([
      { field: 'lastName', old: 'Lind', new: 'Öhman' },
      { field: 'formerLastNames', old: '', new: 'Lind' },
    ]);
    expect(summariseImport(planned, new Map())).toMatchObject({
      create: 1,
      update: 1,
      skip: 3,
      unchanged: 2,
      duplicates: 1,
    });
  });

  it('matches a name alone only when one register person has it', () => {
    const candidates = buildImportRows(rows(['Anna', 'Virtanen']), peopleSettings, context);
    expect(planImport(candidates, snapshot([person({ id: 'a' })]))[0]!.match).toEqual({
      id: 'a',
      reason: 'name',
    });
    expect(planImport(candidates, snapshot([person({ id: 'a' }), person({ id: 'b' })]))[0]!.match).toBeNull();
  });

  it('writes batch markers, links people to organisations once and keeps previous versions', () => {
    const register = snapshot(
      [person({ id: 'p1', emails: [{ kind: 'work', address: 'anna@x.fi' }] })],
      [organisation({ id: 'nokia' })],
    );
    const candidates = buildImportRows(
      rows(
        ['Anna', 'Virtanen', 'anna@x.fi', '', 'Nokia Oyj', '0112038-9'],
        ['Bo', 'Ek', 'bo@x.fi', '', 'Uusi Oy', ''],
        ['Cia', 'Lind', 'cia@x.fi', '', 'Uusi Oy', ''],
      ),
      peopleSettings,
      context,
    );
    const planned = planImport(candidates, register);
    expect(planned[0]!.changes).toEqual([{ field: 'organisation', old: '', new: 'Nokia Oyj' }]);
    let id = 0;
    const plan = buildWritePlan(planned, new Map(), register, {
      batchId: 'b1',
      now: 5,
      newId: () => `n${++id}`,
      context,
    });
    expect(plan.creates.map((item) => item.collection)).toEqual([
      'affiliations',
      'people',
      'organisations',
      'affiliations',
      'people',
      'affiliations',
    ]);
    expect(plan.creates.every((item) => item.record.createdBy === 'import:b1')).toBe(true);
    expect(plan.creates.filter((item) => item.collection === 'organisations')).toHaveLength(1);
    expect(plan.updates).toEqual([]);
    expect([...plan.outcomes.values()].map((outcome) => outcome.status)).toEqual([
      'updated',
      'created',
      'created',
    ]);
  });

  it('treats organisations with different business IDs as different, and one without an ID by name', () => {
    const register = snapshot(
      [],
      [organisation({ id: 'nokia' }), organisation({ id: 'plain', name: 'Pieni Ky', businessId: '' })],
    );
    const candidates = buildImportRows(
      rows(['Nokia Oyj', '0112038-9', 'julkinen'], ['Nokia Oyj', '1500000-3'], ['Pieni Ky', '1500101-4']),
      {
        kind: 'organisations',
        mapping: ['name', 'businessId', 'sector'],
        nameOrder: 'firstLast',
        headerRow: 1,
      },
      context,
    );
    const planned = planImport(candidates, register);
    expect(planned.map((row) => row.match?.id ?? null)).toEqual(['nokia', null, 'plain']);
    expect(planned[0]!.changes).toEqual([{ field: 'sector', old: '', new: 'public' }]);
    expect(planned[2]!.changes).toEqual([{ field: 'businessId', old: '', new: '1500101-4' }]);
  });
});

describe('planning an import with erasure markers', () => {
  it('suggests skipping a new row of an erased person, says when, and still allows creating it', () => {
    const candidates = buildImportRows(
      rows(
        ['Anna', 'Virtanen', 'anna@example.fi', '', '', '', '', ''],
        ['Ville', 'Nieminen', '', '', '', '', '', ''],
      ),
      peopleSettings,
      context,
    );
    const planned = planImport(candidates, snapshot(), new Map([[2, '2026-10-01']]));
    expect(planned[0]).toMatchObject({
      suggested: 'skip',
      erasedOn: '2026-10-01',
      allowed: ['create', 'skip'],
    });
    expect(planned[1]!.suggested).toBe('create');
    expect(planned[1]).not.toHaveProperty('erasedOn');
    expect(summariseImport(planned, new Map())).toMatchObject({ create: 1, skip: 1 });
  });
});
