import { invalid, valid, type FieldResult } from './fieldResult';
import { isIsoDate } from './normaliseDate';

/** Earliest birth date the register accepts; older ones are almost always typing errors (1889 for 1989). */
export const earliestBirthDate = '1900-01-01';

/**
 * Checks an ISO date (as returned by normaliseDate) as a birth date. `today` is the caller's local date
 * as ISO, passed in so that the result depends neither on the clock nor on the machine's time zone.
 * Today itself is a valid birth date.
 */
export const checkBirthDate = (iso: string, today: string): FieldResult<string> => {
  if (!isIsoDate(today)) throw new Error(`checkBirthDate: today must be an ISO date, got "${today}"`);
  if (!isIsoDate(iso)) return invalid('invalidDate');
  // ISO dates with four-digit years order correctly as strings.
  if (iso > today) return invalid('dateInFuture');
  if (iso < earliestBirthDate)
    return invalid('dateTooOld', { minYear: Number(earliestBirthDate.slice(0, 4)) });
  return valid(iso);
};
