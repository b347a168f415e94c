import type { StatisticResult } from '../../shared/stats/statisticTypes';
import type { XlsxSheet } from '../spreadsheet/writeXlsx';
import { statisticLabelText, type LabelTranslator } from './statisticLabelText';

/** Excel refuses these in a worksheet name, and names longer than 31 characters. */
const sheetNameOf = (title: string): string =>
  title
    .replace(/[*?:\\/[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 31);

/** One statistic as a worksheet: the row label, then one numeric column per series. */
export const statisticSheet = (
  result: StatisticResult,
  title: string,
  rowHeader: string,
  translator: LabelTranslator,
): XlsxSheet => ({
  name: sheetNameOf(title),
  header: [rowHeader, ...result.table.columns.map((column) => statisticLabelText(column, translator))],
  rows: result.table.rows.map((row) => [statisticLabelText(row.label, translator), ...row.values]),
});
