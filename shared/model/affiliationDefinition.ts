import type { RecordDefinition } from './fieldDefinition';
import type { RecordMeta } from './recordStatus';

/** A person's link to an organisation (employment, membership); ended links are kept as history. */
export type Affiliation = RecordMeta & {
  personId: string;
  organisationId: string;
  role: string;
  department: string;
  startDate: string;
  endDate: string;
  isPrimary: boolean;
  createdBy: string;
  updatedBy: string;
};

export const affiliationDefinition: RecordDefinition<Affiliation> = {
  collection: 'affiliations',
  schemaVersion: 0,
  fields: {
    id: { kind: 'id', isPlaintext: true, isRequired: true },
    status: { kind: 'status', isPlaintext: true, isRequired: true },
    owningUnit: { kind: 'unit', isPlaintext: true, isRequired: true },
    createdAt: { kind: 'timestamp', isPlaintext: true, isRequired: true },
    updatedAt: { kind: 'timestamp', isPlaintext: true, isRequired: true },
    // The link between two ids reveals no personal value, and keeping it plaintext lets both ends be queried by index.
    personId: { kind: 'reference', target: 'person', isPlaintext: true, isRequired: true },
    organisationId: { kind: 'reference', target: 'organisation', isPlaintext: true, isRequired: true },
    role: { kind: 'text', maxLength: 150 },
    department: { kind: 'text', maxLength: 150 },
    startDate: { kind: 'date' },
    endDate: { kind: 'date' },
    isPrimary: { kind: 'flag' },
    createdBy: { kind: 'text', maxLength: 100 },
    updatedBy: { kind: 'text', maxLength: 100 },
  },
  indexes: [['personId'], ['organisationId']],
};
