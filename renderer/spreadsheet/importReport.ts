import type { ImportIssue } from '../../shared/spreadsheet/buildImportRows';
import { cellText } from '../../shared/spreadsheet/cellTransforms';
import type { WritePlan } from '../../shared/spreadsheet/planImport';
import type { SheetCell, SheetData } from '../../shared/spreadsheet/sheetTypes';
import { writeXlsx, type XlsxValue } from './writeXlsx';

const toValue = (cell: SheetCell): XlsxValue => {
  if (cell === null) return null;
  switch (cell.kind) {
    case 'number':
      return cell.value;
    case 'boolean':
      return cell.value;
    case 'date':
      return cell.iso ? { date: cell.iso } : null;
    default:
      return cellText(cell) || (cell.kind === 'error' ? cell.text : '');
  }
};

/** The original sheet from its header down, with each row's import status and messages added on the right. */
export const buildImportReport = (options: {
  sheet: SheetData;
  headerRow: number;
  outcomes: WritePlan['outcomes'];
  issuesByRow: ReadonlyMap<number, readonly ImportIssue[]>;
  t: (key: string, params?: Record<string, unknown>) => string;
}): Promise<Uint8Array> => {
  const { sheet, headerRow, outcomes, issuesByRow, t } = options;
  const width = Math.max(...sheet.rows.map((row) => row.length), 0);
  const header = [
    ...Array.from({ length: width }, (_, column) => cellText(sheet.rows[headerRow - 1]?.[column] ?? null)),
    t('spreadsheet.reportStatus'),
    t('spreadsheet.reportMessage'),
  ];
  const rows = sheet.rows.slice(headerRow).map((row, index) => {
    const rowNumber = headerRow + 1 + index;
    const outcome = outcomes.get(rowNumber);
    const messages = (issuesByRow.get(rowNumber) ?? []).map(
      (issue) => `${issue.cell}: ${t(issue.key, issue.params)}`,
    );
    return [
      ...Array.from({ length: width }, (_, column) => toValue(row[column] ?? null)),
      outcome ? t(`spreadsheet.outcome.${outcome.status}`) : '',
      messages.join('\n'),
    ];
  });
  return writeXlsx([{ name: sheet.name || 'Report', header, rows }]);
};
