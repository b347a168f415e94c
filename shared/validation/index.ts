export { validationCodes, validationCodeParams, type FieldResult, type ValidationCode } from './fieldResult';
export { normaliseEmail, maxEmailLength } from './normaliseEmail';
export { normalisePhone } from './normalisePhone';
export { normaliseBusinessId, computeBusinessIdCheckDigit } from './normaliseBusinessId';
export { normalisePostalCode } from './normalisePostalCode';
export { normaliseUrl } from './normaliseUrl';
export { normaliseDate, isIsoDate } from './normaliseDate';
export { checkBirthDate, earliestBirthDate } from './checkBirthDate';
export { normaliseCountry, countryCodes, isCountryCode, type CountryCode } from './normaliseCountry';
