import { invalid, valid, type FieldResult } from './fieldResult';

const maxOtherPostalCodeLength = 12;

/**
 * Canonicalises a postal code for the address's country (ISO 3166-1 alpha-2).
 *
 * - FI: exactly five digits ("00100"). "100" is refused, not padded: a spreadsheet that dropped the
 *   leading zeros is the import's problem to repair, where the user can review it.
 * - SE: "NNN NN" ("114 55"); "11455" is accepted and given its space. Swedish codes never start with 0.
 * - Other countries: at most 12 letters, digits, spaces and dashes. Letters are upper-cased and runs of
 *   spaces collapsed, since no country's postal codes differ by case ("sw1a 1aa" is "SW1A 1AA").
 */
export const normalisePostalCode = (input: string, country = 'FI'): FieldResult<string> => {
  const text = input.trim();
  if (text === '') return invalid('required');

  switch (country.trim().toUpperCase()) {
    case 'FI':
      return /^\d{5}$/.test(text) ? valid(text) : invalid('invalidPostalCode');
    case 'SE': {
      const match = /^([1-9]\d{2}) ?(\d{2})$/.exec(text);
      return match === null ? invalid('invalidPostalCode') : valid(`${match[1]} ${match[2]}`);
    }
    default: {
      const code = text.replace(/\s+/g, ' ').toUpperCase();
      const isPlausible =
        code.length <= maxOtherPostalCodeLength && /^[A-Z0-9](?:[A-Z0-9 -]*[A-Z0-9])?$/.test(code);
      return isPlausible ? valid(code) : invalid('invalidPostalCode');
    }
  }
};
