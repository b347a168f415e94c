import type ExcelJS from 'exceljs';

/** exceljs is about a megabyte; it is loaded on the first import or export, not with the app. */
export const loadExcelJs = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;
