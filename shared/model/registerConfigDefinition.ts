import type { RecordDefinition } from './fieldDefinition';
import { defaultUnit, type RecordMeta } from './recordStatus';

/**
 * The features whose configuration is register-wide: every laptop must read the same custom relation
 * types (or a relation shows without its label elsewhere), consent purposes, retention rules, register
 * description and event settings (the payment term). They are synced as `registerConfigs` records and
 * only admins change them. Listed by name, not "every feature", because some features are per device:
 * saved segments (`segments`) are one user's working views and stay in the local settings.
 * The names must match each feature's own key (`relationsFeatureKey`, …); a unit test checks that.
 */
export const syncedFeatureKeys = [
  'relations',
  'consent',
  'retention',
  'registerDescription',
  'events',
] as const;
export type SyncedFeatureKey = (typeof syncedFeatureKeys)[number];

export const isSyncedFeatureKey = (value: unknown): value is SyncedFeatureKey =>
  (syncedFeatureKeys as readonly unknown[]).includes(value);

/**
 * One feature's register-wide configuration, shared through the server. The configuration is kept as
 * JSON text exactly as the feature stores it under `settings.features.<key>`, so each feature's accessor
 * validates it the same way wherever it came from.
 */
export type RegisterConfig = RecordMeta & {
  /** The feature's key; also the record's id, so every device writes the same record per feature. */
  feature: SyncedFeatureKey;
  /** The feature's configuration as JSON text. */
  value: string;
  createdBy: string;
  updatedBy: string;
};

/** Room for the largest configuration, a register description with every text in three languages. */
export const maxRegisterConfigLength = 200_000;

export const registerConfigDefinition: RecordDefinition<RegisterConfig> = {
  collection: 'registerConfigs',
  schemaVersion: 0,
  fields: {
    id: { kind: 'id', isPlaintext: true, isRequired: true },
    status: { kind: 'status', isPlaintext: true, isRequired: true },
    owningUnit: { kind: 'unit', isPlaintext: true, isRequired: true },
    createdAt: { kind: 'timestamp', isPlaintext: true, isRequired: true },
    updatedAt: { kind: 'timestamp', isPlaintext: true, isRequired: true },
    // Which feature: a name, not data; the server refuses a feature outside the list.
    feature: { kind: 'choice', options: syncedFeatureKeys, isPlaintext: true, isRequired: true },
    // Users typed its labels and texts (custom relation types, purposes, the controller's texts): encrypted.
    value: { kind: 'longText', maxLength: maxRegisterConfigLength, isRequired: true },
    createdBy: { kind: 'text', maxLength: 100 },
    updatedBy: { kind: 'text', maxLength: 100 },
  },
  indexes: [],
};

/** Deterministic: two devices that move or save the same feature write the same record and converge. */
export const registerConfigIdOf = (feature: SyncedFeatureKey): string => feature;

/** The record that stores `configuration` as the feature's register-wide configuration. */
export const registerConfigOf = (
  feature: SyncedFeatureKey,
  configuration: unknown,
  now: number,
): RegisterConfig => ({
  id: registerConfigIdOf(feature),
  status: 'active',
  // Register-wide; the unit only satisfies the common record shape.
  owningUnit: defaultUnit,
  createdAt: now,
  updatedAt: now,
  feature,
  value: JSON.stringify(configuration ?? null),
  createdBy: '',
  updatedBy: '',
});

/**
 * A record's configuration, or undefined when the record does not count: not active, an id that is not
 * its feature's, or text that is not JSON (then the device's own value stays in use rather than nothing).
 */
export const registerConfigValueOf = (record: RegisterConfig): unknown => {
  if (record.status !== 'active' || !isSyncedFeatureKey(record.feature)) return undefined;
  if (record.id !== registerConfigIdOf(record.feature)) return undefined;
  try {
    const value: unknown = JSON.parse(record.value);
    return value === null ? undefined : value;
  } catch {
    return undefined;
  }
};

/**
 * The features as the app reads them: this device's own configuration, overlaid per synced feature by
 * the synced record when there is one. Without a record (a register from before the move, a connected
 * one before its first pull, or a server no admin has configured the feature on) the device's value
 * stays in use. Per-device features (`segments`) always come from the device.
 */
export const featuresWithRegisterConfigs = (
  local: Readonly<Record<string, unknown>>,
  records: Iterable<RegisterConfig>,
): Record<string, unknown> => {
  const features: Record<string, unknown> = { ...local };
  for (const record of records) {
    const value = registerConfigValueOf(record);
    if (value !== undefined) features[record.feature] = value;
  }
  return features;
};

/**
 * The features to store in this device's settings: the patch's, except that the synced features keep
 * the device's own value. A patch built from the overlaid settings would otherwise copy the synced
 * configuration into the device's settings, where it would outlive the record as a stale fallback.
 */
export const withLocalSyncedFeatures = (
  patch: Readonly<Record<string, unknown>>,
  local: Readonly<Record<string, unknown>>,
): Record<string, unknown> => {
  const features: Record<string, unknown> = { ...patch };
  for (const key of syncedFeatureKeys) {
    if (local[key] === undefined) delete features[key];
    else features[key] = local[key];
  }
  return features;
};

/** The records that stand for this device's synced features (the one-time move out of the settings). */
export const registerConfigsFrom = (
  local: Readonly<Record<string, unknown>>,
  now: number,
): RegisterConfig[] =>
  syncedFeatureKeys
    .filter((key) => local[key] !== undefined && local[key] !== null)
    .map((key) => registerConfigOf(key, local[key], now))
    .filter((record) => record.value.length <= maxRegisterConfigLength);
