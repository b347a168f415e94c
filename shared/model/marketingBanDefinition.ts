import type { RecordDefinition } from './fieldDefinition';
import { consentSources, type ConsentSource } from './consentEventDefinition';
import type { RecordMeta } from './recordStatus';

export const marketingBanActions = ['set', 'lifted'] as const;
export type MarketingBanAction = (typeof marketingBanActions)[number];

/**
 * One change of a person's direct-marketing ban (suoramarkkinointikielto). Kept outside the person
 * record as its own append-only history, like consent events; the latest event says whether the ban
 * is on, and a ban overrides every consent purpose.
 */
export type MarketingBanEvent = RecordMeta & {
  personId: string;
  action: MarketingBanAction;
  date: string;
  source: ConsentSource;
  note: string;
  createdBy: string;
  updatedBy: string;
};

export const marketingBanDefinition: RecordDefinition<MarketingBanEvent> = {
  collection: 'marketingBans',
  schemaVersion: 0,
  fields: {
    id: { kind: 'id', isPlaintext: true, isRequired: true },
    status: { kind: 'status', isPlaintext: true, isRequired: true },
    owningUnit: { kind: 'unit', isPlaintext: true, isRequired: true },
    createdAt: { kind: 'timestamp', isPlaintext: true, isRequired: true },
    updatedAt: { kind: 'timestamp', isPlaintext: true, isRequired: true },
    personId: { kind: 'reference', target: 'person', isPlaintext: true, isRequired: true },
    action: { kind: 'choice', options: marketingBanActions, isRequired: true },
    date: { kind: 'date', isRequired: true },
    source: { kind: 'choice', options: consentSources, isRequired: true },
    note: { kind: 'longText', maxLength: 1000 },
    createdBy: { kind: 'text', maxLength: 100 },
    updatedBy: { kind: 'text', maxLength: 100 },
  },
  indexes: [['personId']],
};
