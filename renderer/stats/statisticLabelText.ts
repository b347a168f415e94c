import type { StatisticLabel } from '../../shared/stats/statisticTypes';

export type LabelTranslator = {
  t: (key: string, params?: Record<string, unknown>) => string;
  language: string;
  categoryLabel: (scope: 'person' | 'organisation', key: string) => string;
};

/** A statistic's row or column name in the UI language; categories by their translated or custom label. */
export const statisticLabelText = (label: StatisticLabel, translator: LabelTranslator): string => {
  switch (label.kind) {
    case 'category':
      return translator.categoryLabel(label.scope, label.key);
    case 'text':
      return translator.t(label.key, label.params);
    case 'plain':
      return label.text;
    case 'month':
      return new Intl.DateTimeFormat(translator.language, { month: 'short', year: 'numeric' }).format(
        new Date(label.year, label.month - 1, 1),
      );
  }
};
