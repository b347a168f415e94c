import type { CollectionName } from '../model/fieldDefinition';

/** What erasing a person does to a record that references them. */
export type PersonReferenceRule = {
  collection: CollectionName;
  referenceField: string;
  action: 'delete' | 'blank';
};

// One line per collection so later record types (activities, relations) join erasure in one place.
export const personReferences: readonly PersonReferenceRule[] = [
  { collection: 'affiliations', referenceField: 'personId', action: 'delete' },
  { collection: 'consentEvents', referenceField: 'personId', action: 'delete' },
  { collection: 'marketingBans', referenceField: 'personId', action: 'delete' },
  { collection: 'listMemberships', referenceField: 'personId', action: 'delete' },
  { collection: 'registrations', referenceField: 'personId', action: 'delete' },
  { collection: 'conflicts', referenceField: 'recordId', action: 'delete' },
];
