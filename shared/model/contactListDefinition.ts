import type { RecordDefinition } from './fieldDefinition';
import type { RecordMeta } from './recordStatus';

export const contactListKinds = ['newsletter', 'mentoring', 'interestGroup'] as const;
export type ContactListKind = (typeof contactListKinds)[number];

/** A newsletter, mentoring or interest-group list; joining it requires a given consent for `purpose`. */
export type ContactList = RecordMeta & {
  name: string;
  kind: ContactListKind;
  /** The consent purpose key a member must have given. */
  purpose: string;
  description: string;
  createdBy: string;
  updatedBy: string;
};

export const contactListDefinition: RecordDefinition<ContactList> = {
  collection: 'contactLists',
  schemaVersion: 0,
  fields: {
    id: { kind: 'id', isPlaintext: true, isRequired: true },
    status: { kind: 'status', isPlaintext: true, isRequired: true },
    owningUnit: { kind: 'unit', isPlaintext: true, isRequired: true },
    createdAt: { kind: 'timestamp', isPlaintext: true, isRequired: true },
    updatedAt: { kind: 'timestamp', isPlaintext: true, isRequired: true },
    name: { kind: 'text', maxLength: 150, isRequired: true },
    kind: { kind: 'choice', options: contactListKinds, isRequired: true },
    purpose: { kind: 'text', maxLength: 60, isRequired: true },
    description: { kind: 'longText', maxLength: 2000 },
    createdBy: { kind: 'text', maxLength: 100 },
    updatedBy: { kind: 'text', maxLength: 100 },
  },
  indexes: [],
};
