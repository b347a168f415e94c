import { featureSettingsOf, type CategoryOption, type RegisterSettings } from '../model/registerSettings';
import { personDefinition } from '../model/personDefinition';
import { consentSettingsOf } from '../consent/consentPurposes';

/** A category or purpose as configured: built-in ones are translated by key, custom ones shown by label. */
export type ConfiguredOption = { key: string; label: string; isBuiltIn: boolean };

export type RetentionPeriodUnit = 'days' | 'months' | 'years';

/** A retention rule in words: what it applies to (its label) and, when it has one, how long. */
export type RetentionFact = { label: string; period?: { amount: number; unit: RetentionPeriodUnit } };

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

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const stringOf = (value: unknown, max: number): string =>
  typeof value === 'string' ? value.trim().slice(0, max) : '';

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

/*
 * Retention is configured by a feature built beside this one; until its accessor is merged this reader
 * takes only what is clearly well formed from `features.retention`.
 */
const periodUnits: readonly RetentionPeriodUnit[] = ['days', 'months', 'years'];

const periodOf = (rule: Record<string, unknown>): RetentionFact['period'] => {
  for (const unit of periodUnits) {
    const amount = rule[unit];
    if (typeof amount === 'number' && Number.isInteger(amount) && amount > 0 && amount <= 10_000)
      return { amount, unit };
  }
  return undefined;
};

export const retentionRulesFromSettings = (settings: Pick<RegisterSettings, 'features'>): RetentionFact[] => {
  const stored = featureSettingsOf(settings, 'retention');
  const raw = isRecord(stored) && Array.isArray(stored.rules) ? stored.rules : [];
  return raw.flatMap((rule): RetentionFact[] => {
    if (!isRecord(rule) || rule.isEnabled === false) return [];
    const label = stringOf(rule.label, 200) || stringOf(rule.name, 200) || stringOf(rule.description, 200);
    if (label === '') return [];
    const period = periodOf(rule);
    return [period === undefined ? { label } : { label, period }];
  });
};

/** Facts for the notice from the register's settings and the record model, as of `date` (ISO). */
export const noticeFactsOf = (
  settings: Pick<RegisterSettings, 'features' | 'personCategories' | 'organisationCategories'>,
  date: string,
): NoticeFacts => ({
  personFields: Object.keys(personDefinition.fields),
  personCategories: enabledOptions(settings.personCategories),
  organisationCategories: enabledOptions(settings.organisationCategories),
  consentPurposes: consentPurposesFromSettings(settings),
  retentionRules: retentionRulesFromSettings(settings),
  date,
});
