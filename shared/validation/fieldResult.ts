/**
 * Result shared by every field normaliser. A valid result carries the canonical value to store;
 * an invalid one carries a code that the UI translates (see shared/i18n/validationTexts.ts)
 * and, for some codes, interpolation params for that text.
 */
export const validationCodes = [
  'required',
  'tooLong',
  'tooMany',
  'invalidEmail',
  'invalidPhone',
  'invalidBusinessId',
  'businessIdCheckDigit',
  'invalidPostalCode',
  'invalidUrl',
  'invalidDate',
  'dateInFuture',
  'dateTooOld',
  'notAllowed',
  'invalidCountry',
  'endBeforeStart',
  'invalidNumber',
  'numberTooSmall',
  'numberTooLarge',
  'notWholeNumber',
  'invalidTime',
  'invalidReferenceNumber',
] as const;

export type ValidationCode = (typeof validationCodes)[number];

/**
 * Params carried by codes whose texts interpolate them. Every producer of these codes must pass
 * exactly these params, because the translated texts reference them as {{name}}.
 */
export const validationCodeParams = {
  tooLong: ['max'],
  tooMany: ['max'],
  businessIdCheckDigit: ['expected'],
  dateTooOld: ['minYear'],
  numberTooSmall: ['min'],
  numberTooLarge: ['max'],
} as const satisfies Partial<Record<ValidationCode, readonly string[]>>;

export type FieldResult<T> =
  | { isValid: true; value: T }
  | { isValid: false; code: ValidationCode; params?: Record<string, string | number> };

export const valid = <T>(value: T): FieldResult<T> => ({ isValid: true, value });

export const invalid = <T = never>(
  code: ValidationCode,
  params?: Record<string, string | number>,
): FieldResult<T> => (params === undefined ? { isValid: false, code } : { isValid: false, code, params });
