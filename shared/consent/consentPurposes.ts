import { featureSettingsOf, type RegisterSettings } from '../model/registerSettings';

export const builtInConsentPurposes = [
  'newsletter',
  'marketing',
  'alumniCommunication',
  'eventInformation',
  'mentoring',
] as const;

/** A purpose is built in (translated by key) or added by the register's users (shown by its label). */
export type ConsentPurposeOption = { key: string; label: string; isBuiltIn: boolean; isEnabled: boolean };

export type ConsentSettings = { purposes: ConsentPurposeOption[] };

export const consentFeatureKey = 'consent';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The consent configuration from `settings.features.consent`: stored purposes that are well formed, in
 * their stored order, with every built-in purpose present (a missing one is added, enabled). A disabled
 * purpose keeps its history; it is only no longer offered for new consents and lists.
 */
export const consentSettingsOf = (
  settings: Pick<RegisterSettings, 'features'> | undefined,
): ConsentSettings => {
  const stored = featureSettingsOf(settings, consentFeatureKey);
  const raw = isRecord(stored) && Array.isArray(stored.purposes) ? stored.purposes : [];
  const purposes: ConsentPurposeOption[] = [];
  const seen = new Set<string>();
  for (const item of raw) {
    if (!isRecord(item) || typeof item.key !== 'string' || item.key.trim() === '') continue;
    const key = item.key.trim().slice(0, 60);
    if (seen.has(key)) continue;
    const isBuiltIn = (builtInConsentPurposes as readonly string[]).includes(key);
    const label = typeof item.label === 'string' ? item.label.trim().slice(0, 60) : '';
    // A custom purpose without a label could not be shown to anyone.
    if (!isBuiltIn && label === '') continue;
    seen.add(key);
    purposes.push({ key, label: isBuiltIn ? '' : label, isBuiltIn, isEnabled: item.isEnabled !== false });
  }
  for (const key of builtInConsentPurposes) {
    if (!seen.has(key)) purposes.push({ key, label: '', isBuiltIn: true, isEnabled: true });
  }
  return { purposes };
};

/** The settings patch that stores `next` as the consent configuration, keeping other features' settings. */
export const withConsentSettings = (
  settings: Pick<RegisterSettings, 'features'>,
  next: ConsentSettings,
): Pick<RegisterSettings, 'features'> => ({
  features: { ...settings.features, [consentFeatureKey]: next },
});

/** A key for a new custom purpose, unique in the register. */
export const customPurposeKey = (random: string): string => `custom-${random.slice(0, 8)}`;
