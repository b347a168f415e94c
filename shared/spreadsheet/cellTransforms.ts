import { foldText } from '../search/foldText';
import type { SheetCell } from './sheetTypes';

export type NameOrder = 'firstLast' | 'lastFirst';

/**
 * Excel counts 1900-01-01 as day 1 and, copying Lotus 1-2-3, believes 1900 was a leap year: serial 60 is
 * the non-existent 29.2.1900, and from serial 61 on the days count from 1899-12-30.
 */
const excelEpochMs = Date.UTC(1899, 11, 30);
const dayMs = 86_400_000;

/** An Excel serial day number as ISO date, or null when it is not a plausible date (1900–9999). */
export const excelSerialToIso = (serial: number): string | null => {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  const day = Math.floor(serial);
  if (day === 60) return null;
  return new Date(excelEpochMs + (day < 60 ? day + 1 : day) * dayMs).toISOString().slice(0, 10);
};

export const isoToExcelSerial = (iso: string): number =>
  (Date.parse(`${iso}T00:00:00Z`) - excelEpochMs) / dayMs;

// Undoes our own export's neutralising quote ("'=SUM" was "=SUM"), so a round trip is unchanged.
const unneutralise = (text: string): string => (/^'[=+\-@\t\r\n]/.test(text) ? text.slice(1) : text);

/** The text a cell shows; numbers without exponent or grouping, so 401234567 stays digits. */
export const cellText = (cell: SheetCell): string => {
  if (cell === null) return '';
  switch (cell.kind) {
    case 'text':
      return unneutralise(cell.text.trim());
    case 'number':
      return Number.isInteger(cell.value) ? cell.value.toFixed(0) : String(cell.value);
    case 'date':
      return cell.iso;
    case 'boolean':
      return cell.value ? 'X' : '';
    case 'error':
      return '';
  }
};

/** A date column accepts real date cells, Excel serials stored as numbers, and d.m.yyyy or ISO text. */
export const cellDate = (cell: SheetCell): string => {
  if (cell?.kind === 'number') return excelSerialToIso(cell.value) ?? String(cell.value);
  return cellText(cell).replace(/\s+\d{1,2}:\d{2}(:\d{2})?$/, '');
};

/**
 * Repairs what forms and old systems do to addresses: surrounding spaces, upper case and "name at
 * domain" written to avoid spam harvesting. Returns whether it had to repair, so the preview can say so.
 */
export const repairEmail = (text: string): { value: string; isRepaired: boolean } => {
  const trimmed = text.trim();
  const value = trimmed.replace(/\s+(?:at|\(at\)|\[at\])\s+/i, '@').replace(/\s+/g, '');
  return { value, isRepaired: value !== trimmed && value.includes('@') && !trimmed.includes('@') };
};

/** Finnish postal codes stored as numbers lost their leading zeros: 100 was "00100". */
export const restorePostalCode = (cell: SheetCell): { value: string; isRestored: boolean } => {
  const text = cellText(cell);
  if (cell?.kind === 'number' && /^\d{1,4}$/.test(text))
    return { value: text.padStart(5, '0'), isRestored: true };
  return { value: text, isRestored: false };
};

/** Splits "Virtanen Anna-Kaisa" (lastFirst) or "Anna-Kaisa Virtanen"; a single word becomes the last name. */
export const splitFullName = (text: string, order: NameOrder): { firstNames: string; lastName: string } => {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { firstNames: '', lastName: '' };
  if (words.length === 1) return { firstNames: '', lastName: words[0]! };
  if (text.includes(',')) {
    const [last, first] = text.split(',', 2).map((part) => part.trim());
    return { firstNames: first ?? '', lastName: last ?? '' };
  }
  return order === 'lastFirst'
    ? { lastName: words[0]!, firstNames: words.slice(1).join(' ') }
    : { firstNames: words.slice(0, -1).join(' '), lastName: words[words.length - 1]! };
};

/** A checkbox-like answer ("X", "kyllä", "ja", "yes", TRUE) counts as marked. */
export const isMarked = (cell: SheetCell): boolean => {
  if (cell?.kind === 'boolean') return cell.value;
  const text = cellText(cell).toLowerCase();
  return text !== '' && !['0', 'ei', 'nej', 'no', 'false', '-'].includes(text);
};

const sectorValues: Record<string, 'private' | 'public' | 'thirdSector' | 'education'> = {
  yksityinen: 'private',
  'yksityinen sektori': 'private',
  privat: 'private',
  'privat sektor': 'private',
  private: 'private',
  julkinen: 'public',
  'julkinen sektori': 'public',
  offentlig: 'public',
  'offentlig sektor': 'public',
  public: 'public',
  'kolmas sektori': 'thirdSector',
  'tredje sektorn': 'thirdSector',
  'third sector': 'thirdSector',
  jarjesto: 'thirdSector',
  koulutus: 'education',
  utbildning: 'education',
  education: 'education',
};

/** Maps a sector written in fi/sv/en, as our key, or as one of `labels` (folded label → key); null when unknown. */
export const mapSector = (text: string, labels: Record<string, string> = {}): string | null => {
  const key = foldText(text.trim());
  if (key === '') return '';
  if (key.replace(/\s/g, '') === 'thirdsector') return 'thirdSector';
  return sectorValues[key] ?? labels[key] ?? null;
};
