import { describe, expect, it } from 'vitest';
import type { Person } from '../../../../shared/model';
import { computeStatistics } from '../../../../shared/stats/computeStatistics';
import { monthIndexOf, periodBounds } from '../../../../shared/stats/periodBounds';
import { statisticRegistry } from '../../../../shared/stats/statisticRegistry';
import type {
  EducationFact,
  StatisticInput,
  StatisticResult,
  StatisticTable,
} from '../../../../shared/stats/statisticTypes';
import { byId, localTime, testOrganisation, testPerson } from '../../../helpers/statsFixtures';

const now = localTime(2026, 11, 22);

const people = [
  testPerson('p1', { categories: ['alumnus'], contactLanguage: 'fi', createdAt: localTime(2026, 1, 5) }),
  testPerson('p2', {
    categories: ['alumnus', 'lecturer'],
    contactLanguage: 'sv',
    createdAt: localTime(2025, 6, 1),
  }),
  testPerson('p3', { categories: [], contactLanguage: '', createdAt: localTime(2026, 11, 1) }),
  // Passivated in 2026, created in 2024.
  testPerson('p4', {
    status: 'passive',
    categories: ['lecturer'],
    contactLanguage: 'fi',
    createdAt: localTime(2024, 3, 1),
    updatedAt: localTime(2026, 2, 1),
  }),
  // Custom category, created long ago.
  testPerson('p5', { categories: ['board'], contactLanguage: 'en', createdAt: localTime(2020, 1, 1) }),
];
const organisations = [
  testOrganisation('o1', { categories: ['customer'], sector: 'private', createdAt: localTime(2026, 1, 20) }),
  testOrganisation('o2', { categories: ['customer', 'donor'], sector: 'public' }),
  testOrganisation('o3', { status: 'passive', categories: ['donor'], sector: 'public' }),
];

const inputOf = (overrides: Partial<StatisticInput> = {}): StatisticInput => ({
  people: byId(people),
  organisations: byId(organisations),
  affiliations: new Map(),
  personCategoryKeys: ['alumnus', 'lecturer', 'student'],
  organisationCategoryKeys: ['customer', 'donor'],
  period: { year: 2026, now },
  ...overrides,
});

const tableOf = (results: StatisticResult[], key: string): StatisticTable => {
  const result = results.find((item) => item.key === key);
  if (!result) throw new Error(`no statistic ${key}`);
  return result.table;
};
const countsOf = (table: StatisticTable) =>
  Object.fromEntries(table.rows.map((row) => [row.key, row.values]));

describe('computeStatistics', () => {
  const results = computeStatistics(inputOf());

  it('counts active people by category, a person in each of their categories, custom and none included', () => {
    expect(countsOf(tableOf(results, 'peopleByCategory'))).toEqual({
      alumnus: [2],
      lecturer: [1],
      board: [1],
      '': [1],
    });
    // Settings order first, unknown keys after, "no category" last; empty categories left out.
    expect(tableOf(results, 'peopleByCategory').rows.map((row) => row.key)).toEqual([
      'alumnus',
      'lecturer',
      'board',
      '',
    ]);
    expect(tableOf(results, 'peopleByCategory').rows[0]!.label).toEqual({
      kind: 'category',
      scope: 'person',
      key: 'alumnus',
    });
  });

  it('counts active organisations by category and sector', () => {
    expect(countsOf(tableOf(results, 'organisationsByCategory'))).toEqual({ customer: [2], donor: [1] });
    expect(countsOf(tableOf(results, 'organisationsBySector'))).toEqual({ private: [1], public: [1] });
  });

  it('counts people by status and active people by contact language', () => {
    expect(countsOf(tableOf(results, 'peopleByStatus'))).toEqual({ active: [4], passive: [1] });
    expect(countsOf(tableOf(results, 'peopleByContactLanguage'))).toEqual({
      '': [1],
      fi: [1],
      sv: [1],
      en: [1],
    });
  });

  it('counts new people and organisations per month of the chosen year', () => {
    const table = tableOf(results, 'newContactsPerMonth');
    expect(table.rows).toHaveLength(12);
    expect(countsOf(table)['2026-01']).toEqual([1, 1]);
    expect(countsOf(table)['2026-11']).toEqual([1, 0]);
    expect(countsOf(table)['2026-06']).toEqual([0, 0]);
    expect(table.rows[0]!.label).toEqual({ kind: 'month', year: 2026, month: 1 });
  });

  it('counts the last 24 months when no year is chosen', () => {
    const table = tableOf(computeStatistics(inputOf({ period: { year: null, now } })), 'newContactsPerMonth');
    expect(table.rows).toHaveLength(24);
    expect(table.rows[0]!.key).toBe('2024-12');
    expect(table.rows[23]!.key).toBe('2026-11');
    expect(countsOf(table)['2025-06']).toEqual([1, 0]);
  });

  it('reports the year: new during it, active at its end, passivated during it, with a total', () => {
    const table = tableOf(results, 'reportingYearPeople');
    // p1 and p3 are new in 2026; p1, p2, p3, p5 are active at the end; p4 was passivated in 2026.
    expect(countsOf(table)['*']).toEqual([2, 4, 1]);
    expect(countsOf(table).alumnus).toEqual([1, 2, 0]);
    expect(countsOf(table).lecturer).toEqual([0, 1, 1]);
    expect(table.rows.at(-1)!.key).toBe('*');
  });

  it('counts a record passivated after the year ended as active at that year end', () => {
    const table = tableOf(computeStatistics(inputOf({ period: { year: 2025, now } })), 'reportingYearPeople');
    // In 2025: p2 new; active at end p2, p4 (passivated 2026), p5.
    expect(countsOf(table)['*']).toEqual([1, 3, 0]);
    expect(countsOf(table).lecturer).toEqual([1, 2, 0]);
  });

  it('reports organisations for the year by category', () => {
    const table = tableOf(results, 'reportingYearOrganisations');
    expect(countsOf(table).customer).toEqual([1, 2, 0]);
    expect(countsOf(table)['*']).toEqual([1, 2, 0]);
  });

  it('hides the statistics of other features until their data is given', () => {
    const keys = results.map((result) => result.key);
    expect(keys).not.toContain('alumniByProgramme');
    expect(keys).not.toContain('eventRegistrations');
    expect(keys).not.toContain('consentCoverage');
    expect(keys).not.toContain('peopleByTag');
    expect(keys).toHaveLength(statisticRegistry.length - 5);
  });

  it('counts alumni by programme and graduation year from education records', () => {
    const educations: Record<string, EducationFact[]> = {
      p1: [{ programme: 'Nursing', graduationYear: 2019 }],
      p2: [
        { programme: 'Nursing', graduationYear: 2015 },
        { programme: 'Business', graduationYear: 2019 },
      ],
    };
    const withAlumni = computeStatistics(
      inputOf({ educationsOf: (person: Person) => educations[person.id] }),
    );
    expect(countsOf(tableOf(withAlumni, 'alumniByProgramme'))).toEqual({ Nursing: [2], Business: [1] });
    expect(tableOf(withAlumni, 'alumniByProgramme').rows[0]!.key).toBe('Nursing');
    expect(tableOf(withAlumni, 'alumniByGraduationYear').rows.map((row) => [row.key, row.values[0]])).toEqual(
      [
        ['2015', 1],
        ['2019', 2],
      ],
    );
  });

  it('counts registrations and attendance per event of the period', () => {
    const withEvents = computeStatistics(
      inputOf({
        events: [
          { id: 'e2', name: 'Alumni evening', startDate: '2026-05-03' },
          { id: 'e1', name: 'Spring fair', startDate: '2026-03-01' },
          { id: 'e0', name: 'Old', startDate: '2025-03-01' },
        ],
        registrations: [
          { eventId: 'e1', status: 'registered' },
          { eventId: 'e1', status: 'attended' },
          { eventId: 'e1', status: 'cancelled' },
          { eventId: 'e2', status: 'attended' },
          { eventId: 'e0', status: 'attended' },
        ],
      }),
    );
    const table = tableOf(withEvents, 'eventRegistrations');
    expect(table.rows.map((row) => row.key)).toEqual(['e1', 'e2']);
    expect(countsOf(table)).toEqual({ e1: [2, 1, 1], e2: [1, 1, 0] });
  });

  it('counts consent coverage per purpose among active people', () => {
    const withConsents = computeStatistics(
      inputOf({
        consents: [
          { personId: 'p1', purpose: 'newsletter', isGiven: true },
          { personId: 'p2', purpose: 'newsletter', isGiven: false },
          { personId: 'p4', purpose: 'newsletter', isGiven: true },
          { personId: 'p2', purpose: 'photos', isGiven: false },
        ],
      }),
    );
    // Four active people: newsletter given by p1 (p4 is passive), photos by nobody.
    expect(countsOf(tableOf(withConsents, 'consentCoverage'))).toEqual({
      newsletter: [1, 3],
      photos: [0, 4],
    });
  });

  it('computes everything with one pass over people', () => {
    let reads = 0;
    const counted = new Map(people.map((person) => [person.id, person]));
    const spy = {
      ...inputOf(),
      people: {
        get: (id: string) => counted.get(id),
        values: () => {
          reads += 1;
          return counted.values();
        },
        size: counted.size,
      } as unknown as ReadonlyMap<string, Person>,
    };
    computeStatistics(spy);
    expect(reads).toBe(1);
  });
});

describe('monthIndexOf', () => {
  it('finds the month of a timestamp and -1 outside the period', () => {
    const { starts } = periodBounds({ year: 2026, now });
    expect(monthIndexOf(starts, localTime(2026, 1, 1, 0))).toBe(0);
    expect(monthIndexOf(starts, localTime(2026, 12, 31, 23))).toBe(11);
    expect(monthIndexOf(starts, localTime(2026, 7, 15))).toBe(6);
    expect(monthIndexOf(starts, localTime(2025, 12, 31, 23))).toBe(-1);
    expect(monthIndexOf(starts, localTime(2027, 1, 1, 0))).toBe(-1);
  });
});
