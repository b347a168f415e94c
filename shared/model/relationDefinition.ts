import type { RecordDefinition } from './fieldDefinition';
import type { RecordMeta } from './recordStatus';

export const relationEndKinds = ['person', 'organisation'] as const;
export type RelationEndKind = (typeof relationEndKinds)[number];

/**
 * A typed relation beyond employment (board member of, mentor of, contact person for…), read
 * "from is <type> to": Aino is mentor of Erik. Shown at both ends, with the type's inverse label at the
 * "to" end. Affiliations (employment) stay their own record type.
 */
export type Relation = RecordMeta & {
  fromId: string;
  fromKind: RelationEndKind;
  toId: string;
  toKind: RelationEndKind;
  typeKey: string;
  startDate: string;
  endDate: string;
  note: string;
  createdBy: string;
  updatedBy: string;
};

export const relationDefinition: RecordDefinition<Relation> = {
  collection: 'relations',
  schemaVersion: 0,
  fields: {
    id: { kind: 'id', isPlaintext: true, isRequired: true },
    status: { kind: 'status', isPlaintext: true, isRequired: true },
    owningUnit: { kind: 'unit', isPlaintext: true, isRequired: true },
    createdAt: { kind: 'timestamp', isPlaintext: true, isRequired: true },
    updatedAt: { kind: 'timestamp', isPlaintext: true, isRequired: true },
    // Ids only, like an affiliation's ends, so both ends' relations can be queried.
    fromId: { kind: 'reference', target: 'person', isPlaintext: true, isRequired: true },
    toId: { kind: 'reference', target: 'person', isPlaintext: true, isRequired: true },
    fromKind: { kind: 'choice', options: relationEndKinds, isRequired: true },
    toKind: { kind: 'choice', options: relationEndKinds, isRequired: true },
    typeKey: { kind: 'text', maxLength: 60, isRequired: true },
    startDate: { kind: 'date' },
    endDate: { kind: 'date' },
    note: { kind: 'longText', maxLength: 2000 },
    createdBy: { kind: 'text', maxLength: 100 },
    updatedBy: { kind: 'text', maxLength: 100 },
  },
  indexes: [['fromId'], ['toId']],
};
