import { foldText } from './foldText';

/**
 * A key that orders names as Finnish and Swedish readers expect (å, ä, ö after z)
 * and that compares with plain `<`, which is an order of magnitude faster than
 * Intl.Collator when sorting 100 000 rows.
 */
export const sortKey = (text: string): string =>
  foldText(text.toLowerCase().replace(/å/g, '{').replace(/[äæ]/g, '|').replace(/[öø]/g, '}')).trim();

export const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
