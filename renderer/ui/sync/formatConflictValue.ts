import { formatPhone } from '../common/formatting';

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

const entryText = (entry: unknown): string => {
  if (typeof entry !== 'object' || entry === null) return String(entry);
  const item = asRecord(entry);
  if (typeof item.address === 'string') return item.address;
  if (typeof item.number === 'string') return formatPhone(item.number);
  if (typeof item.url === 'string') return item.url;
  if (typeof item.street === 'string' || typeof item.city === 'string') {
    return [item.street, [item.postalCode, item.city].filter(Boolean).join(' '), item.country]
      .filter((part) => typeof part === 'string' && part !== '')
      .join(', ');
  }
  return JSON.stringify(entry);
};

/** A conflict value (stored as JSON) as one readable line; lists are shown whole, one item per line. */
export const formatConflictValue = (json: string, yes: string, no: string): string[] => {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return [json];
  }
  if (value === null || value === undefined || value === '') return [];
  if (typeof value === 'boolean') return [value ? yes : no];
  if (Array.isArray(value)) return value.map(entryText);
  return [entryText(value)];
};
