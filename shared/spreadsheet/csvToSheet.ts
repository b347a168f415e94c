import { decodeCsvBytes, type CsvEncoding } from './decodeCsvBytes';
import { detectCsvDelimiter, parseCsv, type CsvDelimiter } from './parseCsv';
import type { SheetData } from './sheetTypes';

/** A CSV file as a one-sheet workbook: every non-empty field is a text cell, as a spreadsheet would show it. */
export const csvToSheet = (
  bytes: Uint8Array,
  name: string,
): { sheet: SheetData; encoding: CsvEncoding; delimiter: CsvDelimiter } => {
  const { text, encoding } = decodeCsvBytes(bytes);
  const delimiter = detectCsvDelimiter(text);
  const rows = parseCsv(text, delimiter).map((row) =>
    row.map((field) => (field === '' ? null : { kind: 'text' as const, text: field })),
  );
  return { sheet: { name, rows, hiddenRows: [], hiddenColumns: [] }, encoding, delimiter };
};
