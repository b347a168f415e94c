import type { Affiliation, Organisation, Person, RecordStatus } from '../../shared/model';
import type { SearchIndex } from '../../shared/search/searchIndex';
import { compareKeys, sortKey } from '../../shared/search/sortKey';
import { personDisplayName, personSortName } from './recordLabels';
import type { RegisterStore } from './registerStore';

export type StatusFilter = RecordStatus | 'all';
/** `tag`: a tag id, or '' (or absent) for any. */
export type ListFilter = { query: string; status: StatusFilter; category: string; tag?: string };

export type PersonRow = {
  id: string;
  name: string;
  organisation: string;
  email: string;
  phone: string;
  categories: string[];
  tags: string[];
  status: RecordStatus;
  updatedAt: number;
  keys: { name: string; organisation: string; email: string };
};

export type OrganisationRow = {
  id: string;
  name: string;
  businessId: string;
  sector: string;
  city: string;
  categories: string[];
  tags: string[];
  status: RecordStatus;
  updatedAt: number;
  keys: { name: string; businessId: string; city: string; sector: string };
};

export const isCurrentAffiliation = (affiliation: Affiliation, today: string): boolean =>
  affiliation.endDate === '' || affiliation.endDate > today;

/** The organisation shown beside a person: the primary current link, else any current one. */
export const primaryOrganisationIds = (store: RegisterStore, today: string): Map<string, string> => {
  const byPerson = new Map<string, { organisationId: string; isPrimary: boolean }>();
  for (const affiliation of store.affiliations.values()) {
    if (!isCurrentAffiliation(affiliation, today)) continue;
    const current = byPerson.get(affiliation.personId);
    if (!current || (affiliation.isPrimary && !current.isPrimary)) {
      byPerson.set(affiliation.personId, {
        organisationId: affiliation.organisationId,
        isPrimary: affiliation.isPrimary,
      });
    }
  }
  return new Map([...byPerson].map(([personId, value]) => [personId, value.organisationId]));
};

// Rows are cached per record object: records are replaced, never mutated, on change.
const personRowCache = new WeakMap<Person, Map<string, PersonRow>>();

const toPersonRow = (person: Person, organisation: Organisation | undefined): PersonRow => {
  const organisationName = organisation?.name ?? '';
  let byOrganisation = personRowCache.get(person);
  const cached = byOrganisation?.get(organisationName);
  if (cached) return cached;
  const email = person.emails[0]?.address ?? '';
  const row: PersonRow = {
    id: person.id,
    name: personDisplayName(person),
    organisation: organisationName,
    email,
    phone: person.phones[0]?.number ?? '',
    categories: person.categories,
    tags: person.tags ?? [],
    status: person.status,
    updatedAt: person.updatedAt,
    keys: { name: sortKey(personSortName(person)), organisation: sortKey(organisationName), email: email },
  };
  if (!byOrganisation) {
    byOrganisation = new Map();
    personRowCache.set(person, byOrganisation);
  }
  byOrganisation.set(organisationName, row);
  return row;
};

const organisationRowCache = new WeakMap<Organisation, OrganisationRow>();

const toOrganisationRow = (organisation: Organisation): OrganisationRow => {
  const cached = organisationRowCache.get(organisation);
  if (cached) return cached;
  const city = organisation.addresses[0]?.city ?? '';
  const row: OrganisationRow = {
    id: organisation.id,
    name: organisation.name,
    businessId: organisation.businessId,
    sector: organisation.sector,
    city,
    categories: organisation.categories,
    tags: organisation.tags ?? [],
    status: organisation.status,
    updatedAt: organisation.updatedAt,
    keys: {
      name: sortKey(organisation.name),
      businessId: organisation.businessId,
      city: sortKey(city),
      sector: organisation.sector,
    },
  };
  organisationRowCache.set(organisation, row);
  return row;
};

type FilterableRow = { id: string; status: RecordStatus; categories: string[]; tags?: string[] };

const matchesFilter = (row: Omit<FilterableRow, 'id'>, filter: ListFilter) =>
  (filter.status === 'all' || row.status === filter.status) &&
  (filter.category === '' || row.categories.includes(filter.category)) &&
  (!filter.tag || (row.tags ?? []).includes(filter.tag));

export const sortRows = <Row extends { updatedAt: number; keys: Record<string, string> }>(
  rows: Row[],
  key: string,
  direction: 'asc' | 'desc',
): Row[] => {
  const sign = direction === 'asc' ? 1 : -1;
  return rows.sort((a, b) =>
    key === 'updated'
      ? sign * (a.updatedAt - b.updatedAt)
      : sign * compareKeys(a.keys[key] ?? '', b.keys[key] ?? '') ||
        compareKeys(a.keys.name ?? '', b.keys.name ?? ''),
  );
};

/** Every record, for sorting once per change; a keystroke then only filters (filterSortedRows). */
export const unfiltered: ListFilter = { query: '', status: 'all', category: '', tag: '' };

// Per sorted row array and search-index generation: each row's index ordinal and each ordinal's
// row position. Computed once per change to the register, reused by every keystroke.
type RowNumbering = { generation: number; ordinals: Int32Array; positions: Int32Array };
const rowNumberingCache = new WeakMap<readonly { id: string }[], RowNumbering>();

const numberingOf = (rows: readonly { id: string }[], index: SearchIndex): RowNumbering => {
  const generation = index.generation();
  const cached = rowNumberingCache.get(rows);
  if (cached?.generation === generation) return cached;
  const ordinals = Int32Array.from(rows, (row) => index.ordinalOf(row.id));
  const positions = new Int32Array(index.size()).fill(-1);
  ordinals.forEach((ordinal, position) => {
    if (ordinal >= 0) positions[ordinal] = position;
  });
  const numbering = { generation, ordinals, positions };
  rowNumberingCache.set(rows, numbering);
  return numbering;
};

// Per sorted row array: the rows that pass the status and category filter, with their index ordinals in
// one typed array. Computed once per change or filter change; a keystroke then reads only the typed array
// (contiguous) instead of touching 100 000 row objects scattered over the heap.
type FilteredBase<Row> = { key: string; rows: Row[]; ordinals: Int32Array };
const filteredBaseCache = new WeakMap<readonly { id: string }[], FilteredBase<unknown>>();

const filteredBaseOf = <Row extends FilterableRow>(
  sortedRows: readonly Row[],
  filter: ListFilter,
  index: SearchIndex,
): FilteredBase<Row> => {
  const numbering = numberingOf(sortedRows, index);
  const key = `${numbering.generation}\u0000${filter.status}\u0000${filter.category}\u0000${filter.tag ?? ''}`;
  const cached = filteredBaseCache.get(sortedRows) as FilteredBase<Row> | undefined;
  if (cached?.key === key) return cached;
  const rows: Row[] = [];
  const ordinals = new Int32Array(sortedRows.length);
  sortedRows.forEach((row, position) => {
    if (!matchesFilter(row, filter)) return;
    ordinals[rows.length] = numbering.ordinals[position]!;
    rows.push(row);
  });
  const base = { key, rows, ordinals: ordinals.slice(0, rows.length) };
  filteredBaseCache.set(sortedRows, base as FilteredBase<unknown>);
  return base;
};

/**
 * Narrows rows that are already in display order to the filter and search query, without sorting
 * per keystroke: few matches are placed by their known positions, many by one pass over a byte
 * mask. Keeps a search over 100 000 people near a frame (docs/PERFORMANCE.md). The answer may be
 * shared between calls: callers must not mutate it.
 */
export const filterSortedRows = <Row extends FilterableRow>(
  sortedRows: readonly Row[],
  filter: ListFilter,
  index: SearchIndex,
): Row[] => {
  const matches = index.searchOrdinals(filter.query);
  if (matches === null && filter.status === 'all' && filter.category === '' && !filter.tag)
    return [...sortedRows];
  const base = filteredBaseOf(sortedRows, filter, index);
  // No query, or one letter that every record contains: nothing to mask.
  if (matches === null || matches.length === index.size()) return base.rows;
  const numbering = numberingOf(sortedRows, index);
  const result: Row[] = [];
  if (matches.length * 8 < sortedRows.length) {
    const positions = Int32Array.from(matches, (ordinal) => numbering.positions[ordinal] ?? -1).sort();
    for (const position of positions) {
      const row = sortedRows[position];
      if (row && matchesFilter(row, filter)) result.push(row);
    }
    return result;
  }
  const mask = new Uint8Array(index.size());
  for (const ordinal of matches) mask[ordinal] = 1;
  const { rows, ordinals } = base;
  for (let position = 0; position < ordinals.length; position += 1)
    if (mask[ordinals[position]!] === 1) result.push(rows[position]!);
  return result;
};

export const personRows = (store: RegisterStore, filter: ListFilter, today: string): PersonRow[] => {
  const organisationOf = primaryOrganisationIds(store, today);
  const ids = filter.query.trim() === '' ? store.people.keys() : store.peopleIndex.search(filter.query);
  const rows: PersonRow[] = [];
  for (const id of ids) {
    const person = store.people.get(id);
    if (!person) continue;
    const organisationId = organisationOf.get(id);
    const row = toPersonRow(person, organisationId ? store.organisations.get(organisationId) : undefined);
    if (matchesFilter(row, filter)) rows.push(row);
  }
  return rows;
};

export const organisationRows = (store: RegisterStore, filter: ListFilter): OrganisationRow[] => {
  const ids =
    filter.query.trim() === '' ? store.organisations.keys() : store.organisationsIndex.search(filter.query);
  const rows: OrganisationRow[] = [];
  for (const id of ids) {
    const organisation = store.organisations.get(id);
    if (!organisation) continue;
    const row = toOrganisationRow(organisation);
    if (matchesFilter(row, filter)) rows.push(row);
  }
  return rows;
};
