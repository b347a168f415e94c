import {
  featuresWithRegisterConfigs,
  registerConfigDefinition,
  registerConfigIdOf,
  registerConfigOf,
  registerConfigsFrom,
  registerSettingsId,
  validateRecord,
  type RegisterConfig,
  type RegisterSettings,
  type SyncedFeatureKey,
} from '../../shared/model';
import type { RegisterDatabase } from '../db/openRegisterDatabase';
import type { RegisterStore } from '../state/registerStore';
import { validationContextFor, type SaveResult } from '../state/registerActions';

/**
 * The one-time move of this device's synced features (`syncedFeatureKeys`) out of its settings into
 * `registerConfigs` records: per feature, only when the register has no record of it yet, so a
 * configuration that exists (moved before, or pulled from the server) is never overwritten by a
 * device's older one. A feature the device never configured gets no record (its defaults apply).
 * The settings stay as they are: an older app version on the same register still reads them.
 * Returns how many records it wrote.
 */
export const moveSettingsFeatures = async (
  database: RegisterDatabase,
  localSettings: Pick<RegisterSettings, 'features'>,
  now = Date.now(),
): Promise<number> => {
  const candidates = registerConfigsFrom(localSettings.features ?? {}, now);
  if (candidates.length === 0) return 0;
  const existing = await database.registerConfigs.findByIds(candidates.map((record) => record.id)).exec();
  const records = candidates.filter((record) => !existing.has(record.id));
  if (records.length === 0) return 0;
  // A record that arrived meanwhile (a pull) wins; bulkInsert reports it as a conflict, which is fine.
  const { success } = await database.registerConfigs.bulkInsert(records);
  return success.length;
};

/**
 * Before a local register first signs in to a server: its feature records were never on the server,
 * which owns the configuration from now on. Their configuration is written back into the settings (the
 * device's fallback, and what an admin's move then seeds the server with) and the records are removed
 * without a trace, so sync never pushes them (a non-admin's push would be refused) nor their removal.
 */
export const parkLocalRegisterConfigs = async (database: RegisterDatabase): Promise<void> => {
  const documents = await database.registerConfigs.find().exec();
  if (documents.length === 0) return;
  const records = documents.map((document) => document.toJSON() as RegisterConfig);
  const settingsDocument = await database.settings.findOne(registerSettingsId).exec();
  if (settingsDocument) {
    await settingsDocument.incrementalModify((current) => ({
      ...current,
      updatedAt: Date.now(),
      features: featuresWithRegisterConfigs(current.features ?? {}, records),
    }));
  }
  await database.registerConfigs.bulkRemove(documents.map((document) => document.primary));
  await database.registerConfigs.cleanup(0);
};

/**
 * Stores a feature's register-wide configuration (as the feature keeps it under `features.<key>`) in its
 * synced record. Callers offer this only to a user who may manage the register's vocabulary
 * (`useMayManageVocabulary`); for anyone else the server would refuse the push.
 */
export const saveRegisterConfig = async (
  store: RegisterStore,
  feature: SyncedFeatureKey,
  configuration: unknown,
): Promise<SaveResult> => {
  const now = Date.now();
  const existing = await store.database.registerConfigs.findOne(registerConfigIdOf(feature)).exec();
  const draft = registerConfigOf(feature, configuration, now);
  const outcome = validateRecord(
    registerConfigDefinition,
    existing ? { ...(existing.toJSON() as RegisterConfig), value: draft.value, updatedAt: now } : draft,
    validationContextFor(store),
  );
  if (!outcome.isValid) return { isSaved: false, issues: outcome.issues };
  if (existing) await existing.incrementalPatch({ value: outcome.record.value, updatedAt: now });
  // Upsert: a record of the feature pulled since the read above is updated, not a conflict.
  else await store.database.registerConfigs.incrementalUpsert(outcome.record);
  return { isSaved: true, id: outcome.record.id };
};
