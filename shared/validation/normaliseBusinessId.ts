import { invalid, valid, type FieldResult } from './fieldResult';

const checkDigitWeights = [7, 9, 10, 5, 8, 4, 2] as const;
// Business IDs issued before 1978 had a six-digit body; they are written today with a leading zero.
const businessIdPattern = /^(\d{6,7})-(\d)$/;

/**
 * Canonicalises a Finnish business ID (Y-tunnus) to "1234567-8" and verifies its check digit.
 *
 * A body whose weighted sum leaves remainder 1 can never have a valid check digit, so it is reported as
 * 'invalidBusinessId' rather than 'businessIdCheckDigit': there is no expected digit to suggest.
 */
export const normaliseBusinessId = (input: string): FieldResult<string> => {
  const text = input.trim();
  if (text === '') return invalid('required');
  const match = businessIdPattern.exec(text);
  if (match === null) return invalid('invalidBusinessId');

  const body = (match[1] ?? '').padStart(7, '0');
  const checkDigit = Number(match[2]);
  const expected = computeBusinessIdCheckDigit(body);
  if (expected === null) return invalid('invalidBusinessId');
  if (expected !== checkDigit) return invalid('businessIdCheckDigit', { expected });
  return valid(`${body}-${checkDigit}`);
};

/** The check digit for a seven-digit body, or null when no digit can make the body valid. */
export const computeBusinessIdCheckDigit = (body: string): number | null => {
  if (!/^\d{7}$/.test(body)) throw new Error(`Business ID body must be seven digits, got "${body}"`);
  const sum = checkDigitWeights.reduce((total, weight, index) => total + weight * Number(body[index]), 0);
  const remainder = sum % 11;
  if (remainder === 0) return 0;
  if (remainder === 1) return null;
  return 11 - remainder;
};
