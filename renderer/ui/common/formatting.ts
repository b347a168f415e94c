import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** Stored numbers are E.164; people read them in the national format when they are Finnish. */
export const formatPhone = (e164: string): string => {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  return parsed.country === 'FI' ? parsed.formatNational() : parsed.formatInternational();
};

export const formatDate = (iso: string, language: string): string => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'numeric', year: 'numeric' }).format(
    new Date(year, month - 1, day),
  );
};

export const formatTimestamp = (timestamp: number, language: string): string =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(timestamp));

export const countryName = (code: string, language: string): string => {
  if (!code) return '';
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
};
