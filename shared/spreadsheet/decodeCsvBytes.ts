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

// The 0x80–0x9F range is where Windows-1252 differs from Latin-1 (€, ‚, „, …, š, ž, Ÿ); undefined bytes stay as is.
// Decoded by hand because some runtimes' TextDecoder treat "windows-1252" as plain Latin-1.
const windows1252High =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export const decodeWindows1252 = (bytes: Uint8Array): string => {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    parts.push(
      String.fromCharCode(...chunk).replace(
        /[\u0080-\u009f]/g,
        (c) => windows1252High[c.charCodeAt(0) - 0x80]!,
      ),
    );
  }
  return parts.join('');
};

export const decodeCsvBytes = (bytes: Uint8Array): { text: string; encoding: CsvEncoding } => {
  const encoding = detectCsvEncoding(bytes);
  if (encoding === 'utf-8-bom') return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding };
  if (encoding === 'windows-1252') return { text: decodeWindows1252(bytes), encoding };
  return { text: new TextDecoder('utf-8').decode(bytes), encoding };
};
