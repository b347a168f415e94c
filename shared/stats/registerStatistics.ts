import { contactLanguages, recordStatuses, sectors } from '../model';
import { addCategories, categoryRows } from './categoryRows';
import { createKeyCounter } from './keyCounter';
import { monthIndexOf, periodBounds } from './periodBounds';
import type { StatisticDefinition, StatisticLabel } from './statisticTypes';

const countColumn: StatisticLabel[] = [{ kind: 'text', key: 'stats.columns.count' }];
const always = () => true;

/** Active people by category; a person in two categories counts in both. */
export const peopleByCategory: StatisticDefinition = {
  key: 'peopleByCategory',
  chart: 'bar',
  isAvailable: always,
  createCounter: (input) => {
    const counter = createKeyCounter(input.personCategoryKeys);
    return {
      person: (person) => {
        if (person.status === 'active') addCategories(counter, person.categories);
      },
      finish: () => ({ columns: countColumn, rows: categoryRows(counter, 'person') }),
    };
  },
};

export const organisationsByCategory: StatisticDefinition = {
  key: 'organisationsByCategory',
  chart: 'bar',
  isAvailable: always,
  createCounter: (input) => {
    const counter = createKeyCounter(input.organisationCategoryKeys);
    return {
      organisation: (organisation) => {
        if (organisation.status === 'active') addCategories(counter, organisation.categories);
      },
      finish: () => ({ columns: countColumn, rows: categoryRows(counter, 'organisation') }),
    };
  },
};

const choiceRows = (counts: Float64Array, options: readonly string[], textPrefix: string) =>
  options
    .map((option, index) => ({
      key: option,
      label: { kind: 'text', key: `${textPrefix}.${option || 'none'}` } as const,
      values: [counts[index]!],
    }))
    .filter((row) => row.values[0]! > 0);

export const organisationsBySector: StatisticDefinition = {
  key: 'organisationsBySector',
  chart: 'pie',
  isAvailable: always,
  createCounter: () => {
    const counts = new Float64Array(sectors.length);
    return {
      organisation: (organisation) => {
        if (organisation.status !== 'active') return;
        const index = sectors.indexOf(organisation.sector);
        counts[index < 0 ? 0 : index]! += 1;
      },
      finish: () => ({ columns: countColumn, rows: choiceRows(counts, sectors, 'sectors') }),
    };
  },
};

export const peopleByStatus: StatisticDefinition = {
  key: 'peopleByStatus',
  chart: 'pie',
  isAvailable: always,
  createCounter: () => {
    const counts = new Float64Array(recordStatuses.length);
    return {
      person: (person) => {
        counts[person.status === 'active' ? 0 : 1]! += 1;
      },
      finish: () => ({ columns: countColumn, rows: choiceRows(counts, recordStatuses, 'status') }),
    };
  },
};

export const peopleByContactLanguage: StatisticDefinition = {
  key: 'peopleByContactLanguage',
  chart: 'pie',
  isAvailable: always,
  createCounter: () => {
    const counts = new Float64Array(contactLanguages.length);
    return {
      person: (person) => {
        if (person.status !== 'active') return;
        const index = contactLanguages.indexOf(person.contactLanguage);
        counts[index < 0 ? 0 : index]! += 1;
      },
      finish: () => ({
        columns: countColumn,
        rows: choiceRows(counts, contactLanguages, 'contactLanguages'),
      }),
    };
  },
};

/** People and organisations added per month (by `createdAt`), whatever their status now. */
export const newContactsPerMonth: StatisticDefinition = {
  key: 'newContactsPerMonth',
  chart: 'line',
  isAvailable: always,
  createCounter: (input) => {
    const bounds = periodBounds(input.period);
    const people = new Float64Array(bounds.months.length);
    const organisations = new Float64Array(bounds.months.length);
    return {
      person: (person) => {
        const index = monthIndexOf(bounds.starts, person.createdAt);
        if (index >= 0) people[index]! += 1;
      },
      organisation: (organisation) => {
        const index = monthIndexOf(bounds.starts, organisation.createdAt);
        if (index >= 0) organisations[index]! += 1;
      },
      finish: () => ({
        columns: [
          { kind: 'text', key: 'stats.columns.people' },
          { kind: 'text', key: 'stats.columns.organisations' },
        ],
        rows: bounds.months.map((month, index) => ({
          key: `${month.year}-${String(month.month).padStart(2, '0')}`,
          label: { kind: 'month', year: month.year, month: month.month },
          values: [people[index]!, organisations[index]!],
        })),
      }),
    };
  },
};
