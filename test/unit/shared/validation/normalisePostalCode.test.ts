import { describe, expect, it } from 'vitest';
import { normalisePostalCode } from '../../../../shared/validation';

describe('normalisePostalCode', () => {
  it.each([
    ['00100', 'FI', '00100'],
    [' 00100 ', 'FI', '00100'],
    ['99999', 'FI', '99999'],
    ['22100', 'FI', '22100'],
    ['00100', 'fi', '00100'],
    ['114 55', 'SE', '114 55'],
    ['11455', 'SE', '114 55'],
    [' 981 38 ', 'SE', '981 38'],
    ['SW1A 1AA', 'GB', 'SW1A 1AA'],
    ['sw1a 1aa', 'GB', 'SW1A 1AA'],
    ['SW1A   1AA', 'GB', 'SW1A 1AA'],
    ['K1A 0B1', 'CA', 'K1A 0B1'],
    ['10115', 'DE', '10115'],
    ['1012 AB', 'NL', '1012 AB'],
    ['20500-0003', 'US', '20500-0003'],
    ['AX-22100', 'AX', 'AX-22100'],
    ['0150', 'NO', '0150'],
    ['123456789012', 'DE', '123456789012'],
  ])('accepts %j in %s as %j', (input, country, expected) => {
    expect(normalisePostalCode(input, country)).toEqual({ isValid: true, value: expected });
  });

  it('uses Finland when no country is given', () => {
    expect(normalisePostalCode('00100')).toEqual({ isValid: true, value: '00100' });
    expect(normalisePostalCode('114 55')).toEqual({ isValid: false, code: 'invalidPostalCode' });
  });

  it.each([
    // Decision: a code that lost its leading zeros is refused, not padded (that is the import's repair).
    ['100', 'FI'],
    ['0010', 'FI'],
    ['001000', 'FI'],
    ['00 100', 'FI'],
    ['FI-00100', 'FI'],
    ['0010O', 'FI'],
    ['114 55', 'FI'],
    ['1145', 'SE'],
    ['114555', 'SE'],
    ['11 455', 'SE'],
    ['114-55', 'SE'],
    ['014 55', 'SE'],
    ['SE-114 55', 'SE'],
    ['1234567890123', 'DE'],
    ['10115!', 'DE'],
    ['-10115', 'DE'],
    ['10115-', 'DE'],
    ['10_115', 'DE'],
    ['Ä1234', 'DE'],
  ])('rejects %j in %s', (input, country) => {
    expect(normalisePostalCode(input, country)).toEqual({ isValid: false, code: 'invalidPostalCode' });
  });

  it.each([
    ['', 'FI'],
    ['  ', 'SE'],
    ['', 'GB'],
  ])('rejects %j in %s with required', (input, country) => {
    expect(normalisePostalCode(input, country)).toEqual({ isValid: false, code: 'required' });
  });
});
