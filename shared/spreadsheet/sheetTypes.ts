/**
 * A workbook as the import reads it, independent of the parser: every cell reduced to the value the user
 * sees (formulas to their cached result, rich text to its plain text, dates to ISO dates).
 */
export type SheetCell =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'date'; iso: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'error'; text: string }
  | null;

export type SheetData = {
  name: string;
  /** rows[0] is sheet row 1; rows[r][c] is the cell in column c + 1. */
  rows: SheetCell[][];
  hiddenRows: readonly number[];
  hiddenColumns: readonly number[];
};

export type WorkbookData = { fileName: string; sheets: SheetData[] };

/** Why a file cannot be imported; each code has a text under spreadsheet.fileErrors. */
export const spreadsheetFileErrors = [
  'notSpreadsheet',
  'corruptZip',
  'zipBomb',
  'encrypted',
  'emptySheet',
  'noDataRows',
  'tooManyRows',
  'fileTooLarge',
] as const;

export type SpreadsheetFileError = (typeof spreadsheetFileErrors)[number];

export class SpreadsheetFileProblem extends Error {
  constructor(readonly code: SpreadsheetFileError) {
    super(`Spreadsheet refused: ${code}`);
  }
}

/** Stated in the UI: the most data rows one import handles. */
export const maxImportRows = 200_000;
/** Files larger than this are refused before parsing. */
export const maxSpreadsheetBytes = 100 * 1024 * 1024;
