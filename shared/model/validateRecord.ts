import type { FieldResult, ValidationCode } from '../validation/fieldResult';
import {
  checkBirthDate,
  normaliseBusinessId,
  normaliseCountry,
  normaliseDate,
  normaliseEmail,
  normalisePhone,
  normalisePostalCode,
  normaliseUrl,
} from '../validation';
import type { FieldDefinition, RecordDefinition } from './fieldDefinition';
import { maxListItems } from './fieldDefinition';
import { educationTextLimits, maxEducationYearAhead, minEducationYear } from './alumniProfile';
import { addressKinds, emailKinds, linkKinds, phoneKinds } from './contactEntries';

export type FieldIssue = { path: string; code: ValidationCode; params?: Record<string, string | number> };

export type ValidationContext = {
  /** Today as yyyy-mm-dd, injected so validation stays pure and testable. */
  today: string;
  /** Category keys a record may carry (enabled or not: disabling a category must not invalidate old records). */
  knownCategories: readonly string[];
  defaultCountry?: string;
};

export type ValidationOutcome<T> = { isValid: boolean; record: T; issues: FieldIssue[] };

type Issues = FieldIssue[];

const asText = (value: unknown): string =>
  typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

const asObject = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

const pickKind = <K extends string>(value: unknown, kinds: readonly K[]): K =>
  kinds.includes(value as K) ? (value as K) : kinds[0]!;

/** Applies a normaliser to a non-empty value and records its issue at `path`. */
const normaliseInto = (
  value: string,
  path: string,
  issues: Issues,
  normalise: (v: string) => FieldResult<string>,
) => {
  if (value === '') return '';
  const result = normalise(value);
  if (result.isValid) return result.value;
  issues.push({ path, code: result.code, ...(result.params ? { params: result.params } : {}) });
  return value;
};

const checkLength = (value: string, maxLength: number, path: string, issues: Issues) => {
  if (value.length > maxLength) issues.push({ path, code: 'tooLong', params: { max: maxLength } });
};

/** Entries whose every value is blank are dropped; issues keep the index the user sees. */
const normaliseEntries = <E>(
  raw: unknown,
  path: string,
  issues: Issues,
  valueKeys: readonly string[],
  build: (entry: Record<string, unknown>, entryPath: string) => E,
): E[] => {
  const entries = asArray(raw);
  if (entries.length > maxListItems) issues.push({ path, code: 'tooMany', params: { max: maxListItems } });
  const kept: E[] = [];
  entries.forEach((item, index) => {
    const entry = asObject(item);
    if (valueKeys.every((key) => asText(entry[key]) === '')) return;
    kept.push(build(entry, `${path}.${index}`));
  });
  return kept;
};

/** Decimal commas and thousand spaces as Finns type them ("1 234,50"); empty is null, not 0. */
export const parseNumberInput = (raw: unknown): number | null | 'invalid' => {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : 'invalid';
  if (typeof raw !== 'string') return 'invalid';
  const compact = raw
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/^\u2212/, '-')
    .replace(',', '.');
  if (compact === '') return null;
  return /^-?\d+(\.\d+)?$/.test(compact) ? Number(compact) : 'invalid';
};

const normaliseNumber = (
  raw: unknown,
  path: string,
  field: { min: number; max: number; isInteger?: boolean; isRequired?: boolean },
  issues: Issues,
): number | null => {
  const value = parseNumberInput(raw);
  if (value === null) {
    if (field.isRequired) issues.push({ path, code: 'required' });
    return null;
  }
  if (value === 'invalid') {
    issues.push({ path, code: 'invalidNumber' });
    return null;
  }
  if (field.isInteger && !Number.isInteger(value)) issues.push({ path, code: 'notWholeNumber' });
  else if (value < field.min) issues.push({ path, code: 'numberTooSmall', params: { min: field.min } });
  else if (value > field.max) issues.push({ path, code: 'numberTooLarge', params: { max: field.max } });
  return value;
};

/** A 4-digit year between 1900 and ten years from today; a number cell from an import is accepted too. */
const normaliseYear = (raw: unknown, path: string, issues: Issues, today: string): string => {
  const value = asText(raw);
  if (value === '') return '';
  const maxYear = Number(today.slice(0, 4)) + maxEducationYearAhead;
  if (!/^\d{4}$/.test(value) || Number(value) < minEducationYear || Number(value) > maxYear) {
    issues.push({ path, code: 'notAllowed' });
  }
  return value;
};

const normaliseField = (
  name: string,
  field: FieldDefinition,
  raw: unknown,
  issues: Issues,
  context: ValidationContext,
): unknown => {
  const defaultCountry = context.defaultCountry ?? 'FI';
  const requireText = (value: string) => {
    if (field.isRequired && value === '') issues.push({ path: name, code: 'required' });
    return value;
  };
  switch (field.kind) {
    case 'id':
    case 'unit':
    case 'reference':
    case 'status':
      return requireText(asText(raw));
    case 'timestamp':
      return typeof raw === 'number' && Number.isFinite(raw) ? Math.round(raw) : 0;
    case 'flag':
      return raw === true;
    case 'number':
      return normaliseNumber(raw, name, field, issues);
    case 'text':
    case 'longText': {
      const value = requireText(field.kind === 'text' ? asText(raw).replace(/\s+/g, ' ') : asText(raw));
      checkLength(value, field.maxLength, name, issues);
      return value;
    }
    case 'date': {
      const value = requireText(asText(raw));
      const issueCount = issues.length;
      const iso = normaliseInto(value, name, issues, normaliseDate);
      if (field.isBirthDate && iso !== '' && issues.length === issueCount) {
        const check = checkBirthDate(iso, context.today);
        if (!check.isValid)
          issues.push({ path: name, code: check.code, ...(check.params ? { params: check.params } : {}) });
      }
      return iso;
    }
    case 'choice': {
      const value = requireText(asText(raw));
      if (!field.options.includes(value)) issues.push({ path: name, code: 'notAllowed' });
      return value;
    }
    case 'businessId':
      return normaliseInto(requireText(asText(raw)), name, issues, normaliseBusinessId);
    case 'country':
      return normaliseInto(requireText(asText(raw)).toUpperCase(), name, issues, normaliseCountry);
    case 'categories': {
      const values = [
        ...new Set(
          asArray(raw)
            .map(asText)
            .filter((v) => v !== ''),
        ),
      ];
      values.forEach((value) => {
        if (!context.knownCategories.includes(value)) issues.push({ path: name, code: 'notAllowed' });
      });
      return values;
    }
    case 'textList': {
      const values = [
        ...new Set(
          asArray(raw)
            .map((v) => asText(v).replace(/\s+/g, ' '))
            .filter((v) => v !== ''),
        ),
      ];
      if (values.length > field.maxItems)
        issues.push({ path: name, code: 'tooMany', params: { max: field.maxItems } });
      values.forEach((value) => checkLength(value, field.maxLength, name, issues));
      return values;
    }
    case 'choiceList': {
      const chosen = new Set(asArray(raw).map(asText));
      chosen.delete('');
      if ([...chosen].some((value) => !field.options.includes(value)))
        issues.push({ path: name, code: 'notAllowed' });
      return field.options.filter((option) => chosen.has(option));
    }
    case 'educations':
      return normaliseEntries(
        raw,
        name,
        issues,
        ['institution', 'programme', 'startYear', 'degree', 'graduationYear'],
        (entry, path) => {
          const text = (key: keyof typeof educationTextLimits) => {
            const value = asText(entry[key]).replace(/\s+/g, ' ');
            checkLength(value, educationTextLimits[key], `${path}.${key}`, issues);
            return value;
          };
          const startYear = normaliseYear(entry.startYear, `${path}.startYear`, issues, context.today);
          const graduationYear = normaliseYear(
            entry.graduationYear,
            `${path}.graduationYear`,
            issues,
            context.today,
          );
          if (/^\d{4}$/.test(startYear) && /^\d{4}$/.test(graduationYear) && graduationYear < startYear)
            issues.push({ path: `${path}.graduationYear`, code: 'endBeforeStart' });
          return {
            institution: text('institution'),
            programme: text('programme'),
            startYear,
            degree: text('degree'),
            graduationYear,
          };
        },
      );
    case 'emails':
      return normaliseEntries(raw, name, issues, ['address'], (entry, path) => ({
        kind: pickKind(entry.kind, emailKinds),
        address: normaliseInto(asText(entry.address), `${path}.address`, issues, normaliseEmail),
      }));
    case 'phones':
      return normaliseEntries(raw, name, issues, ['number'], (entry, path) => ({
        kind: pickKind(entry.kind, phoneKinds),
        number: normaliseInto(asText(entry.number), `${path}.number`, issues, (v) =>
          normalisePhone(v, defaultCountry),
        ),
      }));
    case 'links':
      return normaliseEntries(raw, name, issues, ['url'], (entry, path) => ({
        kind: pickKind(entry.kind, linkKinds),
        url: normaliseInto(asText(entry.url), `${path}.url`, issues, normaliseUrl),
      }));
    case 'addresses':
      return normaliseEntries(raw, name, issues, ['street', 'postalCode', 'city'], (entry, path) => {
        const country =
          normaliseInto(asText(entry.country).toUpperCase(), `${path}.country`, issues, normaliseCountry) ||
          defaultCountry;
        const street = asText(entry.street).replace(/\s+/g, ' ');
        const city = asText(entry.city).replace(/\s+/g, ' ');
        checkLength(street, 200, `${path}.street`, issues);
        checkLength(city, 100, `${path}.city`, issues);
        return {
          kind: pickKind(entry.kind, addressKinds),
          street,
          postalCode: normaliseInto(asText(entry.postalCode), `${path}.postalCode`, issues, (v) =>
            normalisePostalCode(v, country),
          ),
          city,
          country,
        };
      });
  }
};

/**
 * Normalises and validates a record against its definition. Every entry point
 * (form, import, server) goes through here so they agree on what is valid.
 */
export const validateRecord = <T>(
  definition: RecordDefinition<T>,
  input: Partial<Record<keyof T, unknown>>,
  context: ValidationContext,
): ValidationOutcome<T> => {
  const issues: Issues = [];
  const record: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(definition.fields) as [string, FieldDefinition][]) {
    record[name] = normaliseField(name, field, (input as Record<string, unknown>)[name], issues, context);
  }
  // Periods (affiliations, later events) share the rule that an end cannot precede its start.
  const start = record.startDate;
  const end = record.endDate;
  if (typeof start === 'string' && typeof end === 'string' && start !== '' && end !== '' && end < start) {
    issues.push({ path: 'endDate', code: 'endBeforeStart' });
  }
  return { isValid: issues.length === 0, record: record as T, issues };
};
