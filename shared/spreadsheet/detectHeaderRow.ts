import { cellText } from './cellTransforms';
import type { SheetCell } from './sheetTypes';

/**
 * The header is the first of the top rows with the most text cells: exports often start with a title
 * line ("Raportti 1.3.2026") or blank rows above the real header.
 */
export const detectHeaderRow = (rows: readonly (readonly SheetCell[])[]): number => {
  let best = { row: 1, count: 0 };
  rows.slice(0, 20).forEach((row, index) => {
    const count = row.filter((cell) => cell?.kind === 'text' && cellText(cell) !== '').length;
    if (count > best.count) best = { row: index + 1, count };
  });
  return best.row;
};
