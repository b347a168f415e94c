import type { AddressEntry, EmailEntry, LinkEntry, PhoneEntry } from './contactEntries';
import type { RecordDefinition } from './fieldDefinition';
import type { RecordMeta } from './recordStatus';
import { maxTagsPerRecord } from './tagDefinition';

export const sectors = ['', 'private', 'public', 'thirdSector', 'education'] as const;
export type Sector = (typeof sectors)[number];

export type Organisation = RecordMeta & {
  name: string;
  businessId: string;
  sector: Sector;
  industry: string;
  departments: string[];
  categories: string[];
  /** Ids of admin-managed `tags` records (schema version 1). */
  tags: string[];
  emails: EmailEntry[];
  phones: PhoneEntry[];
  addresses: AddressEntry[];
  links: LinkEntry[];
  notes: string;
  createdBy: string;
  updatedBy: string;
};

export const organisationDefinition: RecordDefinition<Organisation> = {
  collection: 'organisations',
  schemaVersion: 1,
  fields: {
    id: { kind: 'id', isPlaintext: true, isRequired: true },
    status: { kind: 'status', isPlaintext: true, isRequired: true },
    owningUnit: { kind: 'unit', isPlaintext: true, isRequired: true },
    createdAt: { kind: 'timestamp', isPlaintext: true, isRequired: true },
    updatedAt: { kind: 'timestamp', isPlaintext: true, isRequired: true },
    name: { kind: 'text', maxLength: 200, isRequired: true },
    businessId: { kind: 'businessId' },
    sector: { kind: 'choice', options: sectors },
    industry: { kind: 'text', maxLength: 150 },
    departments: { kind: 'textList', maxLength: 150, maxItems: 50 },
    categories: { kind: 'categories', scope: 'organisation' },
    tags: { kind: 'textList', maxLength: 40, maxItems: maxTagsPerRecord },
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

/** RxDB migration strategies for stored organisations. Version 1 added `tags`, empty. */
export const organisationMigrations = {
  1: (old: Record<string, unknown>) => ({ tags: [], ...old }),
};
