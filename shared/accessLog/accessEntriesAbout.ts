import type { AccessEntry } from '../model/accessEntryDefinition';

type AccessEntryFacts = Pick<AccessEntry, 'personId' | 'personIds' | 'at'>;

/** The entries that concern one person, newest first: single-person ones and bulk ones listing them. */
export const accessEntriesAbout = <T extends AccessEntryFacts>(
  personId: string,
  entries: Iterable<T>,
): T[] => {
  const about: T[] = [];
  for (const entry of entries)
    if (entry.personId === personId || entry.personIds.includes(personId)) about.push(entry);
  return about.sort((a, b) => b.at - a.at);
};

/**
 * Opening the same person again within this span is one viewing: the log answers "who has looked at
 * this", and a re-render or a quick back-and-forth would otherwise bury the answer in repeats.
 */
export const repeatViewWindowMs = 10 * 60 * 1000;

export const isRepeatView = (lastViewedAt: number | undefined, now: number): boolean =>
  lastViewedAt !== undefined && now - lastViewedAt < repeatViewWindowMs;

/** The people of a bulk access in chunks of at most `size`, so no entry grows past a sync request. */
export const chunksOf = <T>(items: readonly T[], size: number): T[][] => {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
};

/**
 * Access entries are kept two years: long enough to answer a data subject's access request about the
 * previous reporting year in full, short enough that the log does not become a register of its own.
 */
export const accessLogRetentionMs = 2 * 365 * 24 * 60 * 60 * 1000;

export const isPastAccessLogRetention = (entry: Pick<AccessEntry, 'at'>, now: number): boolean =>
  now - entry.at > accessLogRetentionMs;
