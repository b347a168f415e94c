export type CsvDelimiter = ';' | ',' | '\t';

const candidates: readonly CsvDelimiter[] = [';', ',', '\t'];

/** Splits into records honouring quotes; quoted fields may hold delimiters, quotes ("") and line breaks. */
export const parseCsv = (text: string, delimiter: CsvDelimiter): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let isQuoted = false;
  let index = 0;
  while (index < text.length) {
    const character = text[index]!;
    if (isQuoted) {
      if (character === '"') {
        if (text[index + 1] === '"') {
          field += '"';
          index += 2;
          continue;
        }
        isQuoted = false;
      } else field += character;
      index += 1;
      continue;
    }
    if (character === '"' && field === '') isQuoted = true;
    else if (character === delimiter) {
      row.push(field);
      field = '';
    } else if (character === '\n' || character === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (character === '\r' && text[index + 1] === '\n') index += 1;
    } else field += character;
    index += 1;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
};

/**
 * Picks the delimiter that splits the first lines into the same, largest number of fields.
 * Finnish and Swedish Excel writes ";" because "," is the decimal separator there.
 */
export const detectCsvDelimiter = (text: string): CsvDelimiter => {
  const sample = text.slice(0, 64 * 1024);
  let best: { delimiter: CsvDelimiter; score: number } = { delimiter: ';', score: -1 };
  for (const delimiter of candidates) {
    const rows = parseCsv(sample, delimiter)
      .slice(0, 20)
      .filter((row) => row.some((field) => field.trim() !== ''));
    if (rows.length === 0) continue;
    const widths = rows.map((row) => row.length);
    const first = widths[0]!;
    const consistent = widths.filter((width) => width === first).length / widths.length;
    const score = first > 1 ? first * consistent : 0;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
};
