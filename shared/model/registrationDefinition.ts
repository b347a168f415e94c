import type { RecordDefinition } from './fieldDefinition';
import type { RecordMeta } from './recordStatus';

export const registrationStatuses = ['registered', 'waitingList', 'attended', 'cancelled', 'noShow'] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];

export const paymentStatuses = ['unpaid', 'invoiced', 'paid', 'refunded', 'overdue'] as const;
export type PaymentStatus = (typeof paymentStatuses)[number];

/** A person's place at an event; it belongs to the event's owning unit. */
export type Registration = RecordMeta & {
  eventId: string;
  personId: string;
  registrationStatus: RegistrationStatus;
  paymentStatus: PaymentStatus;
  amountCents: number | null;
  /** A Finnish reference (viitenumero) or an RF creditor reference, stored in its compact form. */
  invoiceReference: string;
  /** When an invoiced registration becomes overdue (yyyy-mm-dd). */
  dueDate: string;
  /** Milliseconds; orders the waiting list (first come, first served). */
  registeredAt: number;
  note: string;
  createdBy: string;
  updatedBy: string;
};

export const registrationDefinition: RecordDefinition<Registration> = {
  collection: 'registrations',
  schemaVersion: 0,
  fields: {
    id: { kind: 'id', isPlaintext: true, isRequired: true },
    status: { kind: 'status', isPlaintext: true, isRequired: true },
    owningUnit: { kind: 'unit', isPlaintext: true, isRequired: true },
    createdAt: { kind: 'timestamp', isPlaintext: true, isRequired: true },
    updatedAt: { kind: 'timestamp', isPlaintext: true, isRequired: true },
    // Ids only, like an affiliation's ends, so an event's and a person's registrations can be queried.
    eventId: { kind: 'reference', target: 'event', isPlaintext: true, isRequired: true },
    personId: { kind: 'reference', target: 'person', isPlaintext: true, isRequired: true },
    // Who attended or paid is personal: these stay encrypted.
    registrationStatus: { kind: 'choice', options: registrationStatuses, isRequired: true },
    paymentStatus: { kind: 'choice', options: paymentStatuses, isRequired: true },
    amountCents: { kind: 'number', min: 0, max: 100_000_000, isInteger: true },
    invoiceReference: { kind: 'text', maxLength: 40 },
    dueDate: { kind: 'date' },
    registeredAt: { kind: 'timestamp' },
    note: { kind: 'longText', maxLength: 2000 },
    createdBy: { kind: 'text', maxLength: 100 },
    updatedBy: { kind: 'text', maxLength: 100 },
  },
  indexes: [['eventId'], ['personId']],
};
