import { afterEach, describe, expect, it } from 'vitest';
import { openMemoryRegister, until } from '../../../helpers/memoryRegister';
import {
  mayMoveSettingsCategories,
  moveSettingsCategories,
  parkLocalCategories,
} from '../../../../renderer/categories/categoryActions';
import type { RegisterDatabase } from '../../../../renderer/db/openRegisterDatabase';
import { createRegisterStore, type RegisterStore } from '../../../../renderer/state/registerStore';
import {
  categoryRecordsFrom,
  defaultRegisterSettings,
  registerSettingsId,
  type RegisterSettings,
} from '../../../../shared/model';

/** Settings as an existing register holds them: one built-in disabled, one custom category added. */
const oldSettings = (): RegisterSettings => {
  const settings = defaultRegisterSettings(1);
  return {
    ...settings,
    personCategories: [
      ...settings.personCategories.map((option) =>
        option.key === 'donor' ? { ...option, isEnabled: false } : option,
      ),
      { key: 'custom-1a2b3c4d', label: 'Board members', isBuiltIn: false, isEnabled: true },
    ],
  };
};

describe('moving the categories out of the settings', () => {
  let database: RegisterDatabase | null = null;
  let store: RegisterStore | null = null;

  afterEach(async () => {
    await store?.close();
    await database?.close().catch(() => undefined);
    store = null;
    database = null;
  });

  const open = async () => {
    database = await openMemoryRegister();
    await database.settings.insert(oldSettings());
    return database;
  };

  it('keeps enabled state, custom keys and labels, and reads the same through the store', async () => {
    const opened = await open();
    store = await createRegisterStore(opened, () => undefined);
    const before = store.categoryOptions('person');
    expect(before).toEqual(oldSettings().personCategories);

    expect(await moveSettingsCategories(opened, oldSettings(), 'person')).toBe(10);
    expect(await moveSettingsCategories(opened, oldSettings(), 'organisation')).toBe(8);
    const donor = await opened.categories.findOne('person:donor').exec();
    expect(donor?.toJSON()).toMatchObject({
      scope: 'person',
      key: 'donor',
      isBuiltIn: true,
      isEnabled: false,
    });
    expect((await opened.categories.findOne('person:custom-1a2b3c4d').exec())?.label).toBe('Board members');

    await until(() => store!.categories.size === 18);
    expect(store.categoryOptions('person')).toEqual(before);
    expect(store.categoryOptions('organisation')).toEqual(oldSettings().organisationCategories);
  });

  it('runs once: a scope that has records (moved before or pulled) is never overwritten', async () => {
    const opened = await open();
    expect(await moveSettingsCategories(opened, oldSettings(), 'person')).toBe(10);
    await opened.categories
      .findOne('person:donor')
      .exec()
      .then((doc) => doc!.incrementalPatch({ isEnabled: true }));
    expect(await moveSettingsCategories(opened, oldSettings(), 'person')).toBe(0);
    expect((await opened.categories.findOne('person:donor').exec())?.isEnabled).toBe(true);

    // The server's vocabulary arrived first (one pulled record): this device's list is not added to it.
    await opened.categories.insert({
      ...categoryRecordsFrom(
        'organisation',
        [{ key: 'other', label: '', isBuiltIn: true, isEnabled: true }],
        1,
      )[0]!,
    });
    expect(await moveSettingsCategories(opened, oldSettings(), 'organisation')).toBe(0);
    expect(await opened.categories.find({ selector: { scope: 'organisation' } }).exec()).toHaveLength(1);
  });

  it('shows the synced records over the settings once any record of the scope exists', async () => {
    const opened = await open();
    store = await createRegisterStore(opened, () => undefined);
    await opened.categories.insert(
      categoryRecordsFrom(
        'person',
        [{ key: 'lecturer', label: '', isBuiltIn: true, isEnabled: true }],
        1,
      )[0]!,
    );
    await until(() => store!.categories.size === 1);
    expect(store.categoryOptions('person').map((option) => option.key)).toEqual(['lecturer']);
    expect(store.categoryOptions('organisation')).toEqual(oldSettings().organisationCategories);
  });

  it('parks a local register’s records in the settings before its first sign-in, leaving none to push', async () => {
    const opened = await open();
    await moveSettingsCategories(opened, oldSettings(), 'person');
    await opened.categories.insert({
      ...categoryRecordsFrom(
        'person',
        [{ key: 'custom-99', label: 'Added later', isBuiltIn: false, isEnabled: true }],
        1,
      )[0]!,
      position: 50,
    });
    await parkLocalCategories(opened);
    expect(await opened.categories.count().exec()).toBe(0);
    // Purged, not just deleted: no tombstone is left that replication could push.
    const stored = await opened.categories.storageInstance.findDocumentsById(
      ['person:donor', 'person:custom-99'],
      true,
    );
    expect(stored).toEqual([]);
    const settings = (await opened.settings.findOne(registerSettingsId).exec())!.toJSON() as RegisterSettings;
    expect(settings.personCategories.at(-1)).toEqual({
      key: 'custom-99',
      label: 'Added later',
      isBuiltIn: false,
      isEnabled: true,
    });
    expect(settings.personCategories.find((option) => option.key === 'donor')?.isEnabled).toBe(false);
  });

  it('moves at once in a local register, on a connected one only for an admin after the first exchange', () => {
    expect(mayMoveSettingsCategories({ isConnected: false, isAdmin: false, isUpToDate: false })).toBe(true);
    expect(mayMoveSettingsCategories({ isConnected: true, isAdmin: false, isUpToDate: true })).toBe(false);
    expect(mayMoveSettingsCategories({ isConnected: true, isAdmin: true, isUpToDate: false })).toBe(false);
    expect(mayMoveSettingsCategories({ isConnected: true, isAdmin: true, isUpToDate: true })).toBe(true);
  });
});
