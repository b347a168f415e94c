import type { RecordDefinition } from './fieldDefinition';

/** `refused`: a local change the server would not take (see shared/sync/pushRefusals.ts). */
export const conflictKinds = ['field', 'deletedLocally', 'deletedRemotely', 'refused'] as const;
export type ConflictKind = (typeof conflictKinds)[number];

/**
 * `dismissed` for a refusal means "keep mine locally": the notice goes, the local version stays.
 * `discarded` (refusals only): the user replaced the refused change by the server's version.
 */
export const conflictStatuses = ['open', 'resolved', 'dismissed', 'discarded'] as const;
export type ConflictStatus = (typeof conflictStatuses)[number];

export const conflictCollections = [
  'people',
  'organisations',
  'affiliations',
  'events',
  'registrations',
  'rightsRequests',
  'erasureMarkers',
  'accessEntries',
] as const;

/**
 * 1: any synced collection may be named (the record's collection became free text, so a collection added
 * later needs no migration); the stored documents are unchanged.
 * 2: kind `refused` and status `discarded` added (push refusals); the stored documents are unchanged.
 */
export const conflictMigrations = {
  1: (document: ConflictRecord) => document,
  2: (document: ConflictRecord) => document,
} as const;

/**
 * A value sync had to set aside. When two devices changed the same field, the value the server
 * received last stays in the record and the other one is kept here; when one side deleted a record
 * the other edited, the record stays and the deletion is kept here. The user picks or dismisses.
 *
 * Values are stored as JSON text: a field can be a string, a list of e-mails or an address list.
 * Everything except ids, timestamps and the status is encrypted at rest.
 */
export type ConflictRecord = {
  id: string;
  status: ConflictStatus;
  createdAt: number;
  updatedAt: number;
  recordId: string;
  /** Named so because RxDB documents reserve `collection`. Any synced collection. */
  recordCollection: string;
  kind: ConflictKind;
  /** Field name for kind 'field'; empty for deletions; the refusal reason for kind 'refused'. */
  field: string;
  /** The record's name when the conflict arose, shown even if the record is gone later. */
  recordLabel: string;
  /**
   * JSON of the value that won (this device's), and of the one set aside (the server's). For kind
   * 'refused': the refused document with the server's validation issues, and the last server version
   * this device knew (null for a record the server never had).
   */
  keptValue: string;
  otherValue: string;
  keptBy: string;
  keptAt: number;
  otherBy: string;
  otherAt: number;
};

export const conflictDefinition: RecordDefinition<ConflictRecord> = {
  collection: 'conflicts',
  schemaVersion: 2,
  fields: {
    id: { kind: 'id', isPlaintext: true, isRequired: true },
    status: { kind: 'choice', options: conflictStatuses, isPlaintext: true, isRequired: true },
    createdAt: { kind: 'timestamp', isPlaintext: true, isRequired: true },
    updatedAt: { kind: 'timestamp', isPlaintext: true, isRequired: true },
    recordId: { kind: 'reference', target: 'person', isPlaintext: true, isRequired: true },
    recordCollection: { kind: 'text', maxLength: 40, isRequired: true },
    kind: { kind: 'choice', options: conflictKinds, isRequired: true },
    field: { kind: 'text', maxLength: 60 },
    recordLabel: { kind: 'text', maxLength: 300 },
    keptValue: { kind: 'longText', maxLength: 100_000 },
    otherValue: { kind: 'longText', maxLength: 100_000 },
    keptBy: { kind: 'text', maxLength: 100 },
    keptAt: { kind: 'timestamp' },
    otherBy: { kind: 'text', maxLength: 100 },
    otherAt: { kind: 'timestamp' },
  },
  indexes: [],
};
