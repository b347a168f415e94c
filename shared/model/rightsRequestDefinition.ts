import type { RecordDefinition } from './fieldDefinition';
import type { RecordMeta } from './recordStatus';

export const rightsRequestKinds = [
  'access',
  'rectification',
  'restriction',
  'erasure',
  'objection',
  'portability',
] as const;
export type RightsRequestKind = (typeof rightsRequestKinds)[number];

export const rightsRequestStates = ['open', 'done', 'refused'] as const;
export type RightsRequestState = (typeof rightsRequestStates)[number];

/**
 * A data subject's request (GDPR articles 15–21) about one person, with its one-month due date. The
 * log outlives an erasure: the person's id stays (it names nobody once the person is gone) and the
 * note is blanked. A completed restriction request is what makes a person's record read-only, until
 * `restrictionLiftedAt` is set.
 */
export type RightsRequest = RecordMeta & {
  personId: string;
  kind: RightsRequestKind;
  /** The record meta `status` is the sync layer's active/passive; this is the request's own progress. */
  state: RightsRequestState;
  receivedDate: string;
  dueDate: string;
  handledAt: number;
  handledBy: string;
  note: string;
  restrictionLiftedAt: number;
  restrictionLiftedBy: string;
  createdBy: string;
  updatedBy: string;
};

export const rightsRequestDefinition: RecordDefinition<RightsRequest> = {
  collection: 'rightsRequests',
  schemaVersion: 0,
  fields: {
    id: { kind: 'id', isPlaintext: true, isRequired: true },
    status: { kind: 'status', isPlaintext: true, isRequired: true },
    owningUnit: { kind: 'unit', isPlaintext: true, isRequired: true },
    createdAt: { kind: 'timestamp', isPlaintext: true, isRequired: true },
    updatedAt: { kind: 'timestamp', isPlaintext: true, isRequired: true },
    personId: { kind: 'reference', target: 'person', isPlaintext: true, isRequired: true },
    kind: { kind: 'choice', options: rightsRequestKinds, isRequired: true },
    state: { kind: 'choice', options: rightsRequestStates, isRequired: true },
    receivedDate: { kind: 'date', isRequired: true },
    dueDate: { kind: 'date', isRequired: true },
    handledAt: { kind: 'timestamp' },
    handledBy: { kind: 'text', maxLength: 100 },
    note: { kind: 'longText', maxLength: 2_000 },
    restrictionLiftedAt: { kind: 'timestamp' },
    restrictionLiftedBy: { kind: 'text', maxLength: 100 },
    createdBy: { kind: 'text', maxLength: 100 },
    updatedBy: { kind: 'text', maxLength: 100 },
  },
  indexes: [['personId']],
};
