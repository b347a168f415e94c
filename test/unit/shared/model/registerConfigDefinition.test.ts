import { describe, expect, it } from 'vitest';
import { consentFeatureKey, consentSettingsOf } from '../../../../shared/consent/consentPurposes';
import { eventsSettingsOf } from '../../../../shared/events/eventsSettings';
import {
  featuresWithRegisterConfigs,
  plaintextFieldsOf,
  registerConfigDefinition,
  registerConfigOf,
  registerConfigsFrom,
  syncedFeatureKeys,
  toRxJsonSchema,
  validateRecord,
  withLocalSyncedFeatures,
  type RegisterConfig,
} from '../../../../shared/model';
import { registerDescriptionFeatureKey } from '../../../../shared/notice/registerDescription';
import { relationsFeatureKey, relationTypesOf } from '../../../../shared/relations/relationTypes';
import { retentionFeatureKey } from '../../../../shared/retention/retentionSettings';

const context = { today: '2026-12-03', knownCategories: [] };

const customType = {
  key: 'custom-aa11',
  fromKind: 'person',
  toKind: 'organisation',
  forward: 'Patron of',
  inverse: 'Patron',
};
const relationsOnServer = { customTypes: [customType] };

describe('register config record type', () => {
  it('names exactly the features that are register-wide, by their own keys; segments stay on the device', () => {
    expect([...syncedFeatureKeys].sort()).toEqual(
      [
        relationsFeatureKey,
        consentFeatureKey,
        retentionFeatureKey,
        registerDescriptionFeatureKey,
        'events',
      ].sort(),
    );
    expect(syncedFeatureKeys).not.toContain('segments');
  });

  it('keeps the feature plaintext and the configuration encrypted', () => {
    const schema = toRxJsonSchema(registerConfigDefinition);
    expect(Object.keys(schema.properties as object)).toEqual(
      expect.arrayContaining(Object.keys(registerConfigDefinition.fields)),
    );
    expect(plaintextFieldsOf(registerConfigDefinition)).toEqual(expect.arrayContaining(['id', 'feature']));
    expect(plaintextFieldsOf(registerConfigDefinition)).not.toContain('value');
  });

  it('validates the feature and the configuration length through the shared definition', () => {
    const record = registerConfigOf('relations', relationsOnServer, 1);
    expect(record.id).toBe('relations');
    expect(validateRecord(registerConfigDefinition, record, context).isValid).toBe(true);
    const invalid = validateRecord(
      registerConfigDefinition,
      { ...record, id: 'segments', feature: 'segments', value: 'x'.repeat(200_001) },
      context,
    );
    expect(invalid.isValid).toBe(false);
    expect(invalid.issues.map((issue) => issue.path).sort()).toEqual(['feature', 'value']);
  });

  it('overlays the device’s features per synced feature, and every accessor reads the result', () => {
    const local = {
      relations: { customTypes: [{ ...customType, key: 'custom-local', forward: 'Only here' }] },
      consent: { purposes: [{ key: 'custom-local', label: 'Local purpose', isEnabled: true }] },
      segments: [{ id: 's1' }],
    };
    const records = [
      registerConfigOf('relations', relationsOnServer, 1),
      registerConfigOf('events', { paymentTermDays: 30 }, 1),
    ];
    const features = featuresWithRegisterConfigs(local, records);
    // Synced features come from the records…
    expect(
      relationTypesOf({ features })
        .filter((type) => !type.isBuiltIn)
        .map((type) => type.forward),
    ).toEqual(['Patron of']);
    expect(eventsSettingsOf({ features }).paymentTermDays).toBe(30);
    // …a synced feature without a record keeps the device's value, and a per-device feature is untouched.
    expect(consentSettingsOf({ features }).purposes.map((purpose) => purpose.key)).toContain('custom-local');
    expect(features.segments).toBe(local.segments);
    expect(local.relations.customTypes[0]!.forward).toBe('Only here');
  });

  it('ignores a record that is not active, whose id is not its feature, or whose text is not JSON', () => {
    const local = { relations: { customTypes: [customType] } };
    const broken: RegisterConfig[] = [
      { ...registerConfigOf('relations', { customTypes: [] }, 1), status: 'passive' },
      { ...registerConfigOf('relations', { customTypes: [] }, 1), id: 'other' },
      { ...registerConfigOf('relations', { customTypes: [] }, 1), value: '{not json' },
    ];
    for (const record of broken) expect(featuresWithRegisterConfigs(local, [record])).toEqual(local);
  });

  it('keeps the device’s own value of synced features in a settings write built from overlaid settings', () => {
    const local = { relations: { customTypes: [] }, segments: [] };
    const overlaid = featuresWithRegisterConfigs(local, [
      registerConfigOf('relations', relationsOnServer, 1),
      registerConfigOf('consent', { purposes: [] }, 1),
    ]);
    const written = withLocalSyncedFeatures({ ...overlaid, segments: [{ id: 'new' }] }, local);
    expect(written).toEqual({ relations: { customTypes: [] }, segments: [{ id: 'new' }] });
  });

  it('turns the device’s configured synced features, and only those, into records', () => {
    const records = registerConfigsFrom(
      { relations: relationsOnServer, retention: { rules: [] }, segments: [{ id: 's1' }] },
      5,
    );
    expect(records.map((record) => record.id)).toEqual(['relations', 'retention']);
    expect(JSON.parse(records[0]!.value)).toEqual(relationsOnServer);
    expect(records[0]).toMatchObject({
      status: 'active',
      owningUnit: 'main',
      createdAt: 5,
      feature: 'relations',
    });
  });
});
