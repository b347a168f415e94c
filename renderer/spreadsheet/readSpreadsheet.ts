import type ExcelJS from 'exceljs';
import { loadExcelJs } from './loadExcelJs';
import { csvToSheet } from '../../shared/spreadsheet/csvToSheet';
import { inspectSpreadsheetBytes } from '../../shared/spreadsheet/inspectSpreadsheetBytes';
import {
  maxImportRows,
  SpreadsheetFileProblem,
  type SheetCell,
  type SheetData,
  type WorkbookData,
} from '../../shared/spreadsheet/sheetTypes';

const isoOf = (date: Date): string => (Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10));

/** Reduces an exceljs value to what the user sees in the cell. */
export const toSheetCell = (value: ExcelJS.CellValue): SheetCell => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : { kind: 'text', text: value };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) return { kind: 'date', iso: isoOf(value) };
  if ('error' in value) return { kind: 'error', text: String(value.error) };
  if ('richText' in value) return { kind: 'text', text: value.richText.map((run) => run.text).join('') };
  // Formulas are never evaluated: the value Excel or LibreOffice cached when saving is used.
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null) return null;
    if (typeof result === 'object' && result !== null && 'error' in result)
      return { kind: 'error', text: String((result as { error: unknown }).error) };
    return toSheetCell(result as ExcelJS.CellValue);
  }
  if ('hyperlink' in value) return toSheetCell((value as { text?: ExcelJS.CellValue }).text ?? null);
  return null;
};

const readWorksheet = (worksheet: ExcelJS.Worksheet): SheetData => {
  if (worksheet.rowCount > maxImportRows + 1) throw new SpreadsheetFileProblem('tooManyRows');
  const rows: SheetCell[][] = [];
  const hiddenRows: number[] = [];
  const columnCount = worksheet.columnCount;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: SheetCell[] = [];
    for (let column = 1; column <= columnCount; column += 1)
      cells.push(toSheetCell(row.getCell(column).value));
    rows[rowNumber - 1] = cells;
    if (row.hidden) hiddenRows.push(rowNumber);
  });
  for (let index = 0; index < rows.length; index += 1) rows[index] ??= [];
  const hiddenColumns: number[] = [];
  for (let column = 1; column <= columnCount; column += 1)
    if (worksheet.getColumn(column).hidden) hiddenColumns.push(column);
  return { name: worksheet.name, rows, hiddenRows, hiddenColumns };
};

/**
 * Reads a chosen file into sheets, or throws SpreadsheetFileProblem with the reason it cannot be
 * imported. The bytes are inspected before any parser sees them (encrypted, zip bomb, not a spreadsheet).
 */
export const readSpreadsheet = async (fileName: string, bytes: Uint8Array): Promise<WorkbookData> => {
  const inspected = inspectSpreadsheetBytes(bytes);
  if ('error' in inspected) throw new SpreadsheetFileProblem(inspected.error);
  if (inspected.format === 'csv') {
    const { sheet } = csvToSheet(bytes, fileName.replace(/\.[^.]*$/, ''));
    if (sheet.rows.length > maxImportRows + 1) throw new SpreadsheetFileProblem('tooManyRows');
    return { fileName, sheets: [sheet] };
  }
  const workbook = new (await loadExcelJs()).Workbook();
  try {
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch {
    throw new SpreadsheetFileProblem('corruptZip');
  }
  const sheets = workbook.worksheets
    .filter((worksheet) => worksheet.state !== 'veryHidden')
    .map(readWorksheet);
  if (sheets.length === 0) throw new SpreadsheetFileProblem('emptySheet');
  return { fileName, sheets };
};
