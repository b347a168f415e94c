import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../../../../renderer/spreadsheet/readSpreadsheet';
import { writeXlsx } from '../../../../renderer/spreadsheet/writeXlsx';
import { SpreadsheetFileProblem } from '../../../../shared/spreadsheet/sheetTypes';
import { buildOleFile, buildXlsx, buildZipBomb } from '../../../helpers/spreadsheetBuilders';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(path.resolve(__dirname, '../../../fixtures/spreadsheets', name)));

describe('reading spreadsheets', () => {
  it('reads the samples from exceljs, LibreOffice and Excel-on-Windows CSV producers', async () => {
    const enrolment = (await readSpreadsheet('enrolment-export.xlsx', fixture('enrolment-export.xlsx')))
      .sheets[0]!;
    expect(enrolment.rows[1]!.slice(0, 3)).toEqual([
      { kind: 'text', text: 'Söderberg Ville' },
      { kind: 'number', value: 401031027 },
      { kind: 'text', text: ' VILLE.SODERBERG at EXAMPLE.FI ' },
    ]);
    expect(enrolment.rows[1]![5]).toEqual({ kind: 'date', iso: '2026-04-19' });
    const organisations = (await readSpreadsheet('organisaatiot.xlsx', fixture('organisaatiot.xlsx')))
      .sheets[0]!;
    expect(organisations.rows[3]![6]).toEqual({ kind: 'number', value: 2320 });
    const csv = (await readSpreadsheet('kontakter.csv', fixture('kontakter.csv'))).sheets[0]!;
    expect(csv.rows[0]![0]).toEqual({ kind: 'text', text: 'Förnamn' });
    expect(csv.rows[1]![8]).toEqual({ kind: 'text', text: 'Åbo' });
  });

  it('uses cached formula results, plain text of rich text, and marks error cells, hidden rows and columns', async () => {
    const bytes = await buildXlsx([['Nimi', 'Puhelin', 'Arvo']], (sheet) => {
      sheet.getCell('A2').value = { richText: [{ text: 'An' }, { font: { italic: true }, text: 'na' }] };
      sheet.getCell('B2').value = { formula: '"040"&"1234567"', result: '0401234567' };
      sheet.getCell('C2').value = { error: '#DIV/0!' };
      sheet.getCell('A3').value = 'Bo';
      sheet.getRow(3).hidden = true;
      sheet.getColumn(3).hidden = true;
    });
    const sheet = (await readSpreadsheet('x.xlsx', new Uint8Array(bytes))).sheets[0]!;
    expect(sheet.rows[1]).toEqual([
      { kind: 'text', text: 'Anna' },
      { kind: 'text', text: '0401234567' },
      { kind: 'error', text: '#DIV/0!' },
    ]);
    expect(sheet.hiddenRows).toEqual([3]);
    expect(sheet.hiddenColumns).toEqual([3]);
  });

  it('refuses encrypted workbooks and zip bombs with their own codes', async () => {
    await expect(readSpreadsheet('a.xlsx', buildOleFile())).rejects.toEqual(
      new SpreadsheetFileProblem('encrypted'),
    );
    await expect(readSpreadsheet('b.xlsx', buildZipBomb())).rejects.toEqual(
      new SpreadsheetFileProblem('zipBomb'),
    );
  });
});

describe('writing .xlsx', () => {
  it('freezes and filters the header, writes real dates and neutralises formulas', async () => {
    const bytes = await writeXlsx([
      {
        name: 'People',
        header: ['Name', 'Born', 'Notes', 'Phone'],
        rows: [['Anna', { date: '1990-02-01' }, '=1+1', '+358401234567']],
      },
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:D2');
    expect(sheet.getCell('B2').value).toEqual(new Date(Date.UTC(1990, 1, 1)));
    expect(sheet.getCell('B2').numFmt).toBe('d.m.yyyy');
    expect(sheet.getCell('C2').value).toBe("'=1+1");
    expect(sheet.getCell('D2').value).toBe('+358401234567');
    expect(sheet.getRow(1).font?.bold).toBe(true);
  });

  it('reads back what it writes', async () => {
    const bytes = await writeXlsx([
      { name: 'S', header: ['A', 'B'], rows: [['-x', { date: '2000-01-01' }]] },
    ]);
    const sheet = (await readSpreadsheet('s.xlsx', bytes)).sheets[0]!;
    expect(sheet.rows[1]).toEqual([
      { kind: 'text', text: "'-x" },
      { kind: 'date', iso: '2000-01-01' },
    ]);
  });
});
