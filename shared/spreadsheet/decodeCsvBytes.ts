// shared/ compiles without the DOM lib; TextDecoder exists in every runtime we target (browser, Node, workers).
declare const TextDecoder: new (
  label: string,
  options?: { fatal?: boolean },
) => { decode: (bytes: Uint8Array) => string };

export type CsvEncoding = 'utf-8-bom' | 'utf-8' | 'windows-1252';

/**
 * Detects the encoding of a CSV file the way coordinators' files come: UTF-8 with a BOM (Excel's
 * "CSV UTF-8"), plain UTF-8 (LibreOffice, web tools), or Windows-1252 (Excel's plain "CSV" on a Finnish
 * or Swedish Windows). A file that is not valid UTF-8 is read as Windows-1252, which accepts every byte.
 */
export const detectCsvEncoding = (bytes: Uint8Array): CsvEncoding => {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8-bom';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
};

export const decodeCsvBytes = (bytes: Uint8Array): { text: string; encoding: CsvEncoding } => {
  const encoding = detectCsvEncoding(bytes);
  if (encoding === 'utf-8-bom') return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding };
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
};
