import { maxSpreadsheetBytes, type SpreadsheetFileError } from './sheetTypes';

export type SpreadsheetFormat = 'xlsx' | 'csv';

/** The most a workbook may unpack to; an honest 200 000-row sheet is far below this. */
export const maxUncompressedBytes = 512 * 1024 * 1024;
const maxZipEntries = 10_000;

const readUint16 = (bytes: Uint8Array, offset: number) => bytes[offset]! | (bytes[offset + 1]! << 8);
const readUint32 = (bytes: Uint8Array, offset: number) =>
  readUint16(bytes, offset) + readUint16(bytes, offset + 2) * 0x10000;

/**
 * Sums the uncompressed sizes a zip's central directory declares, without unpacking anything. A parser
 * that trusted the file would find out by running out of memory (a zip bomb).
 */
export const inspectZip = (
  bytes: Uint8Array,
): { isValid: boolean; entries: number; uncompressedBytes: number; names: string[] } => {
  const invalid = { isValid: false, entries: 0, uncompressedBytes: 0, names: [] };
  const names: string[] = [];
  // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
  let end = -1;
  for (let offset = bytes.length - 22; offset >= Math.max(0, bytes.length - 65_557); offset -= 1) {
    if (readUint32(bytes, offset) === 0x06054b50) {
      end = offset;
      break;
    }
  }
  if (end < 0) return invalid;
  const entries = readUint16(bytes, end + 10);
  const directoryOffset = readUint32(bytes, end + 16);
  let offset = directoryOffset;
  let uncompressedBytes = 0;
  for (let index = 0; index < entries; index += 1) {
    if (offset + 46 > bytes.length || readUint32(bytes, offset) !== 0x02014b50) return invalid;
    uncompressedBytes += readUint32(bytes, offset + 24);
    const nameLength = readUint16(bytes, offset + 28);
    if (names.length < 100)
      names.push(String.fromCharCode(...bytes.subarray(offset + 46, offset + 46 + nameLength)));
    offset +=
      46 + readUint16(bytes, offset + 28) + readUint16(bytes, offset + 30) + readUint16(bytes, offset + 32);
  }
  return { isValid: true, entries, uncompressedBytes, names };
};

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.every((byte, index) => bytes[index] === byte);

/**
 * Decides what a chosen file is from its bytes, not its name: an xlsx is a zip, an encrypted xlsx (and a
 * legacy .xls) is an OLE compound file, a CSV is text without NUL bytes. Returns the refusal otherwise.
 */
export const inspectSpreadsheetBytes = (
  bytes: Uint8Array,
): { format: SpreadsheetFormat } | { error: SpreadsheetFileError } => {
  if (bytes.length > maxSpreadsheetBytes) return { error: 'fileTooLarge' };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { error: 'encrypted' };
  if (startsWith(bytes, [0x50, 0x4b])) {
    const zip = inspectZip(bytes);
    if (!zip.isValid) return { error: 'corruptZip' };
    if (zip.entries > maxZipEntries || zip.uncompressedBytes > maxUncompressedBytes)
      return { error: 'zipBomb' };
    // A zip that is no workbook: a .docx, an .ods, an archive renamed to .xlsx.
    if (!zip.names.includes('xl/workbook.xml')) return { error: 'notSpreadsheet' };
    return { format: 'xlsx' };
  }
  if (bytes.length === 0) return { error: 'emptySheet' };
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0) || startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return { error: 'notSpreadsheet' };
  return { format: 'csv' };
};
