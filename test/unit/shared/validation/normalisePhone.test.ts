import { describe, expect, it } from 'vitest';
import { normalisePhone } from '../../../../shared/validation';

describe('normalisePhone with the default country (FI)', () => {
  it.each([
    ['040 1234567', '+358401234567'],
    ['0401234567', '+358401234567'],
    ['  040 123 4567  ', '+358401234567'],
    ['040-123 4567', '+358401234567'],
    ['040\u00a0123\u00a04567', '+358401234567'],
    ['040.123.4567', '+358401234567'],
    ['+358 40 123 4567', '+358401234567'],
    ['+358-40-123-4567', '+358401234567'],
    ['+358 (0)40 123 4567', '+358401234567'],
    ['00358401234567', '+358401234567'],
    ['00 358 40 123 4567', '+358401234567'],
    ['(09) 123 4567', '+35891234567'],
    ['09 1234567', '+35891234567'],
    ['050 123 45 67', '+358501234567'],
    ['0800 123 456', '+358800123456'],
    ['+46 70 123 45 67', '+46701234567'],
    ['+1 202 555 0123', '+12025550123'],
    // Decision: a mobile number that lost its leading 0 (a spreadsheet storing it as a number) is accepted.
    ['401234567', '+358401234567'],
    // Same origin: "+358401234567" stored as a number loses its "+".
    ['358401234567', '+358401234567'],
  ])('accepts %j as %s', (input, expected) => {
    expect(normalisePhone(input)).toEqual({ isValid: true, value: expected });
  });

  it.each([
    ['', 'required'],
    ['   ', 'required'],
    ['040123', 'invalidPhone'],
    ['0401234567890123', 'invalidPhone'],
    ['1234567', 'invalidPhone'],
    ['112', 'invalidPhone'],
    ['0000000000', 'invalidPhone'],
    // Valid length but no such Finnish number range: only the "max" metadata catches it.
    ['+358 12345', 'invalidPhone'],
    ['+', 'invalidPhone'],
    ['++358401234567', 'invalidPhone'],
    ['abc', 'invalidPhone'],
    ['call 040 1234567 now', 'invalidPhone'],
    ['040 1234567;', 'invalidPhone'],
    ['+358401234567x', 'invalidPhone'],
    ['040 1234567 ext. 12', 'invalidPhone'],
    ['040 1234567 (työ)', 'invalidPhone'],
    ['040 1234567 / 050 7654321', 'invalidPhone'],
    ['040 1234567, 050 7654321', 'invalidPhone'],
    ['0401234567 0507654321', 'invalidPhone'],
  ])('rejects %j with %s', (input, code) => {
    expect(normalisePhone(input)).toEqual({ isValid: false, code });
  });
});

describe('normalisePhone with another default country', () => {
  it.each([
    ['070-123 45 67', 'SE', '+46701234567'],
    ['08-123 456 78', 'SE', '+46812345678'],
    ['0046 70 123 45 67', 'SE', '+46701234567'],
    ['701234567', 'SE', '+46701234567'],
    ['+358 40 123 4567', 'SE', '+358401234567'],
    ['070-123 45 67', 'se', '+46701234567'],
    ['(202) 555-0199', 'US', '+12025550199'],
    // "00" is read as "+" even where it is not the international prefix (the US dials 011).
    ['00 358 40 123 4567', 'US', '+358401234567'],
    // A country without phone metadata (Antarctica) or an unknown code still allows international numbers.
    ['+358 40 123 4567', 'AQ', '+358401234567'],
    ['+358 40 123 4567', 'XX', '+358401234567'],
  ])('accepts %j in %s as %s', (input, country, expected) => {
    expect(normalisePhone(input, country)).toEqual({ isValid: true, value: expected });
  });

  it.each([
    ['0701', 'SE'],
    ['070-123 45 67 89', 'SE'],
    ['040 1234567', 'AQ'],
    ['040 1234567', 'XX'],
    ['358401234567', 'SE'],
  ])('rejects %j in %s', (input, country) => {
    expect(normalisePhone(input, country)).toEqual({ isValid: false, code: 'invalidPhone' });
  });

  it('reads the same national digits differently per default country', () => {
    expect(normalisePhone('0401234567', 'FI')).toEqual({ isValid: true, value: '+358401234567' });
    expect(normalisePhone('0401234567', 'SE')).toEqual({ isValid: true, value: '+46401234567' });
  });
});
