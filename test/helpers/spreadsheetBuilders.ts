import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';

/** An .xlsx built with exceljs from rows of values; `configure` can add formulas, merges, hidden rows. */
export const buildXlsx = async (
  rows: readonly (readonly ExcelJS.CellValue[])[],
  configure?: (worksheet: ExcelJS.Worksheet) => void,
  sheetName = 'Sheet1',
): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet(sheetName);
  rows.forEach((row) => worksheet.addRow([...row]));
  configure?.(worksheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

type ZipEntry = { name: string; data: Buffer; uncompressedSize: number; crc: number; method: 0 | 8 };

/** A zip written by hand, so a test can make one that no library would: a bomb, a truncated file. */
export const buildZip = (entries: readonly ZipEntry[]): Buffer => {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.uncompressedSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.crc, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.uncompressedSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
};

/**
 * An honest zip bomb: seven worksheets of 100 MB of zeros each, deflated to about 100 kB apiece. Its
 * central directory tells the truth, which is what lets the import refuse it without unpacking.
 */
export const buildZipBomb = (): Buffer => {
  const zeros = Buffer.alloc(100 * 1024 * 1024);
  const data = deflateRawSync(zeros, { level: 9 });
  const crc = crc32(zeros);
  const names = [
    '[Content_Types].xml',
    'xl/workbook.xml',
    ...Array.from({ length: 7 }, (_, i) => `xl/worksheets/sheet${i + 1}.xml`),
  ];
  return buildZip(names.map((name) => ({ name, data, uncompressedSize: zeros.length, crc, method: 8 })));
};

/** The first kilobytes of a real workbook and then nothing: a download cut short. */
export const truncate = (bytes: Buffer, keep = 0.6): Buffer =>
  bytes.subarray(0, Math.floor(bytes.length * keep));

/** What an encrypted (or legacy .xls) workbook starts with: an OLE compound file header. */
export const buildOleFile = (): Buffer => {
  const bytes = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
  bytes.write('EncryptedPackage', 1024, 'utf16le');
  return bytes;
};

/** A CSV with a header and `rows` data lines, as a mailing service would send it. */
export const buildCsv = (rows: number): Buffer => {
  const lines = ['Etunimi;Sukunimi;Sähköposti'];
  for (let index = 0; index < rows; index += 1) lines.push(`Etu${index};Suku${index};h${index}@example.fi`);
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
};
