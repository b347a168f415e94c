import type { RetentionUnit } from './retentionSettings';

const pad = (n: number): string => String(n).padStart(2, '0');

/** ISO date `iso` plus a period; a day past the end of the target month clamps to its last day (31.1. + 1 month = 28./29.2.). */
const computePeriodEnd = (iso: string, amount: number, unit: RetentionUnit): string => {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const months = unit === 'years' ? amount * 12 : amount;
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(Math.min(d, lastDay))}`;
};

/** A millisecond timestamp as its ISO day (UTC). */
export const isoDayOf = (timestamp: number): string => new Date(timestamp).toISOString().slice(0, 10);

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;
export const isIsoDate = (value: unknown): value is string =>
  typeof value === 'string' && isoDatePattern.test(value);

/** The later of two ISO days, ignoring missing ones. */
export const laterDay = (a: string | undefined, b: string | undefined): string | undefined =>
  a === undefined ? b : b === undefined ? a : a > b ? a : b;

// A review evaluates the same few thousand distinct days against the same rules 100 000 times over.
const periodEnds = new Map<string, string>();

export const addPeriod = (iso: string, amount: number, unit: RetentionUnit): string => {
  const key = `${iso}|${amount}|${unit}`;
  let end = periodEnds.get(key);
  if (end === undefined) {
    if (periodEnds.size > 100_000) periodEnds.clear();
    end = computePeriodEnd(iso, amount, unit);
    periodEnds.set(key, end);
  }
  return end;
};
