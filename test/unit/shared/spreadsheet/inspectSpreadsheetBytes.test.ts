import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectSpreadsheetBytes, inspectZip } from '../../../../shared/spreadsheet/inspectSpreadsheetBytes';
import {
  buildOleFile,
  buildXlsx,
  buildZip,
  buildZipBomb,
  truncate,
} from '../../../helpers/spreadsheetBuilders';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(path.resolve(__dirname, '../../../fixtures/spreadsheets', name)));

describe('inspecting a chosen file', () => {
  it('accepts the sample workbooks and CSV', () => {
    for (const name of ['enrolment-export.xlsx', 'alumni-form.xlsx', 'organisaatiot.xlsx'])
      expect(inspectSpreadsheetBytes(fixture(name)), name).toEqual({ format: 'xlsx' });
    expect(inspectSpreadsheetBytes(fixture('kontakter.csv'))).toEqual({ format: 'csv' });
  });

  it('refuses an OLE file (encrypted workbook or legacy .xls) by its magic bytes', () => {
    expect(inspectSpreadsheetBytes(buildOleFile())).toEqual({ error: 'encrypted' });
  });

  it('refuses a zip bomb by the sizes its central directory declares', () => {
    const bomb = buildZipBomb();
    expect(bomb.length).toBeLessThan(2_000_000);
    expect(inspectZip(bomb).uncompressedBytes).toBeGreaterThan(512 * 1024 * 1024);
    expect(inspectSpreadsheetBytes(bomb)).toEqual({ error: 'zipBomb' });
  });

  it('refuses a truncated workbook, a zip that is no workbook, and binary junk', async () => {
    expect(inspectSpreadsheetBytes(truncate(await buildXlsx([['a']])))).toEqual({ error: 'corruptZip' });
    const docx = buildZip([
      { name: 'word/document.xml', data: Buffer.from('<w/>'), uncompressedSize: 4, crc: 0, method: 0 },
    ]);
    expect(inspectSpreadsheetBytes(docx)).toEqual({ error: 'notSpreadsheet' });
    expect(inspectSpreadsheetBytes(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]))).toEqual({
      error: 'notSpreadsheet',
    });
  });
});
