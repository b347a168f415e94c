import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** Stored numbers are E.164; people read them in the national format when they are Finnish. */
export const formatPhone = (e164: string): string => {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  return parsed.country === 'FI' ? parsed.formatNational() : parsed.formatInternational();
};

/**
 * The locale dates are written in: the UI language as used in Finland. A bare "en" would format as in
 * the US (11/22/2026) and a bare "sv" as in Sweden (2026-11-22); here people expect 22/11/2026 and 22.11.2026.
 */
export const localeFor = (language: string): string =>
  ({ fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' })[language.slice(0, 2)] ?? language;

export const formatDate = (iso: string, language: string): string => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(localeFor(language), {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  }).format(new Date(year, month - 1, day));
};

export const formatTimestamp = (timestamp: number, language: string): string =>
  new Intl.DateTimeFormat(localeFor(language), { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(timestamp),
  );

export const countryName = (code: string, language: string): string => {
  if (!code) return '';
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
};
