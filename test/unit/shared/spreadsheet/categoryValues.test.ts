import { describe, expect, it } from 'vitest';
import { buildImportRows } from '../../../../shared/spreadsheet/buildImportRows';
import {
  categoriesOfCell,
  distinctCategoryValues,
  ignoredCategoryValue,
  isCategoryMark,
  suggestCategoryKey,
  suggestCategoryValueMap,
  type CategoryChoice,
} from '../../../../shared/spreadsheet/categoryValues';
import { applyTemplateSettings } from '../../../../shared/spreadsheet/applyTemplateSettings';
import { assignTarget } from '../../../../shared/spreadsheet/importFields';
import type { SheetCell } from '../../../../shared/spreadsheet/sheetTypes';

const text = (value: string): SheetCell => (value === '' ? null : { kind: 'text', text: value });
const choices: CategoryChoice[] = [
  { key: 'alumnus', names: ['Alumni', 'Alumn', 'Alumnus'] },
  { key: 'customer', names: ['Asiakas', 'Kund', 'Customer'] },
  { key: 'donor', names: ['Lahjoittaja', 'Donator', 'Donor'] },
  { key: 'custom-mentors', names: ['Mentori'] },
];

describe('category values', () => {
  it('lists the distinct values of a column, split on , and ; and folded', () => {
    const rows = [[text('Alumni; Asiakas')], [text(' alumni , KUND')], [null], [text('Asiakas')]];
    expect(distinctCategoryValues(rows, 0)).toEqual([
      { folded: 'alumni', text: 'Alumni', count: 2 },
      { folded: 'asiakas', text: 'Asiakas', count: 2 },
      { folded: 'kund', text: 'KUND', count: 1 },
    ]);
  });

  it('suggests by label in any language, by key, and tolerates simple plurals', () => {
    expect(suggestCategoryKey('kund', choices)).toBe('customer');
    expect(suggestCategoryKey('alumnus', choices)).toBe('alumnus');
    expect(suggestCategoryKey('customers', choices)).toBe('customer');
    expect(suggestCategoryKey('asiakkaat', choices)).toBe('');
    expect(suggestCategoryKey('kunder', choices)).toBe('customer');
    expect(suggestCategoryKey('mentorit', choices)).toBe('custom-mentors');
    expect(suggestCategoryKey('hallitus', choices)).toBe('');
  });

  it('keeps choices the user made and fills the rest with suggestions', () => {
    const values = distinctCategoryValues([[text('Alumni, Hallitus, Donors')]], 0);
    expect(suggestCategoryValueMap(values, choices, { alumni: 'donor' })).toEqual({
      alumni: 'donor',
      hallitus: '',
      donors: 'donor',
    });
  });

  it('turns a cell into keys; ignored values vanish and unmapped ones are reported', () => {
    const map = { alumni: 'alumnus', asiakas: 'customer', muu: ignoredCategoryValue };
    expect(categoriesOfCell(text('Alumni; muu, Asiakas; alumni; Hallitus'), map)).toEqual({
      keys: ['alumnus', 'customer'],
      unmapped: ['Hallitus'],
    });
  });

  it('counts only real marks', () => {
    for (const mark of ['X', 'x', '✓', '1', 'kyllä', 'Ja', 'yes'])
      expect(isCategoryMark(text(mark)), mark).toBe(true);
    expect(isCategoryMark({ kind: 'number', value: 1 })).toBe(true);
    expect(isCategoryMark({ kind: 'boolean', value: true })).toBe(true);
    for (const other of ['', 'ei', 'no', '0', 'maybe later'])
      expect(isCategoryMark(text(other)), other).toBe(false);
  });

  it('lets several columns share the categories and mark targets', () => {
    const mapping = assignTarget(['categoryMark', '', 'categories'], 1, 'categoryMark');
    expect(mapping).toEqual(['categoryMark', 'categoryMark', 'categories']);
    expect(assignTarget(['email', ''], 1, 'email')).toEqual(['', 'email']);
  });

  it('template settings restore the value maps and mark categories by header', () => {
    const applied = applyTemplateSettings(
      {
        byHeader: { Luokka: 'categories', Harjoittelu: 'categoryMark', Hanke: 'categoryMark' },
        categoryValuesByHeader: { Luokka: { alumni: 'alumnus' } },
        categoryMarkByHeader: { Harjoittelu: 'customer', Hanke: 'donor' },
      },
      ['Hanke', 'Nimi', 'Luokka', 'Harjoittelu'],
    );
    expect(applied.mapping).toEqual(['categoryMark', '', 'categories', 'categoryMark']);
    expect(applied.categoryValues).toEqual({ 2: { alumni: 'alumnus' } });
    expect(applied.categoryMarks).toEqual({ 0: 'donor', 3: 'customer' });
  });
});

describe('categories on imported rows', () => {
  const context = { today: '2026-11-22', knownCategories: ['alumnus', 'customer', 'donor'] };
  it('adds mapped and marked categories and warns at the cell of an unmapped value', () => {
    const [candidate] = buildImportRows(
      [[text('Anna'), text('Virtanen'), text('Alumni; Hallitus'), text('X'), text('ei')]],
      {
        kind: 'people',
        mapping: ['firstNames', 'lastName', 'categories', 'categoryMark', 'categoryMark'],
        nameOrder: 'firstLast',
        headerRow: 1,
        categoryValues: { 2: { alumni: 'alumnus' } },
        categoryMarks: { 3: 'customer', 4: 'donor' },
      },
      context,
    );
    expect(candidate?.kind === 'people' && candidate.person.categories).toEqual(['alumnus', 'customer']);
    expect(candidate?.issues).toEqual([
      {
        cell: 'C2',
        key: 'spreadsheet.issues.unmappedCategory',
        params: { value: 'Hallitus' },
        isError: false,
      },
    ]);
  });
});
