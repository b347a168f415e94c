/** How a value is shown in the spreadsheet; the JSON always carries the stored value as is. */
export type AccessValueFormat =
  | 'text'
  | 'date'
  | 'timestamp'
  | 'list'
  | 'flag'
  | 'choice'
  | 'categories'
  | 'emails'
  | 'phones'
  | 'addresses'
  | 'links'
  | 'organisationName';

export type AccessColumn = {
  field: string;
  /** i18n key of the column header. */
  labelKey: string;
  format?: AccessValueFormat;
  /** For `choice`: values are shown as t(`${valueKeyPrefix}.${value}`). */
  valueKeyPrefix?: string;
};

/**
 * One part of a subject access export: the records of one collection about the person. `key` is the
 * stable JSON key (never translated, never renamed); `titleKey` names the spreadsheet tab.
 * `layout: 'record'` is one record shown as field/value rows (the person), `table` one row per record.
 */
export type AccessExportSection = {
  key: string;
  titleKey: string;
  collection: string;
  personField: string;
  layout: 'record' | 'table';
  columns: readonly AccessColumn[];
};

const meta: readonly AccessColumn[] = [
  { field: 'status', labelKey: 'fields.status', format: 'choice', valueKeyPrefix: 'status' },
  { field: 'owningUnit', labelKey: 'fields.owningUnit' },
  { field: 'createdAt', labelKey: 'fields.createdAt', format: 'timestamp' },
  { field: 'updatedAt', labelKey: 'fields.updatedAt', format: 'timestamp' },
];

/**
 * Everything the register holds about a person, section by section. A feature that adds a record type
 * referencing people adds its section here (the lead does so when merging), with translated headers.
 */
export const accessExportSections: readonly AccessExportSection[] = [
  {
    key: 'person',
    titleKey: 'rights.export.sections.person',
    collection: 'people',
    personField: 'id',
    layout: 'record',
    columns: [
      { field: 'id', labelKey: 'rights.export.recordId' },
      { field: 'firstNames', labelKey: 'fields.firstNames' },
      { field: 'lastName', labelKey: 'fields.lastName' },
      { field: 'formerLastNames', labelKey: 'fields.formerLastNames', format: 'list' },
      { field: 'preferredName', labelKey: 'fields.preferredName' },
      { field: 'birthDate', labelKey: 'fields.birthDate', format: 'date' },
      { field: 'title', labelKey: 'fields.title' },
      { field: 'categories', labelKey: 'fields.categories', format: 'categories' },
      {
        field: 'contactLanguage',
        labelKey: 'fields.contactLanguage',
        format: 'choice',
        valueKeyPrefix: 'contactLanguages',
      },
      { field: 'nationality', labelKey: 'fields.nationality' },
      { field: 'emails', labelKey: 'fields.emails', format: 'emails' },
      { field: 'phones', labelKey: 'fields.phones', format: 'phones' },
      { field: 'addresses', labelKey: 'fields.addresses', format: 'addresses' },
      { field: 'links', labelKey: 'fields.links', format: 'links' },
      { field: 'notes', labelKey: 'fields.notes' },
      ...meta,
    ],
  },
  {
    key: 'affiliations',
    titleKey: 'rights.export.sections.affiliations',
    collection: 'affiliations',
    personField: 'personId',
    layout: 'table',
    columns: [
      { field: 'organisationId', labelKey: 'fields.organisation', format: 'organisationName' },
      { field: 'role', labelKey: 'fields.role' },
      { field: 'department', labelKey: 'fields.department' },
      { field: 'startDate', labelKey: 'fields.startDate', format: 'date' },
      { field: 'endDate', labelKey: 'fields.endDate', format: 'date' },
      { field: 'isPrimary', labelKey: 'fields.isPrimary', format: 'flag' },
      ...meta,
    ],
  },
  {
    key: 'rightsRequests',
    titleKey: 'rights.export.sections.rightsRequests',
    collection: 'rightsRequests',
    personField: 'personId',
    layout: 'table',
    columns: [
      { field: 'kind', labelKey: 'rights.fields.kind', format: 'choice', valueKeyPrefix: 'rights.kinds' },
      { field: 'receivedDate', labelKey: 'rights.fields.receivedDate', format: 'date' },
      { field: 'dueDate', labelKey: 'rights.fields.dueDate', format: 'date' },
      { field: 'state', labelKey: 'rights.fields.state', format: 'choice', valueKeyPrefix: 'rights.states' },
      { field: 'handledAt', labelKey: 'rights.fields.handledAt', format: 'timestamp' },
      { field: 'note', labelKey: 'rights.fields.note' },
      { field: 'restrictionLiftedAt', labelKey: 'rights.fields.restrictionLiftedAt', format: 'timestamp' },
    ],
  },
];
