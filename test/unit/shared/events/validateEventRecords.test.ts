import { describe, expect, it } from 'vitest';
import {
  normaliseTime,
  validateEvent,
  validateRegistration,
} from '../../../../shared/events/validateEventRecords';
import { eventDefinition, toRxJsonSchema, validateRecord } from '../../../../shared/model';

const context = { today: '2026-11-22', knownCategories: [] };
const base = {
  id: 'e1',
  status: 'active',
  owningUnit: 'main',
  createdAt: 1,
  updatedAt: 1,
  name: 'Excel-kurssi',
  type: 'course',
  startDate: '2026-12-01',
};

describe('event validation', () => {
  it('accepts a minimal event and leaves price and capacity empty (null), not zero', () => {
    const outcome = validateEvent(base, context);
    expect(outcome.issues).toEqual([]);
    expect(outcome.record).toMatchObject({ priceCents: null, capacity: null, startTime: '' });
  });

  it('normalises times of day and refuses impossible ones', () => {
    expect(normaliseTime('9.30')).toBe('09:30');
    expect(normaliseTime('14')).toBe('14:00');
    expect(normaliseTime('0930')).toBe('09:30');
    expect(normaliseTime('24:00')).toBeNull();
    expect(validateEvent({ ...base, startTime: '25.00' }, context).issues).toEqual([
      { path: 'startTime', code: 'invalidTime' },
    ]);
  });

  it('refuses an end time before the start on the same day, and an end date before the start date', () => {
    expect(validateEvent({ ...base, startTime: '14:00', endTime: '9:00' }, context).issues).toEqual([
      { path: 'endTime', code: 'endBeforeStart' },
    ]);
    expect(
      validateEvent({ ...base, startTime: '14:00', endDate: '2026-12-02', endTime: '9:00' }, context).isValid,
    ).toBe(true);
    expect(validateEvent({ ...base, endDate: '2026-11-30' }, context).issues).toEqual([
      { path: 'endDate', code: 'endBeforeStart' },
    ]);
  });

  it('checks the number kind: whole numbers, range, and text that is no number', () => {
    expect(validateEvent({ ...base, capacity: '2,5' }, context).issues).toEqual([
      { path: 'capacity', code: 'notWholeNumber' },
    ]);
    expect(validateEvent({ ...base, capacity: '0' }, context).issues).toEqual([
      { path: 'capacity', code: 'numberTooSmall', params: { min: 1 } },
    ]);
    expect(validateEvent({ ...base, capacity: 'many' }, context).issues).toEqual([
      { path: 'capacity', code: 'invalidNumber' },
    ]);
    expect(validateEvent({ ...base, capacity: ' 1 200 ' }, context).record.capacity).toBe(1200);
    // The price limit is stored in cents but the message speaks euros.
    expect(validateEvent({ ...base, priceCents: 100_000_001 }, context).issues).toEqual([
      { path: 'priceCents', code: 'numberTooLarge', params: { max: 1_000_000 } },
    ]);
  });

  it('requires a required number', () => {
    const definition = {
      ...eventDefinition,
      fields: { ...eventDefinition.fields, capacity: { kind: 'number', min: 1, max: 5, isRequired: true } },
    } as typeof eventDefinition;
    expect(validateRecord(definition, { ...base }, context).issues).toContainEqual({
      path: 'capacity',
      code: 'required',
    });
  });

  it('gives the number kind a nullable JSON schema with its bounds', () => {
    expect(toRxJsonSchema(eventDefinition).properties).toMatchObject({
      capacity: { type: ['number', 'null'], minimum: 1, maximum: 100_000, multipleOf: 1 },
    });
  });
});

describe('registration validation', () => {
  const registration = {
    id: 'r1',
    status: 'active',
    owningUnit: 'main',
    createdAt: 1,
    updatedAt: 1,
    eventId: 'e1',
    personId: 'p1',
    registrationStatus: 'registered',
    paymentStatus: 'unpaid',
  };

  it('stores a valid reference compact and refuses a wrong check digit at the field', () => {
    expect(
      validateRegistration({ ...registration, invoiceReference: '123 45672' }, context).record,
    ).toMatchObject({
      invoiceReference: '12345672',
    });
    expect(validateRegistration({ ...registration, invoiceReference: '12345673' }, context).issues).toEqual([
      { path: 'invoiceReference', code: 'invalidReferenceNumber' },
    ]);
  });

  it('refuses unknown statuses', () => {
    expect(validateRegistration({ ...registration, paymentStatus: 'maybe' }, context).issues).toEqual([
      { path: 'paymentStatus', code: 'notAllowed' },
    ]);
  });
});
