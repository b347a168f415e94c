import { foldText } from '../search/foldText';
import { cellText } from './cellTransforms';
import type { SheetCell } from './sheetTypes';

/** A category the import may assign: its key and every name it goes by (labels in fi/sv/en, the key). */
export type CategoryChoice = { key: string; names: readonly string[] };

/** The choice for a value the user does not want as a category; '' means not mapped yet (a warning). */
export const ignoredCategoryValue = '-ignore';

/** Folded value → category key, `ignoredCategoryValue`, or '' (not mapped). */
export type CategoryValueMap = Record<string, string>;

export type DistinctCategoryValue = { folded: string; text: string; count: number };

export const foldCategoryValue = (text: string): string => foldText(text.trim()).replace(/\s+/g, ' ');

/** A cell may hold several categories: "Alumni; Asiakas, Lahjoittaja". */
export const splitCategoryValues = (text: string): string[] =>
  text
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');

/** The distinct values of one column in the order first seen, with the spelling first seen. */
export const distinctCategoryValues = (
  rows: readonly (readonly SheetCell[])[],
  column: number,
): DistinctCategoryValue[] => {
  const byFolded = new Map<string, DistinctCategoryValue>();
  for (const row of rows)
    for (const text of splitCategoryValues(cellText(row[column] ?? null))) {
      const folded = foldCategoryValue(text);
      const current = byFolded.get(folded);
      if (current) current.count += 1;
      else byFolded.set(folded, { folded, text, count: 1 });
    }
  return [...byFolded.values()];
};

// Simple plural endings: en -s/-es, fi -t ("alumnit"), sv -er/-ar/-or/-na ("kunder", "alumnerna").
const pluralEndings = ['erna', 'arna', 'orna', 'es', 'er', 'ar', 'or', 'na', 's', 't'];

/** The folded word and its forms without a plural ending, so "Customers" meets "customer". */
const stems = (folded: string): Set<string> => {
  const forms = new Set([folded]);
  for (const ending of pluralEndings)
    if (folded.length - ending.length >= 3 && folded.endsWith(ending))
      forms.add(folded.slice(0, -ending.length));
  return forms;
};

const isSameWord = (a: string, b: string): boolean => {
  const stemsOfB = stems(b);
  return [...stems(a)].some((form) => stemsOfB.has(form));
};

/** The category whose key or label (any language) the value names, or '' when none does. */
export const suggestCategoryKey = (folded: string, choices: readonly CategoryChoice[]): string => {
  const exact = choices.find((choice) =>
    [choice.key, ...choice.names].some((name) => foldCategoryValue(name) === folded),
  );
  if (exact) return exact.key;
  return (
    choices.find((choice) =>
      [choice.key, ...choice.names].some((name) => isSameWord(foldCategoryValue(name), folded)),
    )?.key ?? ''
  );
};

/** A suggestion for every value of the column; values the user already mapped keep their choice. */
export const suggestCategoryValueMap = (
  values: readonly DistinctCategoryValue[],
  choices: readonly CategoryChoice[],
  current: CategoryValueMap = {},
): CategoryValueMap =>
  Object.fromEntries(
    values.map(({ folded }) => [folded, current[folded] ?? suggestCategoryKey(folded, choices)]),
  );

const markTexts = new Set(['x', '✓', '✔', '☑', '1', 'kylla', 'ja', 'yes', 'true', 'k', 'y']);

/** A mark column counts a cell as ticked only for a real mark, so "ei"/"no"/free text never adds a category. */
export const isCategoryMark = (cell: SheetCell): boolean => {
  if (cell?.kind === 'boolean') return cell.value;
  return markTexts.has(foldCategoryValue(cellText(cell)));
};

export type CategoryCellResult = { keys: string[]; unmapped: string[] };

/** The category keys one cell gives: mapped values become keys, ignored ones vanish, unknown ones are reported. */
export const categoriesOfCell = (cell: SheetCell, valueMap: CategoryValueMap): CategoryCellResult => {
  const keys: string[] = [];
  const unmapped: string[] = [];
  for (const text of splitCategoryValues(cellText(cell))) {
    const key = valueMap[foldCategoryValue(text)] ?? '';
    if (key === '') unmapped.push(text);
    else if (key !== ignoredCategoryValue && !keys.includes(key)) keys.push(key);
  }
  return { keys, unmapped };
};
