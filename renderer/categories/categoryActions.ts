import {
  categoryDefinition,
  categoryIdOf,
  categoryOptionsOf,
  categoryRecordsFrom,
  defaultUnit,
  maxCategoryPosition,
  registerSettingsId,
  validateRecord,
  type Category,
  type CategoryOption,
  type CategoryScope,
  type RegisterSettings,
} from '../../shared/model';
import type { RegisterDatabase } from '../db/openRegisterDatabase';
import type { RegisterStore } from '../state/registerStore';
import { validationContextFor, type SaveResult } from '../state/registerActions';

const settingsListOf = (settings: RegisterSettings, scope: CategoryScope): readonly CategoryOption[] =>
  scope === 'person' ? settings.personCategories : settings.organisationCategories;

/**
 * The one-time move of a scope's categories out of this device's settings into synced records:
 * only when the register has no category record of that scope yet, so a vocabulary that exists
 * (moved before, or pulled from the server) is never overwritten by a device's older list. Ids are
 * `scope:key`, so two devices moving the same list write the same records. Returns how many it wrote.
 * The settings fields stay as they are: an older app version on the same register still reads them.
 */
export const moveSettingsCategories = async (
  database: RegisterDatabase,
  settings: RegisterSettings,
  scope: CategoryScope,
  now = Date.now(),
): Promise<number> => {
  // find, not count: RxDB refuses a count over a field without an index on IndexedDB.
  const existing = await database.categories.find({ selector: { scope }, limit: 1 }).exec();
  if (existing.length > 0) return 0;
  const records = categoryRecordsFrom(scope, settingsListOf(settings, scope), now);
  // A record that arrived meanwhile (a pull) wins; bulkInsert reports it as a conflict, which is fine.
  const { success } = await database.categories.bulkInsert(records);
  return success.length;
};

/**
 * Whether this device may move its settings' categories into records now: in a local register at
 * once; on a connected one only an admin (the server refuses anyone else), and only once the first
 * exchange with the server is done, so the server's vocabulary has arrived and wins.
 */
export const mayMoveSettingsCategories = (input: {
  isConnected: boolean;
  isAdmin: boolean;
  isUpToDate: boolean;
}): boolean => !input.isConnected || (input.isAdmin && input.isUpToDate);

/**
 * Before a local register first signs in to a server: its category records were never on the server,
 * which owns the vocabulary from now on. They are written back into the settings (so the device's
 * list is kept as the fallback and for an admin's move) and removed without a trace, so sync never
 * pushes them (a non-admin's push would be refused) and never pushes their removal either.
 */
export const parkLocalCategories = async (database: RegisterDatabase): Promise<void> => {
  const documents = await database.categories.find().exec();
  if (documents.length === 0) return;
  const records = documents.map((document) => document.toJSON() as Category);
  const settingsDocument = await database.settings.findOne(registerSettingsId).exec();
  if (settingsDocument) {
    await settingsDocument.incrementalModify((current) => ({
      ...current,
      updatedAt: Date.now(),
      personCategories: categoryOptionsOf(records, current.personCategories, 'person'),
      organisationCategories: categoryOptionsOf(records, current.organisationCategories, 'organisation'),
    }));
  }
  await database.categories.bulkRemove(documents.map((document) => document.primary));
  await database.categories.cleanup(0);
};

const recordsOfScope = (store: RegisterStore, scope: CategoryScope): Category[] =>
  [...store.categories.values()].filter((category) => category.scope === scope);

const ensureRecords = async (store: RegisterStore, scope: CategoryScope) => {
  if (recordsOfScope(store, scope).length === 0)
    await moveSettingsCategories(store.database, store.settings(), scope);
};

const validateCategory = (store: RegisterStore, raw: Category) =>
  validateRecord(categoryDefinition, raw, validationContextFor(store));

const normalisedLabel = (label: string) => label.trim().replace(/\s+/g, ' ');

/** Adds a custom category at the end of the scope's list; its key is what records will carry. */
export const addCategory = async (
  store: RegisterStore,
  scope: CategoryScope,
  label: string,
): Promise<SaveResult> => {
  await ensureRecords(store, scope);
  const existing = await store.database.categories.find({ selector: { scope } }).exec();
  const position = Math.min(
    maxCategoryPosition,
    existing.reduce((highest, document) => Math.max(highest, document.position ?? 0), -1) + 1,
  );
  const key = `custom-${crypto.randomUUID().slice(0, 8)}`;
  const now = Date.now();
  const outcome = validateCategory(store, {
    id: categoryIdOf(scope, key),
    status: 'active',
    owningUnit: defaultUnit,
    createdAt: now,
    updatedAt: now,
    scope,
    key,
    label: normalisedLabel(label),
    isBuiltIn: false,
    isEnabled: true,
    position,
    createdBy: '',
    updatedBy: '',
  });
  if (!outcome.isValid) return { isSaved: false, issues: outcome.issues };
  await store.database.categories.insert(outcome.record);
  return { isSaved: true, id: outcome.record.id };
};

/** Enables or disables a category; records that carry it keep it either way. */
export const setCategoryEnabled = async (
  store: RegisterStore,
  scope: CategoryScope,
  key: string,
  isEnabled: boolean,
): Promise<SaveResult> => {
  await ensureRecords(store, scope);
  const [document] = await store.database.categories.find({ selector: { scope, key } }).exec();
  if (!document) return { isSaved: false, issues: [{ path: 'key', code: 'notAllowed' }] };
  await document.incrementalPatch({ isEnabled, updatedAt: Date.now() });
  return { isSaved: true, id: document.primary };
};
