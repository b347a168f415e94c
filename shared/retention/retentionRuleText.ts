import { retentionTexts } from '../i18n/features/retentionTexts';
import type { RetentionRule } from './retentionSettings';

export type RetentionLanguage = keyof typeof retentionTexts;

/** How a category or consent purpose key is named in the language at hand. */
export type RetentionNames = { category: (key: string) => string; purpose: (key: string) => string };

const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => String(values[name] ?? whole));

export const retentionPeriodInWords = (
  rule: Pick<RetentionRule, 'amount' | 'unit'>,
  language: RetentionLanguage,
): string =>
  fill(retentionTexts[language].periods[`${rule.unit}_${rule.amount === 1 ? 'one' : 'other'}`], {
    count: rule.amount,
  });

export const retentionTargetInWords = (
  rule: RetentionRule,
  language: RetentionLanguage,
  names: RetentionNames,
): string => {
  const texts = retentionTexts[language].targets;
  switch (rule.target.kind) {
    case 'category':
      return fill(texts.category, { name: names.category(rule.target.key) });
    case 'consent':
      return fill(texts.consent, { name: names.purpose(rule.target.purpose) });
    case 'eventParticipants':
      return texts.eventParticipants;
  }
};

/**
 * A rule in words, the same in Settings and the privacy notice: "Category: Customer: 3 years from the
 * last activity"; `withAction` adds what happens then (Settings only: the notice says how long, not how).
 */
export const retentionRuleInWords = (
  rule: RetentionRule,
  language: RetentionLanguage,
  names: RetentionNames,
  withAction = false,
): string => {
  const texts = retentionTexts[language];
  const target = retentionTargetInWords(rule, language, names);
  if (rule.basis === 'consentWithdrawn' && rule.amount === 0 && !withAction)
    return fill(texts.untilWithdrawn, { target });
  const values = {
    target,
    period: retentionPeriodInWords(rule, language),
    basis: texts.bases[rule.basis],
    action: texts.actions[rule.action],
  };
  return fill(withAction ? texts.ruleText : texts.noticeText, values);
};
