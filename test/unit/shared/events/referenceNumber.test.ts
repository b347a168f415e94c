import { describe, expect, it } from 'vitest';
import {
  finnishReferenceCheckDigit,
  formatInvoiceReference,
  normaliseInvoiceReference,
} from '../../../../shared/events/referenceNumber';

describe('invoice reference', () => {
  it('computes the Finnish check digit with weights 7, 3, 1 from the right', () => {
    expect(finnishReferenceCheckDigit('123')).toBe(2);
    expect(finnishReferenceCheckDigit('1234567')).toBe(2);
    // Sum 1*7 + 0*3 = 7 → 10 - 7 = 3; a sum ending in 0 (5*7 + 5*3 = 50) gives 0, not 10.
    expect(finnishReferenceCheckDigit('01')).toBe(3);
    expect(finnishReferenceCheckDigit('55')).toBe(0);
  });

  it('accepts a Finnish reference with a correct check digit, spaces and all, and stores it compact', () => {
    expect(normaliseInvoiceReference('1232')).toEqual({ isValid: true, value: '1232' });
    expect(normaliseInvoiceReference(' 123 45672 ')).toEqual({ isValid: true, value: '12345672' });
  });

  it('refuses a Finnish reference with a wrong check digit or out of length', () => {
    expect(normaliseInvoiceReference('1233')).toEqual({ isValid: false, code: 'invalidReferenceNumber' });
    expect(normaliseInvoiceReference('12')).toEqual({ isValid: false, code: 'invalidReferenceNumber' });
    expect(normaliseInvoiceReference('1'.repeat(21))).toMatchObject({ isValid: false });
  });

  it('checks an RF creditor reference with ISO 7064 mod 97-10', () => {
    expect(normaliseInvoiceReference('RF18 5390 0754 7034')).toEqual({
      isValid: true,
      value: 'RF18539007547034',
    });
    expect(normaliseInvoiceReference('rf11 1232')).toEqual({ isValid: true, value: 'RF111232' });
    expect(normaliseInvoiceReference('RF19 5390 0754 7034')).toMatchObject({ isValid: false });
    expect(normaliseInvoiceReference('RF12 1232')).toMatchObject({ isValid: false });
  });

  it('keeps other invoice numbers as typed and accepts empty', () => {
    expect(normaliseInvoiceReference('INV-2026-17')).toEqual({ isValid: true, value: 'INV-2026-17' });
    expect(normaliseInvoiceReference('  ')).toEqual({ isValid: true, value: '' });
  });

  it('prints references in groups as on invoices', () => {
    expect(formatInvoiceReference('12345672')).toBe('123 45672');
    expect(formatInvoiceReference('RF18539007547034')).toBe('RF18 5390 0754 7034');
    expect(formatInvoiceReference('INV-1')).toBe('INV-1');
  });
});
