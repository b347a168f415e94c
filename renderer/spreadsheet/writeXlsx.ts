import type ExcelJS from 'exceljs';
import { loadExcelJs } from './loadExcelJs';
import { neutraliseCell } from '../../shared/spreadsheet/neutraliseCell';

/** A value to write: text, a number, or an ISO date that becomes a real Excel date. */
export type XlsxValue = string | number | boolean | { date: string } | null;

export type XlsxSheet = { name: string; header: readonly string[]; rows: readonly (readonly XlsxValue[])[] };

const toCellValue = (value: XlsxValue): ExcelJS.CellValue => {
  if (value === null || value === '') return null;
  if (typeof value === 'string') return neutraliseCell(value);
  if (typeof value === 'object') {
    const [year, month, day] = value.date.split('-').map(Number);
    return new Date(Date.UTC(year!, month! - 1, day!));
  }
  return value;
};

const widthOf = (value: XlsxValue): number =>
  value === null ? 0 : typeof value === 'object' ? 10 : String(value).split('\n')[0]!.length;

/**
 * Writes sheets the way a coordinator wants to open them: bold frozen header row, an autofilter over
 * the data, widths from the content (sampled, capped), real dates shown as d.m.yyyy, and every text
 * cell neutralised against formula injection.
 */
export const writeXlsx = async (sheets: readonly XlsxSheet[]): Promise<Uint8Array> => {
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = 'Kontakt';
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name.slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    worksheet.addRow(sheet.header.map((header) => neutraliseCell(header)));
    worksheet.getRow(1).font = { bold: true };
    const isDateColumn = sheet.header.map(() => false);
    for (const row of sheet.rows) {
      worksheet.addRow(row.map(toCellValue));
      row.forEach((value, column) => {
        if (value !== null && typeof value === 'object') isDateColumn[column] = true;
      });
    }
    sheet.header.forEach((header, column) => {
      const sample = sheet.rows.slice(0, 2000).map((row) => widthOf(row[column] ?? null));
      const width = Math.max(header.length, ...sample, 6) + 2;
      const target = worksheet.getColumn(column + 1);
      target.width = Math.min(width, 50);
      if (isDateColumn[column]) target.numFmt = 'd.m.yyyy';
    });
    if (sheet.header.length > 0)
      worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.header.length } };
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
};
