import { describe, expect, it } from 'vitest';
import { computeBusinessIdCheckDigit, normaliseBusinessId } from '../../../../shared/validation';

// Real business IDs (YTJ), each verified against the algorithm. Yleisradio's 0202045-2, suggested in the
// brief, computes to check digit 1, so it was left out rather than bending the algorithm.
const realBusinessIds = [
  ['Nokia Oyj', '0112038-9'],
  ['Kone Oyj', '1927400-1'],
  ['Fortum Oyj', '1463611-4'],
  ['Finnair Oyj', '0108023-3'],
  ['Valio Oy', '0116297-6'],
  ['University of Helsinki', '0313471-7'],
] as const;

describe('normaliseBusinessId', () => {
  it.each(realBusinessIds)('accepts the business ID of %s (%s)', (_name, id) => {
    expect(normaliseBusinessId(id)).toEqual({ isValid: true, value: id });
  });

  it.each([
    ['  0112038-9  ', '0112038-9'],
    ['\t1927400-1\n', '1927400-1'],
    // Old six-digit bodies get their leading zero back.
    ['112038-9', '0112038-9'],
    ['108023-3', '0108023-3'],
    // Remainder 0 gives check digit 0: 1·7 + 2·2 = 11.
    ['1000002-0', '1000002-0'],
  ])('accepts %j as %s', (input, expected) => {
    expect(normaliseBusinessId(input)).toEqual({ isValid: true, value: expected });
  });

  it.each([
    // A real ID with its check digit changed.
    ['0112038-8', 9],
    ['1927400-7', 1],
    ['1463611-3', 4],
    ['0108023-0', 3],
    ['0116297-9', 6],
    ['0313471-1', 7],
    // A real ID with one body digit changed: the expected digit is that of the changed body.
    ['0112039-9', 7],
    ['1463612-4', 2],
    ['0116298-6', 4],
    ['0313481-7', 3],
    ['112038-1', 9],
  ])('rejects %j with businessIdCheckDigit, expecting %i', (input, expected) => {
    expect(normaliseBusinessId(input)).toEqual({
      isValid: false,
      code: 'businessIdCheckDigit',
      params: { expected },
    });
  });

  it.each([
    // Weighted sum leaves remainder 1, so no check digit can make these valid:
    '1927401-1', // Kone's ID with one body digit changed (sum 177)
    '0000006-0', // sum 12
    '8000000-1', // sum 56
    '000006-0', // six-digit body, padded to 0000006
    // Malformed:
    '0112038',
    '01120389',
    '0112038 9',
    '0112038--9',
    '0112038-',
    '-9',
    '12345-1',
    '01120380-9',
    '0112038-10',
    'O112038-9',
    '0112038-X',
    'abcdefg-h',
    'FI01120389',
    '0112 038-9',
    '0112038 - 9',
    '０１１２０３８-９',
  ])('rejects %j with invalidBusinessId', (input) => {
    expect(normaliseBusinessId(input)).toEqual({ isValid: false, code: 'invalidBusinessId' });
  });

  it.each(['', '   '])('rejects %j with required', (input) => {
    expect(normaliseBusinessId(input)).toEqual({ isValid: false, code: 'required' });
  });
});

describe('computeBusinessIdCheckDigit', () => {
  it.each([
    ['0112038', 9], // 0·7 + 1·9 + 1·10 + 2·5 + 0·8 + 3·4 + 8·2 = 57; 57 mod 11 = 2; 11 − 2 = 9
    ['1927400', 1], // 175 mod 11 = 10; 11 − 10 = 1
    ['0000000', 0], // remainder 0
    ['1000002', 0], // 11, remainder 0
    ['0000006', null], // 12, remainder 1
    ['7654321', 2], // 207 mod 11 = 9
  ])('gives %s check digit %s', (body, expected) => {
    expect(computeBusinessIdCheckDigit(body)).toBe(expected);
  });

  it('refuses a body that is not seven digits, since callers must pad first', () => {
    expect(() => computeBusinessIdCheckDigit('112038')).toThrow();
  });
});
