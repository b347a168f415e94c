import { featureSettingsOf, type CategoryOption, type RegisterSettings } from '../model/registerSettings';
import { personDefinition } from '../model/personDefinition';

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

/** Built-in consent purposes as the consent feature defines them; an unconfigured register offers all. */
export const builtInConsentPurposeKeys = [
  'newsletter',
  'marketing',
  'alumniCommunication',
  'eventInformation',
  'mentoring',
] as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const stringOf = (value: unknown, max: number): string =>
  typeof value === 'string' ? value.trim().slice(0, max) : '';

const enabledOptions = (options: readonly CategoryOption[]): ConfiguredOption[] =>
  options
    .filter((option) => option.isEnabled && (option.isBuiltIn || option.label.trim() !== ''))
    .map(({ key, label, isBuiltIn }) => ({ key, label, isBuiltIn }));

/*
 * Consent and retention are configured by features built beside this one. Until their accessors are
 * merged these readers take only what is clearly well formed from `features.consent` and
 * `features.retention`; afterwards they are replaced by consentSettingsOf / the retention accessor.
 */
export const consentPurposesFromSettings = (
  settings: Pick<RegisterSettings, 'features'>,
): ConfiguredOption[] => {
  const stored = featureSettingsOf(settings, 'consent');
  const raw = isRecord(stored) && Array.isArray(stored.purposes) ? stored.purposes : [];
  const purposes: ConfiguredOption[] = [];
  const seen = new Set<string>();
  for (const item of raw) {
    if (!isRecord(item)) continue;
    const key = stringOf(item.key, 60);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    const isBuiltIn = (builtInConsentPurposeKeys as readonly string[]).includes(key);
    const label = stringOf(item.label, 60);
    if (item.isEnabled === false || (!isBuiltIn && label === '')) continue;
    purposes.push({ key, label: isBuiltIn ? '' : label, isBuiltIn });
  }
  for (const key of builtInConsentPurposeKeys)
    if (!seen.has(key)) purposes.push({ key, label: '', isBuiltIn: true });
  return purposes;
};

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
