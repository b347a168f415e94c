import type { RecordDefinition } from './fieldDefinition';
import type { RecordMeta } from './recordStatus';

export const accessActions = ['view', 'export', 'import'] as const;
export type AccessAction = (typeof accessActions)[number];

/** Where the access happened, shown translated on the person's page. */
export const accessSources = [
  'personPage',
  'peopleExport',
  'mailingExport',
  'listExport',
  'participantExport',
  'subjectAccessExport',
  'import',
] as const;
export type AccessSource = (typeof accessSources)[number];

/** Ids per entry: an export of 75 000 people becomes 38 entries rather than one 3 MB record. */
export const maxPeoplePerAccessEntry = 2_000;

/**
 * One access to personal data: a person's page opened, a file exported or imported. Append-only; kept
 * locally (encrypted), synced, and written by the server into its audit log. `personId` names the one
 * person of a single-person access (plaintext, so a person's page finds it by query); a bulk access
 * leaves it empty and lists its people in the encrypted `personIds`. `at` is when it happened on the
 * device (the server restamps createdAt when the entry arrives).
 */
export type AccessEntry = RecordMeta & {
  action: AccessAction;
  source: AccessSource;
  at: number;
  personId: string;
  personIds: string[];
  personCount: number;
  actor: string;
  fileName: string;
  createdBy: string;
  updatedBy: string;
};

export const accessEntryDefinition: RecordDefinition<AccessEntry> = {
  collection: 'accessEntries',
  schemaVersion: 0,
  fields: {
    id: { kind: 'id', isPlaintext: true, isRequired: true },
    status: { kind: 'status', isPlaintext: true, isRequired: true },
    owningUnit: { kind: 'unit', isPlaintext: true, isRequired: true },
    createdAt: { kind: 'timestamp', isPlaintext: true, isRequired: true },
    updatedAt: { kind: 'timestamp', isPlaintext: true, isRequired: true },
    action: { kind: 'choice', options: accessActions, isPlaintext: true, isRequired: true },
    source: { kind: 'choice', options: accessSources, isRequired: true },
    at: { kind: 'timestamp', isPlaintext: true, isRequired: true },
    personId: { kind: 'reference', target: 'person', isPlaintext: true },
    personIds: { kind: 'textList', maxLength: 40, maxItems: maxPeoplePerAccessEntry },
    personCount: { kind: 'number', min: 0, max: 10_000_000, isInteger: true },
    actor: { kind: 'text', maxLength: 200 },
    fileName: { kind: 'text', maxLength: 255 },
    createdBy: { kind: 'text', maxLength: 100 },
    updatedBy: { kind: 'text', maxLength: 100 },
  },
  // No index: RxDB indexes only required fields, and a bulk entry's personId is empty. The person
  // page's query scans the plaintext column, which is cheap next to decrypting.
  indexes: [],
};
