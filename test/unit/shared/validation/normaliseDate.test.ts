import { describe, expect, it } from 'vitest';
import { isIsoDate, normaliseDate } from '../../../../shared/validation';

describe('normaliseDate', () => {
  it.each([
    ['2020-02-29', '2020-02-29'],
    ['  1985-07-14 ', '1985-07-14'],
    ['2000-02-29', '2000-02-29'],
    ['1.2.2020', '2020-02-01'],
    ['01.02.2020', '2020-02-01'],
    ['1.02.2020', '2020-02-01'],
    ['01.2.2020', '2020-02-01'],
    ['31.12.1999', '1999-12-31'],
    ['29.2.2024', '2024-02-29'],
    ['30.4.2021', '2021-04-30'],
    ['31.1.2021', '2021-01-31'],
    ['1.1.0001', '0001-01-01'],
    ['31.12.9999', '9999-12-31'],
  ])('accepts %j as %s', (input, expected) => {
    expect(normaliseDate(input)).toEqual({ isValid: true, value: expected });
  });

  it.each([
    '31.2.2020',
    '30.2.2020',
    '29.2.2019',
    '29.2.1900',
    '2019-02-29',
    '2100-02-29',
    '31.4.2021',
    '31.6.2021',
    '31.9.2021',
    '31.11.2021',
    '2021-11-31',
    '0.1.2020',
    '1.0.2020',
    '1.13.2020',
    '32.1.2020',
    '2020-00-10',
    '2020-13-01',
    '2020-01-00',
    '0000-01-01',
    '1.1.0000',
    '2020-1-5',
    '20-01-05',
    '2020/01/05',
    '1/2/2020',
    '1.2.20',
    '1.2.020',
    '1.2.20200',
    '001.2.2020',
    '1.2.2020.',
    '1. 2. 2020',
    '1-2-2020',
    '2020-01-05T00:00',
    '2020-01-05 12:00',
    '20200105',
    'eilen',
    '１.２.２０２０',
  ])('rejects %j', (input) => {
    expect(normaliseDate(input)).toEqual({ isValid: false, code: 'invalidDate' });
  });

  it.each(['', '  '])('rejects %j with required', (input) => {
    expect(normaliseDate(input)).toEqual({ isValid: false, code: 'required' });
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2020-02-29', true],
    ['2019-02-29', false],
    ['1.2.2020', false],
    ['2020-2-1', false],
    [' 2020-02-01', false],
  ])('%j is %s', (input, expected) => {
    expect(isIsoDate(input)).toBe(expected);
  });
});
