import { describe, expect, it } from 'vitest';
import { countryCodes, isCountryCode, normaliseCountry } from '../../../../shared/validation';

describe('normaliseCountry', () => {
  it.each([
    ['FI', 'FI'],
    ['fi', 'FI'],
    [' se ', 'SE'],
    ['Ax', 'AX'],
    ['GB', 'GB'],
    ['US', 'US'],
    ['AQ', 'AQ'],
    ['SS', 'SS'],
    ['BQ', 'BQ'],
    ['ZW', 'ZW'],
  ])('accepts %j as %s', (input, expected) => {
    expect(normaliseCountry(input)).toEqual({ isValid: true, value: expected });
  });

  it.each([
    'UK', // reserved, but the code for the United Kingdom is GB
    'EU',
    'XK', // user-assigned (Kosovo), not part of ISO 3166-1
    'AN', // withdrawn (Netherlands Antilles)
    'YU',
    'CS',
    'ZZ',
    'F',
    'FIN',
    'Finland',
    'Suomi',
    'F1',
    'F I',
  ])('rejects %j', (input) => {
    expect(normaliseCountry(input)).toEqual({ isValid: false, code: 'invalidCountry' });
  });

  it.each(['', '  '])('rejects %j with required', (input) => {
    expect(normaliseCountry(input)).toEqual({ isValid: false, code: 'required' });
  });
});

describe('countryCodes', () => {
  it('has the 249 officially assigned codes, each two upper-case letters, sorted and without duplicates', () => {
    expect(countryCodes).toHaveLength(249);
    expect(new Set(countryCodes).size).toBe(249);
    expect(countryCodes.every((code) => /^[A-Z]{2}$/.test(code))).toBe(true);
    expect([...countryCodes].sort()).toEqual([...countryCodes]);
  });

  it('contains only codes that the ICU region data knows', () => {
    const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    expect(countryCodes.filter((code) => regionNames.of(code) === undefined)).toEqual([]);
  });

  it('narrows strings with isCountryCode', () => {
    expect(isCountryCode('FI')).toBe(true);
    expect(isCountryCode('fi')).toBe(false);
  });
});
