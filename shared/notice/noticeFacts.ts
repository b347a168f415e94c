import { type CategoryOption, type RegisterSettings } from '../model/registerSettings';
import { personDefinition } from '../model/personDefinition';
import { consentSettingsOf } from '../consent/consentPurposes';
import { retentionSettingsOf, type RetentionRule } from '../retention/retentionSettings';

/** A category or purpose as configured: built-in ones are translated by key, custom ones shown by label. */
export type ConfiguredOption = { key: string; label: string; isBuiltIn: boolean };

export type RetentionPeriodUnit = 'days' | 'months' | 'years';

/** A retention rule in words: what it applies to (its label) and, when it has one, how long. */
export type RetentionFact = {
  label: string;
  period?: { amount: number; unit: RetentionPeriodUnit };
  /** A rule of the retention feature, worded by `retentionRuleInWords` (then label and period are not shown). */
  rule?: RetentionRule;
};

/**
 * What the notice takes from the register's configuration rather than from the controller's texts.
 * Language-neutral: the generator translates built-in keys into the notice language.
 */
export type NoticeFacts = {
  /** The record model's person fields, in definition order. */
  personFields: readonly string[];
  personCategories: readonly ConfiguredOption[];
  organisationCategories: readonly ConfiguredOption[];
  consentPurposes: readonly ConfiguredOption[];
  retentionRules: readonly RetentionFact[];
  /** The day the notice is printed, ISO yyyy-mm-dd. */
  date: string;
};

const enabledOptions = (options: readonly CategoryOption[]): ConfiguredOption[] =>
  options
    .filter((option) => option.isEnabled && (option.isBuiltIn || option.label.trim() !== ''))
    .map(({ key, label, isBuiltIn }) => ({ key, label, isBuiltIn }));

/** The consent purposes the register uses, from the consent feature's own accessor (enabled ones only). */
export const consentPurposesFromSettings = (
  settings: Pick<RegisterSettings, 'features'>,
): ConfiguredOption[] =>
  consentSettingsOf(settings)
    .purposes.filter((purpose) => purpose.isEnabled)
    .map(({ key, label, isBuiltIn }) => ({ key, label, isBuiltIn }));

/** The retention rules from the retention feature's accessor; the notice words them in its own language. */
export const retentionRulesFromSettings = (settings: Pick<RegisterSettings, 'features'>): RetentionFact[] =>
  retentionSettingsOf(settings).rules.map((rule) => ({ label: rule.id, rule }));

/** Facts for the notice from the register's settings and the record model, as of `date` (ISO). */
export const noticeFactsOf = (
  // The categories come from the register's one category accessor (synced records or the settings' list).
  settings: Pick<RegisterSettings, 'features'> & {
    personCategories: readonly CategoryOption[];
    organisationCategories: readonly CategoryOption[];
  },
  date: string,
): NoticeFacts => ({
  personFields: Object.keys(personDefinition.fields),
  personCategories: enabledOptions(settings.personCategories),
  organisationCategories: enabledOptions(settings.organisationCategories),
  consentPurposes: consentPurposesFromSettings(settings),
  retentionRules: retentionRulesFromSettings(settings),
  date,
});
