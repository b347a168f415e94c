import { afterEach, describe, expect, it } from 'vitest';
import { openMemoryRegister, until } from '../../../helpers/memoryRegister';
import type { RegisterDatabase } from '../../../../renderer/db/openRegisterDatabase';
import {
  moveSettingsFeatures,
  parkLocalRegisterConfigs,
  saveRegisterConfig,
} from '../../../../renderer/registerConfig/registerConfigActions';
import { updateSettings } from '../../../../renderer/state/registerActions';
import { createRegisterStore, type RegisterStore } from '../../../../renderer/state/registerStore';
import { consentSettingsOf } from '../../../../shared/consent/consentPurposes';
import {
  defaultRegisterSettings,
  registerConfigOf,
  registerSettingsId,
  type RegisterSettings,
} from '../../../../shared/model';
import { relationTypesOf } from '../../../../shared/relations/relationTypes';
import { retentionSettingsOf } from '../../../../shared/retention/retentionSettings';

const patron = {
  key: 'custom-aa11',
  fromKind: 'person',
  toKind: 'organisation',
  forward: 'Patron of',
  inverse: 'Patron',
};
const rule = {
  id: 'r1',
  target: { kind: 'eventParticipants' },
  basis: 'eventEnd',
  amount: 2,
  unit: 'years',
  action: 'passivate',
};

/** Settings as an existing register holds them: a custom relation type, a custom purpose, a rule, segments. */
const oldSettings = (): RegisterSettings => ({
  ...defaultRegisterSettings(1),
  features: {
    relations: { customTypes: [patron] },
    consent: { purposes: [{ key: 'custom-bb22', label: 'Mentoring circle', isEnabled: true }] },
    retention: { rules: [rule] },
    segments: [{ id: 'seg-1', name: 'Mine' }],
  },
});

const storedSettings = async (database: RegisterDatabase) =>
  (await database.settings.findOne(registerSettingsId).exec())!.toJSON() as RegisterSettings;

describe('register-wide feature configuration', () => {
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

  it('moves the configured synced features into records once, and reads the same through the store', async () => {
    const opened = await open();
    store = await createRegisterStore(opened, () => undefined);
    const before = {
      types: relationTypesOf(store.settings()),
      purposes: consentSettingsOf(store.settings()),
      rules: retentionSettingsOf(store.settings()),
    };
    expect(before.types.at(-1)?.forward).toBe('Patron of');

    expect(await moveSettingsFeatures(opened, oldSettings())).toBe(3);
    expect((await opened.registerConfigs.find().exec()).map((doc) => doc.primary).sort()).toEqual([
      'consent',
      'relations',
      'retention',
    ]);
    await until(() => store!.registerConfigs.size === 3);
    expect(relationTypesOf(store.settings())).toEqual(before.types);
    expect(consentSettingsOf(store.settings())).toEqual(before.purposes);
    expect(retentionSettingsOf(store.settings())).toEqual(before.rules);

    // Runs once: a feature that has a record (moved before or pulled) is never overwritten.
    await saveRegisterConfig(store, 'relations', { customTypes: [] });
    expect(await moveSettingsFeatures(opened, oldSettings())).toBe(0);
    expect(JSON.parse((await opened.registerConfigs.findOne('relations').exec())!.value)).toEqual({
      customTypes: [],
    });
  });

  it('shows a pulled record over the device’s value, and the device’s value while there is none', async () => {
    const opened = await open();
    store = await createRegisterStore(opened, () => undefined);
    const fromServer = { ...patron, key: 'custom-srv1', forward: 'Sponsor of', inverse: 'Sponsored by' };
    await opened.registerConfigs.insert(registerConfigOf('relations', { customTypes: [fromServer] }, 1));
    await until(() => store!.registerConfigs.size === 1);
    const custom = relationTypesOf(store.settings()).filter((type) => !type.isBuiltIn);
    expect(custom.map((type) => [type.key, type.forward, type.inverse])).toEqual([
      ['custom-srv1', 'Sponsor of', 'Sponsored by'],
    ]);
    expect(consentSettingsOf(store.settings()).purposes.map((purpose) => purpose.key)).toContain(
      'custom-bb22',
    );
    // Per-device features and the device's own settings are untouched.
    expect(store.settings().features.segments).toEqual(oldSettings().features.segments);
    expect(store.localSettings().features.relations).toEqual({ customTypes: [patron] });
  });

  it('writes a synced feature as its record and never copies the overlay into the settings', async () => {
    const opened = await open();
    store = await createRegisterStore(opened, () => undefined);
    const result = await saveRegisterConfig(store, 'retention', { rules: [] });
    expect(result.isSaved).toBe(true);
    await until(() => store!.registerConfigs.size === 1);
    expect(retentionSettingsOf(store.settings()).rules).toEqual([]);

    // A settings write built from the overlaid settings (as segments and auto-lock do).
    await updateSettings(store, {
      autoLockMinutes: 5,
      features: { ...store.settings().features, segments: [] },
    });
    const stored = await storedSettings(opened);
    expect(stored.autoLockMinutes).toBe(5);
    expect(stored.features.segments).toEqual([]);
    expect(stored.features.retention).toEqual({ rules: [rule] });
  });

  it('parks a local register’s records in the settings before its first sign-in, leaving none to push', async () => {
    const opened = await open();
    await moveSettingsFeatures(opened, oldSettings());
    await opened.registerConfigs
      .findOne('relations')
      .exec()
      .then((doc) => doc!.incrementalPatch({ value: JSON.stringify({ customTypes: [] }) }));
    await opened.registerConfigs.insert(registerConfigOf('events', { paymentTermDays: 30 }, 1));
    await parkLocalRegisterConfigs(opened);
    expect(await opened.registerConfigs.count().exec()).toBe(0);
    // Purged, not just deleted: no tombstone is left that replication could push.
    expect(
      await opened.registerConfigs.storageInstance.findDocumentsById(['relations', 'events'], true),
    ).toEqual([]);
    const { features } = await storedSettings(opened);
    expect(features.relations).toEqual({ customTypes: [] });
    expect(features.events).toEqual({ paymentTermDays: 30 });
    expect(features.segments).toEqual(oldSettings().features.segments);
  });
});
