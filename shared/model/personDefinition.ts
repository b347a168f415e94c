import type { CooperationInterest, EducationEntry } from './alumniProfile';
import { cooperationInterests, emptyAlumniProfile } from './alumniProfile';
import type { AddressEntry, EmailEntry, LinkEntry, PhoneEntry } from './contactEntries';
import type { RecordDefinition } from './fieldDefinition';
import type { RecordMeta } from './recordStatus';
import { maxTagsPerRecord } from './tagDefinition';

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
  /** Ids of admin-managed `tags` records (schema version 2). */
  tags: string[];
  contactLanguage: ContactLanguage;
  nationality: string;
  emails: EmailEntry[];
  phones: PhoneEntry[];
  addresses: AddressEntry[];
  links: LinkEntry[];
  notes: string;
  educations: EducationEntry[];
  employer: string;
  jobTitle: string;
  cooperationInterests: CooperationInterest[];
  alumniNote: string;
  /** yyyy-mm-dd when the person asked for their data to be removed; '' when not asked. */
  removalRequestedAt: string;
  createdBy: string;
  updatedBy: string;
};

export const personDefinition: RecordDefinition<Person> = {
  collection: 'people',
  schemaVersion: 2,
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
    tags: { kind: 'textList', maxLength: 40, maxItems: maxTagsPerRecord },
    contactLanguage: { kind: 'choice', options: contactLanguages },
    nationality: { kind: 'country' },
    emails: { kind: 'emails' },
    phones: { kind: 'phones' },
    addresses: { kind: 'addresses' },
    links: { kind: 'links' },
    notes: { kind: 'longText', maxLength: 10_000 },
    // Alumni profile (schema version 1). `title` stays the person's general title shown everywhere;
    // `jobTitle` is the job title the alumnus reports at `employer`, and the two are never synced.
    educations: { kind: 'educations' },
    employer: { kind: 'text', maxLength: 150 },
    jobTitle: { kind: 'text', maxLength: 150 },
    cooperationInterests: { kind: 'choiceList', options: cooperationInterests },
    alumniNote: { kind: 'longText', maxLength: 2_000 },
    removalRequestedAt: { kind: 'date' },
    createdBy: { kind: 'text', maxLength: 100 },
    updatedBy: { kind: 'text', maxLength: 100 },
  },
  indexes: [['status', 'updatedAt']],
};

/**
 * RxDB migration strategies for stored people, by target schema version. Version 1 added the alumni
 * profile: older records get it empty, nothing else changes. Version 2 added `tags`, empty.
 */
export const personMigrations = {
  1: (old: Record<string, unknown>) => ({ ...emptyAlumniProfile, ...old }),
  2: (old: Record<string, unknown>) => ({ tags: [], ...old }),
};
