/** The collections an import writes to. */
export type CollectionKey = 'people' | 'organisations' | 'affiliations';

export const importBatchStatuses = ['inProgress', 'committed', 'cancelled', 'undone'] as const;
export type ImportBatchStatus = (typeof importBatchStatuses)[number];

/**
 * One spreadsheet import, written BEFORE its records: what it will create and the previous version of
 * everything it will update. With that, an import interrupted by a crash or a cancel can always be
 * undone, and a finished one can be undone later. Everything but the bookkeeping fields is encrypted.
 */
export type ImportBatch = {
  id: string;
  startedAt: number;
  updatedAt: number;
  status: ImportBatchStatus;
  fileName: string;
  kind: 'people' | 'organisations';
  counts: { created: number; updated: number; skipped: number; invalid: number };
  created: { collection: CollectionKey; id: string }[];
  previous: { collection: CollectionKey; record: Record<string, unknown> }[];
};

export const importBatchDefinition = {
  collection: 'importBatches',
  schemaVersion: 0,
  plaintextFields: ['id', 'startedAt', 'updatedAt', 'status'],
} as const satisfies {
  collection: string;
  schemaVersion: number;
  plaintextFields: readonly (keyof ImportBatch)[];
};

/** The RxDB schema; typed loosely so shared/ stays free of rxdb. */
export const importBatchJsonSchema = {
  title: 'importBatches',
  version: importBatchDefinition.schemaVersion,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 40 },
    startedAt: { type: 'number', minimum: 0, maximum: 9_999_999_999_999, multipleOf: 1 },
    updatedAt: { type: 'number', minimum: 0, maximum: 9_999_999_999_999, multipleOf: 1 },
    status: { type: 'string', enum: [...importBatchStatuses], maxLength: 12 },
    fileName: { type: 'string', maxLength: 260 },
    kind: { type: 'string', enum: ['people', 'organisations'] },
    counts: { type: 'object' },
    created: { type: 'array', items: { type: 'object' } },
    previous: { type: 'array', items: { type: 'object' } },
  },
  required: ['id', 'startedAt', 'updatedAt', 'status'],
} as const;
