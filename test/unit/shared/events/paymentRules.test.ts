import { describe, expect, it } from 'vitest';
import { eventsSettingsOf } from '../../../../shared/events/eventsSettings';
import { centsToInput, formatEuros, parseEuros } from '../../../../shared/events/money';
import { addDays, dueDateWhenInvoiced, effectivePaymentStatus } from '../../../../shared/events/paymentRules';

describe('payment rules', () => {
  it('makes an invoice overdue the day after its due date', () => {
    const invoiced = { paymentStatus: 'invoiced' as const, dueDate: '2026-11-20' };
    expect(effectivePaymentStatus(invoiced, '2026-11-20')).toBe('invoiced');
    expect(effectivePaymentStatus(invoiced, '2026-11-21')).toBe('overdue');
    expect(effectivePaymentStatus({ ...invoiced, dueDate: '' }, '2030-01-01')).toBe('invoiced');
  });

  it('leaves paid, unpaid and refunded alone, and keeps an overdue set by hand', () => {
    for (const status of ['paid', 'unpaid', 'refunded', 'overdue'] as const)
      expect(effectivePaymentStatus({ paymentStatus: status, dueDate: '2020-01-01' }, '2026-11-22')).toBe(
        status,
      );
  });

  it('gives an invoice without a due date today plus the payment term, across month and year ends', () => {
    expect(dueDateWhenInvoiced({ dueDate: '' }, '2026-12-25', 14)).toBe('2027-01-08');
    expect(dueDateWhenInvoiced({ dueDate: '2026-12-01' }, '2026-11-22', 14)).toBe('2026-12-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('reads the payment term from the feature settings and falls back on bad values', () => {
    expect(eventsSettingsOf({ features: {} }).paymentTermDays).toBe(14);
    expect(eventsSettingsOf({ features: { events: { paymentTermDays: 30 } } }).paymentTermDays).toBe(30);
    expect(eventsSettingsOf({ features: { events: { paymentTermDays: -1 } } }).paymentTermDays).toBe(14);
    expect(eventsSettingsOf({ features: { events: 'nonsense' } }).paymentTermDays).toBe(14);
  });
});

describe('money', () => {
  it('reads euros as Finns type them into cents', () => {
    expect(parseEuros('1 234,50')).toBe(123450);
    expect(parseEuros('25')).toBe(2500);
    expect(parseEuros('25.5')).toBe(2550);
    expect(parseEuros('0,1')).toBe(10);
    expect(parseEuros('')).toBeNull();
    expect(parseEuros('12,345')).toBe('invalid');
    expect(parseEuros('abc')).toBe('invalid');
  });

  it('formats Finnish and Swedish amounts as 1 234,50 € with no-break spaces, English as €1,234.50', () => {
    expect(formatEuros(123450, 'fi')).toBe('1\u00a0234,50\u00a0€');
    expect(formatEuros(5, 'sv')).toBe('0,05\u00a0€');
    expect(formatEuros(123456789, 'en')).toBe('€1,234,567.89');
    expect(formatEuros(null, 'fi')).toBe('');
    expect(centsToInput(123450, 'fi')).toBe('1234,50');
    expect(centsToInput(123450, 'en')).toBe('1234.50');
  });
});
