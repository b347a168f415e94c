import {
  eventDefinition,
  registrationDefinition,
  validateRecord,
  type FieldIssue,
  type KontaktEvent,
  type Registration,
  type ValidationContext,
  type ValidationOutcome,
} from '../model';
import { normaliseInvoiceReference } from './referenceNumber';

/** "9.30", "9:30", "0930" and "14" become "09:30" and "14:00"; anything else is not a time. */
export const normaliseTime = (text: string): string | null => {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const match = /^(\d{1,2})(?:[.:]?(\d{2}))?$/.exec(trimmed);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
};

/** Money limits are stored in cents but read in euros. */
const inEuros = (issue: FieldIssue, moneyFields: readonly string[]): FieldIssue =>
  moneyFields.includes(issue.path) && issue.params
    ? {
        ...issue,
        params: Object.fromEntries(
          Object.entries(issue.params).map(([key, value]) => [
            key,
            typeof value === 'number' ? value / 100 : value,
          ]),
        ),
      }
    : issue;

/**
 * An event through the shared model plus the rules the generic field kinds cannot express: times of day,
 * and an end time that cannot come before the start on the same day.
 */
export const validateEvent = (
  input: Partial<Record<keyof KontaktEvent, unknown>>,
  context: ValidationContext,
): ValidationOutcome<KontaktEvent> => {
  const outcome = validateRecord(eventDefinition, input, context);
  const issues = outcome.issues.map((issue) => inEuros(issue, ['priceCents']));
  const record = { ...outcome.record };
  for (const name of ['startTime', 'endTime'] as const) {
    const time = normaliseTime(record[name]);
    if (time === null) issues.push({ path: name, code: 'invalidTime' });
    else record[name] = time;
  }
  const endDay = record.endDate || record.startDate;
  if (
    endDay === record.startDate &&
    record.startTime !== '' &&
    record.endTime !== '' &&
    !issues.some((issue) => issue.path === 'endTime' || issue.path === 'endDate') &&
    record.endTime < record.startTime
  )
    issues.push({ path: 'endTime', code: 'endBeforeStart' });
  return { isValid: issues.length === 0, record, issues };
};

/** A registration through the shared model plus the invoice reference's check digit. */
export const validateRegistration = (
  input: Partial<Record<keyof Registration, unknown>>,
  context: ValidationContext,
): ValidationOutcome<Registration> => {
  const outcome = validateRecord(registrationDefinition, input, context);
  const issues = outcome.issues.map((issue) => inEuros(issue, ['amountCents']));
  const record = { ...outcome.record };
  const reference = normaliseInvoiceReference(record.invoiceReference);
  if (reference.isValid) record.invoiceReference = reference.value;
  else issues.push({ path: 'invoiceReference', code: reference.code });
  return { isValid: issues.length === 0, record, issues };
};
