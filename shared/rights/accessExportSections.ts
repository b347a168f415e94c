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
  | 'organisationName'
  | 'name';

/** What a `name` column's ids refer to; the caller resolves them (a record, a list, a configured type). */
export type AccessNameKind = 'record' | 'event' | 'contactList' | 'relationType' | 'consentPurpose';

export type AccessColumn = {
  field: string;
  /** i18n key of the column header. */
  labelKey: string;
  format?: AccessValueFormat;
  /** For `choice`: values are shown as t(`${valueKeyPrefix}.${value}`). */
  valueKeyPrefix?: string;
  /** For `name`: the kind of id (or list of ids) the value holds. */
  nameKind?: AccessNameKind;
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
  /** A second plaintext reference that may also name the person (the other end of a relation). */
  otherPersonField?: string;
  /**
   * The person field is an encrypted list of ids (an activity's people): storage cannot query it, so
   * the records are read and filtered after decryption.
   */
  isPersonList?: boolean;
  /**
   * Records that concern many people (a bulk export in the access log) leave the person field empty
   * and list their people in this encrypted field; those are read and filtered after decryption.
   */
  bulkListField?: string;
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
  {
    key: 'consents',
    titleKey: 'rights.export.sections.consents',
    collection: 'consentEvents',
    personField: 'personId',
    layout: 'table',
    columns: [
      { field: 'purpose', labelKey: 'consent.fields.purpose', format: 'name', nameKind: 'consentPurpose' },
      {
        field: 'state',
        labelKey: 'consent.fields.state',
        format: 'choice',
        valueKeyPrefix: 'consent.states',
      },
      { field: 'date', labelKey: 'consent.fields.date', format: 'date' },
      {
        field: 'source',
        labelKey: 'consent.fields.source',
        format: 'choice',
        valueKeyPrefix: 'consent.sources',
      },
      { field: 'noticeVersion', labelKey: 'consent.fields.noticeVersion' },
      { field: 'note', labelKey: 'consent.fields.note' },
      { field: 'createdAt', labelKey: 'consent.fields.recordedAt', format: 'timestamp' },
    ],
  },
  {
    key: 'marketingBans',
    titleKey: 'consent.ban.history',
    collection: 'marketingBans',
    personField: 'personId',
    layout: 'table',
    columns: [
      {
        field: 'action',
        labelKey: 'rights.export.columns.action',
        format: 'choice',
        valueKeyPrefix: 'consent.ban.actions',
      },
      { field: 'date', labelKey: 'consent.fields.date', format: 'date' },
      {
        field: 'source',
        labelKey: 'consent.fields.source',
        format: 'choice',
        valueKeyPrefix: 'consent.sources',
      },
      { field: 'note', labelKey: 'consent.fields.note' },
      { field: 'createdAt', labelKey: 'consent.fields.recordedAt', format: 'timestamp' },
    ],
  },
  {
    key: 'listMemberships',
    titleKey: 'rights.export.sections.listMemberships',
    collection: 'listMemberships',
    personField: 'personId',
    layout: 'table',
    columns: [
      { field: 'listId', labelKey: 'consent.memberships.list', format: 'name', nameKind: 'contactList' },
      { field: 'joinedDate', labelKey: 'rights.export.columns.joinedDate', format: 'date' },
      { field: 'leftDate', labelKey: 'rights.export.columns.leftDate', format: 'date' },
      ...meta,
    ],
  },
  {
    key: 'registrations',
    titleKey: 'rights.export.sections.registrations',
    collection: 'registrations',
    personField: 'personId',
    layout: 'table',
    columns: [
      { field: 'eventId', labelKey: 'rights.export.columns.event', format: 'name', nameKind: 'event' },
      {
        field: 'registrationStatus',
        labelKey: 'events.regColumns.status',
        format: 'choice',
        valueKeyPrefix: 'events.statuses',
      },
      {
        field: 'paymentStatus',
        labelKey: 'events.regColumns.payment',
        format: 'choice',
        valueKeyPrefix: 'events.payments',
      },
      { field: 'amountCents', labelKey: 'rights.export.columns.amountCents' },
      { field: 'invoiceReference', labelKey: 'events.regColumns.reference' },
      { field: 'dueDate', labelKey: 'events.regColumns.dueDate', format: 'date' },
      { field: 'note', labelKey: 'consent.fields.note' },
      ...meta,
    ],
  },
  {
    key: 'relations',
    titleKey: 'rights.export.sections.relations',
    collection: 'relations',
    personField: 'fromId',
    otherPersonField: 'toId',
    layout: 'table',
    columns: [
      { field: 'typeKey', labelKey: 'activity.relations.type', format: 'name', nameKind: 'relationType' },
      { field: 'fromId', labelKey: 'activity.relations.fromKind', format: 'name', nameKind: 'record' },
      { field: 'toId', labelKey: 'activity.relations.toKind', format: 'name', nameKind: 'record' },
      { field: 'startDate', labelKey: 'activity.relations.startDate', format: 'date' },
      { field: 'endDate', labelKey: 'rights.export.columns.endDate', format: 'date' },
      { field: 'note', labelKey: 'activity.relations.note' },
      ...meta,
    ],
  },
  {
    key: 'activities',
    titleKey: 'rights.export.sections.activities',
    collection: 'activities',
    personField: 'personIds',
    isPersonList: true,
    layout: 'table',
    // The other people linked to an activity are left out: their names are not the subject's data.
    columns: [
      { field: 'kind', labelKey: 'activity.fields.kind', format: 'choice', valueKeyPrefix: 'activity.kinds' },
      { field: 'date', labelKey: 'activity.fields.date', format: 'date' },
      { field: 'subject', labelKey: 'activity.fields.subject' },
      { field: 'text', labelKey: 'activity.fields.text' },
      {
        field: 'organisationIds',
        labelKey: 'activity.fields.organisations',
        format: 'name',
        nameKind: 'record',
      },
      { field: 'author', labelKey: 'rights.export.columns.author' },
      { field: 'followUpDate', labelKey: 'activity.fields.followUpDate', format: 'date' },
      ...meta,
    ],
  },
  {
    key: 'accessLog',
    titleKey: 'rights.export.sections.accessLog',
    collection: 'accessEntries',
    personField: 'personId',
    bulkListField: 'personIds',
    layout: 'table',
    // The list of the other people in a bulk export is left out, like an activity's other people.
    columns: [
      { field: 'at', labelKey: 'accessLog.columns.when', format: 'timestamp' },
      { field: 'actor', labelKey: 'accessLog.columns.who' },
      {
        field: 'action',
        labelKey: 'accessLog.columns.what',
        format: 'choice',
        valueKeyPrefix: 'accessLog.actions',
      },
      {
        field: 'source',
        labelKey: 'rights.export.columns.source',
        format: 'choice',
        valueKeyPrefix: 'accessLog.sources',
      },
      { field: 'fileName', labelKey: 'rights.export.columns.fileName' },
      { field: 'personCount', labelKey: 'rights.export.columns.personCount' },
    ],
  },
];
