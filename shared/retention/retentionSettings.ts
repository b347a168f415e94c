import { featureSettingsOf, type RegisterSettings } from '../model/registerSettings';

export const retentionFeatureKey = 'retention';
export const retentionUnits = ['months', 'years'] as const;
export type RetentionUnit = (typeof retentionUnits)[number];
export const retentionActions = ['passivate', 'erase'] as const;
export type RetentionAction = (typeof retentionActions)[number];

/** Whom a rule covers: people of a category, people with consent history for a purpose, or event participants. */
export type RetentionTarget =
  { kind: 'category'; key: string } | { kind: 'consent'; purpose: string } | { kind: 'eventParticipants' };

/**
 * What the period is counted from. `lastActivity`: the latest of the person's own dates; `eventEnd`: the
 * end of the latest event the person registered to; `consentWithdrawn`: the date the latest consent event
 * of the rule's purpose withdrew or refused consent (only with a consent target).
 */
export const retentionBases = ['lastActivity', 'eventEnd', 'consentWithdrawn'] as const;
export type RetentionBasis = (typeof retentionBases)[number];

export type RetentionRule = {
  id: string;
  target: RetentionTarget;
  basis: RetentionBasis;
  amount: number;
  unit: RetentionUnit;
  action: RetentionAction;
};

export type RetentionSettings = { rules: RetentionRule[] };

export const maxRetentionAmount = 1200;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const keyOf = (value: unknown): string => (typeof value === 'string' ? value.trim().slice(0, 60) : '');

const targetOf = (value: unknown): RetentionTarget | undefined => {
  if (!isRecord(value)) return undefined;
  if (value.kind === 'eventParticipants') return { kind: 'eventParticipants' };
  if (value.kind === 'category' && keyOf(value.key) !== '')
    return { kind: 'category', key: keyOf(value.key) };
  if (value.kind === 'consent' && keyOf(value.purpose) !== '')
    return { kind: 'consent', purpose: keyOf(value.purpose) };
  return undefined;
};

/** Whether a basis makes sense for a target: withdrawal needs a purpose, an event end needs participants. */
export const isBasisAllowed = (target: RetentionTarget, basis: RetentionBasis): boolean =>
  basis === 'lastActivity' ||
  (basis === 'eventEnd' && target.kind === 'eventParticipants') ||
  (basis === 'consentWithdrawn' && target.kind === 'consent');

/** One stored rule, or undefined when it is malformed (a malformed rule must never erase anyone). */
export const retentionRuleOf = (value: unknown): RetentionRule | undefined => {
  if (!isRecord(value) || typeof value.id !== 'string' || value.id.trim() === '') return undefined;
  const target = targetOf(value.target);
  const basis = retentionBases.find((b) => b === value.basis);
  const unit = retentionUnits.find((u) => u === value.unit);
  const action = retentionActions.find((a) => a === value.action);
  const amount = value.amount;
  if (!target || !basis || !unit || !action || !isBasisAllowed(target, basis)) return undefined;
  if (typeof amount !== 'number' || !Number.isInteger(amount) || amount < 0 || amount > maxRetentionAmount)
    return undefined;
  return { id: value.id.trim().slice(0, 60), target, basis, amount, unit, action };
};

/** The retention rules from `settings.features.retention`: well-formed ones in stored order; none by default. */
export const retentionSettingsOf = (
  settings: Pick<RegisterSettings, 'features'> | undefined,
): RetentionSettings => {
  const stored = featureSettingsOf(settings, retentionFeatureKey);
  const raw = isRecord(stored) && Array.isArray(stored.rules) ? stored.rules : [];
  const seen = new Set<string>();
  const rules: RetentionRule[] = [];
  for (const item of raw) {
    const rule = retentionRuleOf(item);
    if (!rule || seen.has(rule.id)) continue;
    seen.add(rule.id);
    rules.push(rule);
  }
  return { rules };
};

/** The settings patch that stores `next` as the retention rules, keeping other features' settings. */
export const withRetentionSettings = (
  settings: Pick<RegisterSettings, 'features'>,
  next: RetentionSettings,
): Pick<RegisterSettings, 'features'> => ({
  features: { ...settings.features, [retentionFeatureKey]: next },
});
