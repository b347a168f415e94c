import { invalid, valid, type FieldResult } from '../validation/fieldResult';

const finnishWeights = [7, 3, 1] as const;

/** The check digit of a Finnish reference (viitenumero) base: weights 7, 3, 1 from the right. */
export const finnishReferenceCheckDigit = (base: string): number => {
  let sum = 0;
  [...base].reverse().forEach((digit, index) => {
    sum += Number(digit) * finnishWeights[index % 3]!;
  });
  return (10 - (sum % 10)) % 10;
};

const isValidFinnishReference = (digits: string): boolean =>
  /^\d{4,20}$/.test(digits) && finnishReferenceCheckDigit(digits.slice(0, -1)) === Number(digits.slice(-1));

/** ISO 7064 mod 97-10 over the reference with its first four characters moved to the end. */
const isValidRfReference = (compact: string): boolean => {
  if (!/^RF\d{2}[0-9A-Z]{1,21}$/.test(compact)) return false;
  const rearranged = `${compact.slice(4)}${compact.slice(0, 4)}`;
  let remainder = 0;
  for (const character of rearranged) {
    const value = /\d/.test(character) ? character : String(character.charCodeAt(0) - 55);
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
};

/**
 * An invoice reference: a Finnish reference (digits only, 4–20 with the check digit) or an RF creditor
 * reference must carry a correct check digit, and is stored compact (no spaces, RF upper case). Any
 * other text (an invoice number from a billing system, "INV-2026-17") is kept as typed, because not
 * every invoice carries a bank reference.
 */
export const normaliseInvoiceReference = (text: string): FieldResult<string> => {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed === '') return valid('');
  const compact = trimmed.replace(/\s/g, '').toUpperCase();
  if (/^\d+$/.test(compact))
    return isValidFinnishReference(compact) ? valid(compact) : invalid('invalidReferenceNumber');
  if (/^RF\d/.test(compact))
    return isValidRfReference(compact) ? valid(compact) : invalid('invalidReferenceNumber');
  return valid(trimmed);
};

/** How references are printed on invoices: groups of five from the right (RF: groups of four). */
export const formatInvoiceReference = (reference: string): string => {
  if (/^\d+$/.test(reference)) return reference.replace(/\B(?=(\d{5})+(?!\d))/g, ' ');
  if (/^RF\d/.test(reference)) return reference.replace(/(.{4})(?=.)/g, '$1 ');
  return reference;
};
