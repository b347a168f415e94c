import ExcelJS from 'exceljs';
import { crc32 as nodeCrc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { writeXlsx } from '../../../../renderer/spreadsheet/writeXlsx';
import { createZip, crc32 } from '../../../../renderer/spreadsheet/zipArchive';

/** Reads a zip by its central directory with Node's own inflate, checking every entry's CRC-32. */
const unzip = (archive: Uint8Array): Map<string, string> => {
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  const end = archive.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const files = new Map<string, string>();
  for (let entry = 0; entry < count; entry += 1) {
    expect(view.getUint32(offset, true)).toBe(0x02014b50);
    const crc = view.getUint32(offset + 16, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const size = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const local = view.getUint32(offset + 42, true);
    const name = new TextDecoder().decode(archive.subarray(offset + 46, offset + 46 + nameLength));
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const bytes = inflateRawSync(archive.subarray(dataStart, dataStart + compressedSize));
    expect(bytes.length).toBe(size);
    expect(nodeCrc32(bytes)).toBe(crc);
    files.set(name, new TextDecoder().decode(bytes));
    offset += 46 + nameLength;
  }
  return files;
};

describe('zip archive', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('writes entries that another inflater reads back byte for byte', async () => {
    const long = 'Mäkinen;Åberg;'.repeat(10_000);
    const files = unzip(
      await createZip([
        { path: 'a.txt', bytes: new TextEncoder().encode('hello') },
        { path: 'dir/ö.xml', bytes: new TextEncoder().encode(long) },
        { path: 'empty', bytes: new Uint8Array(0) },
      ]),
    );
    expect([...files.keys()]).toEqual(['a.txt', 'dir/ö.xml', 'empty']);
    expect(files.get('dir/ö.xml')).toBe(long);
    expect(files.get('empty')).toBe('');
  });
});

describe('writing .xlsx without exceljs', () => {
  const load = async (bytes: Uint8Array) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    return workbook;
  };

  it('keeps text exactly, escapes markup, drops characters XML cannot hold and keeps edge spaces', async () => {
    const bytes = await writeXlsx([
      {
        name: 'People',
        header: ['Name', 'Notes', 'Count', 'Member'],
        rows: [
          ['Anna & <Bo> "quoted"', '  leading and trailing  ', 3, true],
          ['bell\u0007 here', 'line one\nline two', 2.5, false],
          ['Anna & <Bo> "quoted"', null, null, null],
        ],
      },
    ]);
    const sheet = (await load(bytes)).worksheets[0]!;
    expect(sheet.getCell('A2').value).toBe('Anna & <Bo> "quoted"');
    expect(sheet.getCell('B2').value).toBe('  leading and trailing  ');
    expect(sheet.getCell('C2').value).toBe(3);
    expect(sheet.getCell('D2').value).toBe(true);
    expect(sheet.getCell('A3').value).toBe('bell here');
    expect(sheet.getCell('B3').value).toBe('line one\nline two');
    expect(sheet.getCell('C3').value).toBe(2.5);
    expect(sheet.getCell('D3').value).toBe(false);
    expect(sheet.getCell('A4').value).toBe('Anna & <Bo> "quoted"');
    expect(sheet.getCell('B4').value).toBeNull();
    const files = unzip(bytes);
    // Repeated texts are stored once.
    expect(files.get('xl/sharedStrings.xml')!.match(/Anna &amp; &lt;Bo&gt;/g)).toHaveLength(1);
  });

  it('writes several sheets with names Excel accepts', async () => {
    const workbook = await load(
      await writeXlsx([
        { name: 'Events: 2026/spring', header: ['A'], rows: [['x']] },
        { name: 'events: 2026/spring', header: ['B'], rows: [] },
        { name: '', header: [], rows: [] },
      ]),
    );
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Events  2026 spring',
      'events  2026 spring (2)',
      'Sheet3',
    ]);
    expect(workbook.worksheets[1]!.getCell('A1').value).toBe('B');
  });
});
