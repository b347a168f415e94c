import type { RecordDefinition } from './fieldDefinition';
import type { RecordMeta } from './recordStatus';

/**
 * A person on a contact list. Leaving sets `leftDate` (the membership stays as history); joining again
 * makes a new membership. A later withdrawal or ban never removes it: the list shows the member as not
 * contactable and leaves them out of its exports.
 */
export type ListMembership = RecordMeta & {
  listId: string;
  personId: string;
  joinedDate: string;
  leftDate: string;
  createdBy: string;
  updatedBy: string;
};

export const listMembershipDefinition: RecordDefinition<ListMembership> = {
  collection: 'listMemberships',
  schemaVersion: 0,
  fields: {
    id: { kind: 'id', isPlaintext: true, isRequired: true },
    status: { kind: 'status', isPlaintext: true, isRequired: true },
    owningUnit: { kind: 'unit', isPlaintext: true, isRequired: true },
    createdAt: { kind: 'timestamp', isPlaintext: true, isRequired: true },
    updatedAt: { kind: 'timestamp', isPlaintext: true, isRequired: true },
    // Two ids only, plaintext so both a list's members and a person's lists can be queried.
    listId: { kind: 'reference', target: 'contactList', isPlaintext: true, isRequired: true },
    personId: { kind: 'reference', target: 'person', isPlaintext: true, isRequired: true },
    joinedDate: { kind: 'date', isRequired: true },
    leftDate: { kind: 'date' },
    createdBy: { kind: 'text', maxLength: 100 },
    updatedBy: { kind: 'text', maxLength: 100 },
  },
  indexes: [['listId'], ['personId']],
};
