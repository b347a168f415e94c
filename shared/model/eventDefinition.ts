import type { RecordDefinition } from './fieldDefinition';
import type { RecordMeta } from './recordStatus';

/** Built-in event types; the UI translates them (`events.types.*`). */
export const eventTypes = ['course', 'seminar', 'alumniEvent', 'webinar', 'networking', 'other'] as const;
export type EventType = (typeof eventTypes)[number];

/** Prices are stored as integer cents so sums never drift (1 234,50 € is 123450). */
export const maxPriceCents = 100_000_000;
export const maxCapacity = 100_000;

/** A course, seminar or other event people register for. */
export type KontaktEvent = RecordMeta & {
  name: string;
  type: EventType;
  startDate: string;
  /** HH:MM, or empty for an all-day event. */
  startTime: string;
  endDate: string;
  endTime: string;
  place: string;
  priceCents: number | null;
  /** Empty (null) means unlimited. */
  capacity: number | null;
  description: string;
  createdBy: string;
  updatedBy: string;
};

export const eventDefinition: RecordDefinition<KontaktEvent> = {
  collection: 'events',
  schemaVersion: 0,
  fields: {
    id: { kind: 'id', isPlaintext: true, isRequired: true },
    status: { kind: 'status', isPlaintext: true, isRequired: true },
    owningUnit: { kind: 'unit', isPlaintext: true, isRequired: true },
    createdAt: { kind: 'timestamp', isPlaintext: true, isRequired: true },
    updatedAt: { kind: 'timestamp', isPlaintext: true, isRequired: true },
    name: { kind: 'text', maxLength: 200, isRequired: true },
    type: { kind: 'choice', options: eventTypes, isRequired: true },
    startDate: { kind: 'date', isRequired: true },
    startTime: { kind: 'text', maxLength: 5 },
    endDate: { kind: 'date' },
    endTime: { kind: 'text', maxLength: 5 },
    place: { kind: 'text', maxLength: 200 },
    priceCents: { kind: 'number', min: 0, max: maxPriceCents, isInteger: true },
    capacity: { kind: 'number', min: 1, max: maxCapacity, isInteger: true },
    description: { kind: 'longText', maxLength: 5000 },
    createdBy: { kind: 'text', maxLength: 100 },
    updatedBy: { kind: 'text', maxLength: 100 },
  },
  indexes: [],
};
