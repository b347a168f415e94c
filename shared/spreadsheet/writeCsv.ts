import type { CsvDelimiter } from './parseCsv';
import { neutraliseCell } from './neutraliseCell';

declare const TextEncoder: new () => { encode: (text: string) => Uint8Array };

const quote = (text: string, delimiter: string): string =>
  /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text;

/** CSV for mailing services: UTF-8 with a BOM (so Excel reads ä and å), CRLF lines, every cell neutralised. */
export const writeCsv = (
  rows: readonly (readonly string[])[],
  delimiter: Exclude<CsvDelimiter, '\t'>,
): Uint8Array => {
  const text = rows
    .map((row) => row.map((cell) => quote(neutraliseCell(cell), delimiter)).join(delimiter))
    .join('\r\n');
  const body = new TextEncoder().encode(`${text}\r\n`);
  const bytes = new Uint8Array(body.length + 3);
  bytes.set([0xef, 0xbb, 0xbf]);
  bytes.set(body, 3);
  return bytes;
};
