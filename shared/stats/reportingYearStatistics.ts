import type { RecordMeta } from '../model';
import { addCategories, categoryRows } from './categoryRows';
import { createKeyCounter, type KeyCounter } from './keyCounter';
import { periodBounds } from './periodBounds';
import type { StatisticDefinition, StatisticInput, StatisticLabel, StatisticTable } from './statisticTypes';

export const reportingColumns: StatisticLabel[] = [
  { kind: 'text', key: 'stats.columns.newInYear' },
  { kind: 'text', key: 'stats.columns.activeAtYearEnd' },
  { kind: 'text', key: 'stats.columns.passivatedInYear' },
];
const totalKey = '*';

/**
 * The reporting-year figures of one record. The register keeps no passivation date, so a passive record's
 * last change (`updatedAt`) stands for it: "passivated during the year" is a passive record last changed
 * in the year, and "active at year end" is a record created before the year ended that is active now or
 * was passivated only after the year ended.
 */
const countReportingYear = (
  counter: KeyCounter,
  record: RecordMeta & { categories: readonly string[] },
  yearStart: number,
  yearEnd: number,
) => {
  const isNew = record.createdAt >= yearStart && record.createdAt < yearEnd;
  const isPassivated =
    record.status === 'passive' && record.updatedAt >= yearStart && record.updatedAt < yearEnd;
  const isActiveAtEnd =
    record.createdAt < yearEnd && (record.status === 'active' || record.updatedAt >= yearEnd);
  if (isNew) countIn(counter, record.categories, 0);
  if (isActiveAtEnd) countIn(counter, record.categories, 1);
  if (isPassivated) countIn(counter, record.categories, 2);
};

const countIn = (counter: KeyCounter, categories: readonly string[], column: number) => {
  counter.add(totalKey, column);
  addCategories(counter, categories, column);
};

const reportingTable = (counter: KeyCounter, scope: 'person' | 'organisation'): StatisticTable => {
  const rows = categoryRows(counter, scope);
  const total = rows.find((row) => row.key === totalKey);
  return {
    columns: reportingColumns,
    rows: [
      ...rows.filter((row) => row.key !== totalKey),
      {
        key: totalKey,
        label: { kind: 'text', key: 'stats.labels.total' },
        values: total?.values ?? [0, 0, 0],
      },
    ],
  };
};

const reportingYearOf = (
  scope: 'person' | 'organisation',
  categoryKeys: (input: StatisticInput) => readonly string[],
): StatisticDefinition['createCounter'] => {
  return (input) => {
    const { yearStart, yearEnd } = periodBounds(input.period);
    const counter = createKeyCounter(categoryKeys(input), 3);
    const count = (record: RecordMeta & { categories: readonly string[] }) =>
      countReportingYear(counter, record, yearStart, yearEnd);
    return scope === 'person'
      ? { person: count, finish: () => reportingTable(counter, scope) }
      : { organisation: count, finish: () => reportingTable(counter, scope) };
  };
};

/** People by category for annual reporting: new, active at year end and passivated during the year. */
export const reportingYearPeople: StatisticDefinition = {
  key: 'reportingYearPeople',
  chart: 'bar',
  isAvailable: () => true,
  createCounter: reportingYearOf('person', (input) => input.personCategoryKeys),
};

export const reportingYearOrganisations: StatisticDefinition = {
  key: 'reportingYearOrganisations',
  chart: 'bar',
  isAvailable: () => true,
  createCounter: reportingYearOf('organisation', (input) => input.organisationCategoryKeys),
};
