import type { RecordDefinition } from './fieldDefinition';
import type { RecordMeta } from './recordStatus';

export const consentStates = ['given', 'withdrawn', 'refused'] as const;
export type ConsentState = (typeof consentStates)[number];

/** How a consent (or a direct-marketing ban) reached the register. */
export const consentSources = ['form', 'import', 'inPerson', 'email'] as const;
export type ConsentSource = (typeof consentSources)[number];

/**
 * One change of a person's consent for one purpose. Append-only: a change of state is a new event, an
 * earlier event is never edited or deleted (only erasing the whole person removes them), so the full
 * history stays provable and sync can never lose one — every event is its own record.
 */
export type ConsentEvent = RecordMeta & {
  personId: string;
  /** A purpose key from the consent settings (built in or custom). */
  purpose: string;
  state: ConsentState;
  /** The day the person gave, withdrew or refused consent (yyyy-mm-dd). */
  date: string;
  source: ConsentSource;
  /** Which version of the privacy notice or consent text the person saw. */
  noticeVersion: string;
  note: string;
  createdBy: string;
  updatedBy: string;
};

export const consentEventDefinition: RecordDefinition<ConsentEvent> = {
  collection: 'consentEvents',
  schemaVersion: 0,
  fields: {
    id: { kind: 'id', isPlaintext: true, isRequired: true },
    status: { kind: 'status', isPlaintext: true, isRequired: true },
    owningUnit: { kind: 'unit', isPlaintext: true, isRequired: true },
    createdAt: { kind: 'timestamp', isPlaintext: true, isRequired: true },
    updatedAt: { kind: 'timestamp', isPlaintext: true, isRequired: true },
    // Only the id of the person, so a person's history can be queried by index; the purpose and state stay encrypted.
    personId: { kind: 'reference', target: 'person', isPlaintext: true, isRequired: true },
    purpose: { kind: 'text', maxLength: 60, isRequired: true },
    state: { kind: 'choice', options: consentStates, isRequired: true },
    date: { kind: 'date', isRequired: true },
    source: { kind: 'choice', options: consentSources, isRequired: true },
    noticeVersion: { kind: 'text', maxLength: 60 },
    note: { kind: 'longText', maxLength: 1000 },
    createdBy: { kind: 'text', maxLength: 100 },
    updatedBy: { kind: 'text', maxLength: 100 },
  },
  indexes: [['personId']],
};
