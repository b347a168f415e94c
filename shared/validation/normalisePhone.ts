// The "max" metadata is used because with the default "min" metadata isValid() only checks the length
// (e.g. it accepts +358 12345). The cost is ~65 kB and the duty to keep libphonenumber-js reasonably
// current, since numbering plans change.
import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { invalid, valid, type FieldResult } from './fieldResult';

// Digits with the separators people actually type (spaces, dashes, parentheses, dots, slashes) and an
// optional leading "+". Anything else is refused before parsing, because libphonenumber-js happily
// extracts a number from surrounding text ("call 040 1234567 now", "040 1234567;").
const phoneCharactersPattern = /^\+?[\d\s().\-‐‑–/]+$/u;

/**
 * Canonicalises a phone number to E.164 ("+358401234567").
 *
 * Accepted: national form for `defaultCountry` ("040 1234567", "(09) 123 4567"), international form
 * ("+358 40 123 4567", "+358 (0)40 123 4567") and the "00" international prefix ("00358401234567"),
 * which is treated as "+" whatever `defaultCountry` is, because that is how it is written across Europe.
 *
 * A national number that has lost its trunk "0" ("401234567") is accepted: it is what a spreadsheet
 * leaves of "0401234567" after storing it as a number, and libphonenumber-js reads it as the national
 * significant number, which is unambiguous. For the same reason "358401234567" (a lost "+") is accepted.
 *
 * Extensions are refused rather than silently dropped, because E.164 cannot carry them.
 * `defaultCountry` is an ISO 3166-1 alpha-2 code; an unknown or unsupported one means that only
 * international numbers are accepted.
 */
export const normalisePhone = (input: string, defaultCountry = 'FI'): FieldResult<string> => {
  const text = input.trim();
  if (text === '') return invalid('required');
  if (!phoneCharactersPattern.test(text)) return invalid('invalidPhone');

  const international = text.startsWith('00') ? `+${text.slice(2)}` : text;
  const country = defaultCountry.trim().toUpperCase();
  const phoneNumber = isSupportedCountry(country)
    ? parsePhoneNumberFromString(international, country)
    : parsePhoneNumberFromString(international);
  // `ext` cannot be set while the character check refuses "x", "#" and "ext."; it is checked anyway so that
  // widening that check can never silently drop an extension.
  if (phoneNumber === undefined || phoneNumber.ext !== undefined || !phoneNumber.isValid()) {
    return invalid('invalidPhone');
  }
  return valid(phoneNumber.number);
};
