import type { AddressEntry, EmailEntry, LinkEntry, PhoneEntry } from './contactEntries';
import type { RecordDefinition } from './fieldDefinition';
import type { RecordMeta } from './recordStatus';

export const contactLanguages = ['', 'fi', 'sv', 'en'] as const;
export type ContactLanguage = (typeof contactLanguages)[number];

export type Person = RecordMeta & {
  firstNames: string;
  lastName: string;
  formerLastNames: string[];
  preferredName: string;
  birthDate: string;
  title: string;
  categories: string[];
  contactLanguage: ContactLanguage;
  nationality: string;
  emails: EmailEntry[];
  phones: PhoneEntry[];
  addresses: AddressEntry[];
  links: LinkEntry[];
  notes: string;
  createdBy: string;
  updatedBy: string;
};

export const personDefinition: RecordDefinition<Person> = {
  collection: 'people',
  schemaVersion: 0,
  fields: {
    id: { kind: 'id', isPlaintext: true, isRequired: true },
    status: { kind: 'status', isPlaintext: true, isRequired: true },
    owningUnit: { kind: 'unit', isPlaintext: true, isRequired: true },
    createdAt: { kind: 'timestamp', isPlaintext: true, isRequired: true },
    updatedAt: { kind: 'timestamp', isPlaintext: true, isRequired: true },
    firstNames: { kind: 'text', maxLength: 100, isRequired: true },
    lastName: { kind: 'text', maxLength: 100, isRequired: true },
    formerLastNames: { kind: 'textList', maxLength: 100, maxItems: 5 },
    preferredName: { kind: 'text', maxLength: 100 },
    birthDate: { kind: 'date', isBirthDate: true },
    title: { kind: 'text', maxLength: 150 },
    categories: { kind: 'categories', scope: 'person' },
    contactLanguage: { kind: 'choice', options: contactLanguages },
    nationality: { kind: 'country' },
    emails: { kind: 'emails' },
    phones: { kind: 'phones' },
    addresses: { kind: 'addresses' },
    links: { kind: 'links' },
    notes: { kind: 'longText', maxLength: 10_000 },
    createdBy: { kind: 'text', maxLength: 100 },
    updatedBy: { kind: 'text', maxLength: 100 },
  },
  indexes: [['status', 'updatedAt']],
};
