import { describe, expect, it } from 'vitest';
import type { StatisticResult } from '../../../../shared/stats/statisticTypes';
import { statisticSheet } from '../../../../renderer/stats/statisticSheet';
import type { LabelTranslator } from '../../../../renderer/stats/statisticLabelText';

const translator: LabelTranslator = {
  t: (key, params) =>
    key === 'stats.columns.count' ? 'Määrä' : `${key}${params ? JSON.stringify(params) : ''}`,
  language: 'fi',
  categoryLabel: (scope, key) => (key === 'alumnus' ? 'Alumni' : `${scope}:${key}`),
};

const result: StatisticResult = {
  key: 'peopleByCategory',
  chart: 'bar',
  table: {
    columns: [{ kind: 'text', key: 'stats.columns.count' }],
    rows: [
      { key: 'alumnus', label: { kind: 'category', scope: 'person', key: 'alumnus' }, values: [3] },
      { key: 'board', label: { kind: 'category', scope: 'person', key: 'board' }, values: [1] },
      { key: 'm', label: { kind: 'month', year: 2026, month: 3 }, values: [0] },
      { key: 'p', label: { kind: 'plain', text: 'Sairaanhoitaja (AMK)' }, values: [2] },
    ],
  },
};

describe('statisticSheet', () => {
  it('writes translated labels and numbers as numbers', () => {
    const sheet = statisticSheet(result, 'Henkilöt luokittain', 'Luokka', translator);
    expect(sheet.header).toEqual(['Luokka', 'Määrä']);
    expect(sheet.rows).toEqual([
      ['Alumni', 3],
      ['person:board', 1],
      [new Intl.DateTimeFormat('fi', { month: 'short', year: 'numeric' }).format(new Date(2026, 2, 1)), 0],
      ['Sairaanhoitaja (AMK)', 2],
    ]);
  });

  it('makes a title a valid worksheet name: no : / \\ ? * [ ], at most 31 characters', () => {
    const sheet = statisticSheet(
      result,
      'Raportointivuosi: henkilöt [luokittain] / 2026?',
      'Luokka',
      translator,
    );
    expect(sheet.name).toBe('Raportointivuosi henkilöt luoki');
    expect(sheet.name.length).toBeLessThanOrEqual(31);
  });
});
