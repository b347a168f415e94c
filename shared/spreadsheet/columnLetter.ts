/** Excel's column name for a zero-based column index: 0 → "A", 26 → "AA". */
export const columnLetter = (index: number): string => {
  let name = '';
  let rest = index + 1;
  while (rest > 0) {
    const remainder = (rest - 1) % 26;
    name = String.fromCharCode(65 + remainder) + name;
    rest = Math.floor((rest - 1) / 26);
  }
  return name;
};

/** "D17" for zero-based column 3 and sheet row 17. */
export const cellReference = (columnIndex: number, rowNumber: number): string =>
  `${columnLetter(columnIndex)}${rowNumber}`;
