import type { Organisation, Person } from '../../shared/model';
import type { XlsxValue } from './writeXlsx';

export type ExportColumnKey =
  | 'firstNames'
  | 'lastName'
  | 'formerLastName'
  | 'preferredName'
  | 'birthDate'
  | 'title'
  | 'email'
  | 'phone'
  | 'organisationName'
  | 'businessId'
  | 'name'
  | 'sector'
  | 'industry'
  | 'website'
  | 'street'
  | 'postalCode'
  | 'city'
  | 'country'
  | 'categories'
  | 'notes'
  | 'status'
  | 'updatedAt';

/** What a column needs besides the record: the person's organisation and translated labels. */
export type ExportContext = {
  organisationOf: (personId: string) => Organisation | undefined;
  categoryLabel: (key: string) => string;
  sectorLabel: (key: string) => string;
  statusLabel: (status: string) => string;
};

const isoDate = (iso: string): XlsxValue => (iso ? { date: iso } : null);
const dayOf = (timestamp: number): XlsxValue => ({ date: new Date(timestamp).toISOString().slice(0, 10) });

type Shared = Pick<Person, 'emails' | 'phones' | 'addresses' | 'notes' | 'status' | 'updatedAt'>;

const sharedValue = (record: Shared, key: ExportColumnKey, context: ExportContext): XlsxValue | undefined => {
  const address = record.addresses[0];
  switch (key) {
    case 'email':
      return record.emails[0]?.address ?? '';
    case 'phone':
      return record.phones[0]?.number ?? '';
    case 'street':
      return address?.street ?? '';
    case 'postalCode':
      return address?.postalCode ?? '';
    case 'city':
      return address?.city ?? '';
    case 'country':
      return address?.country ?? '';
    case 'notes':
      return record.notes;
    case 'status':
      return context.statusLabel(record.status);
    case 'updatedAt':
      return dayOf(record.updatedAt);
    default:
      return undefined;
  }
};

/** Column keys are import targets where one exists, so an exported file imports back unchanged. */
export const personExportColumns: readonly ExportColumnKey[] = [
  'firstNames',
  'lastName',
  'formerLastName',
  'preferredName',
  'birthDate',
  'title',
  'email',
  'phone',
  'organisationName',
  'businessId',
  'street',
  'postalCode',
  'city',
  'country',
  'categories',
  'notes',
  'status',
  'updatedAt',
];

export const organisationExportColumns: readonly ExportColumnKey[] = [
  'name',
  'businessId',
  'sector',
  'industry',
  'website',
  'email',
  'phone',
  'street',
  'postalCode',
  'city',
  'country',
  'categories',
  'notes',
  'status',
  'updatedAt',
];

export const personExportValue = (
  person: Person,
  key: ExportColumnKey,
  context: ExportContext,
): XlsxValue => {
  const shared = sharedValue(person, key, context);
  if (shared !== undefined) return shared;
  switch (key) {
    case 'firstNames':
      return person.firstNames;
    case 'lastName':
      return person.lastName;
    case 'formerLastName':
      return person.formerLastNames.join(', ');
    case 'preferredName':
      return person.preferredName;
    case 'birthDate':
      return isoDate(person.birthDate);
    case 'title':
      return person.title;
    case 'organisationName':
      return context.organisationOf(person.id)?.name ?? '';
    case 'businessId':
      return context.organisationOf(person.id)?.businessId ?? '';
    case 'categories':
      return person.categories.map(context.categoryLabel).join(', ');
    default:
      return '';
  }
};

export const organisationExportValue = (
  organisation: Organisation,
  key: ExportColumnKey,
  context: ExportContext,
): XlsxValue => {
  const shared = sharedValue(organisation, key, context);
  if (shared !== undefined) return shared;
  switch (key) {
    case 'name':
      return organisation.name;
    case 'businessId':
      return organisation.businessId;
    case 'sector':
      return organisation.sector ? context.sectorLabel(organisation.sector) : '';
    case 'industry':
      return organisation.industry;
    case 'website':
      return organisation.links[0]?.url ?? '';
    case 'categories':
      return organisation.categories.map(context.categoryLabel).join(', ');
    default:
      return '';
  }
};
