import { invalid, valid, type FieldResult } from './fieldResult';

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
// Finnish and Swedish everyday form: day and month with or without a leading zero, always a four-digit
// year. Two-digit years ("1.2.20") are refused because the century would be a guess.
const dottedDatePattern = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/**
 * Canonicalises a calendar date to ISO "yyyy-mm-dd". Accepts ISO itself and "d.m.yyyy" / "dd.mm.yyyy";
 * refuses dates that do not exist (31.2.2020, 29.2.2019) and year 0000.
 * Slashed dates are refused: "1/2/2020" means 1 February to us but 2 January to software set up for the US.
 */
export const normaliseDate = (input: string): FieldResult<string> => {
  const text = input.trim();
  if (text === '') return invalid('required');

  const isoMatch = isoDatePattern.exec(text);
  const dottedMatch = isoMatch === null ? dottedDatePattern.exec(text) : null;
  const parts = isoMatch
    ? { year: isoMatch[1], month: isoMatch[2], day: isoMatch[3] }
    : dottedMatch
      ? { year: dottedMatch[3], month: dottedMatch[2], day: dottedMatch[1] }
      : null;
  if (parts === null) return invalid('invalidDate');

  const year = Number(parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  if (!isExistingDate(year, month, day)) return invalid('invalidDate');
  return valid(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
};

/** Whether `text` is an existing date written exactly as ISO "yyyy-mm-dd". */
export const isIsoDate = (text: string): boolean => {
  const match = isoDatePattern.exec(text);
  return match !== null && isExistingDate(Number(match[1]), Number(match[2]), Number(match[3]));
};

const isExistingDate = (year: number, month: number, day: number): boolean =>
  year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);

const daysInMonth = (year: number, month: number): number => {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
};

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const pad = (value: number, width: number): string => String(value).padStart(width, '0');
