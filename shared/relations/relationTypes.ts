import type { RelationEndKind } from '../model/relationDefinition';
import { featureSettingsOf, type RegisterSettings } from '../model/registerSettings';

/**
 * A kind of relation. Built-in types are translated by key (`activity.relations.types.<key>.forward` and
 * `.inverse`); custom ones carry their own labels, as typed, in the register's settings.
 */
export type RelationType = {
  key: string;
  fromKind: RelationEndKind;
  toKind: RelationEndKind;
  isBuiltIn: boolean;
  forward: string;
  inverse: string;
  /** Reads the same both ways ("partner of"): offered once, never as its own inverse. */
  isSymmetric: boolean;
};

const builtIn = (
  key: string,
  fromKind: RelationEndKind,
  toKind: RelationEndKind,
  isSymmetric = false,
): RelationType => ({ key, fromKind, toKind, isBuiltIn: true, forward: '', inverse: '', isSymmetric });

export const builtInRelationTypes: readonly RelationType[] = [
  builtIn('boardMember', 'person', 'organisation'),
  builtIn('contactPerson', 'person', 'organisation'),
  builtIn('alumnus', 'person', 'organisation'),
  builtIn('member', 'person', 'organisation'),
  builtIn('mentor', 'person', 'person'),
  builtIn('partner', 'organisation', 'organisation', true),
];

export const relationsFeatureKey = 'relations';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isEndKind = (value: unknown): value is RelationEndKind =>
  value === 'person' || value === 'organisation';
const label = (value: unknown): string => (typeof value === 'string' ? value.trim().slice(0, 60) : '');

/** Built-in types, then the custom ones stored in `settings.features.relations` that are well formed. */
export const relationTypesOf = (settings: Pick<RegisterSettings, 'features'> | undefined): RelationType[] => {
  const stored = featureSettingsOf(settings, relationsFeatureKey);
  const raw = isRecord(stored) && Array.isArray(stored.customTypes) ? stored.customTypes : [];
  const custom: RelationType[] = [];
  const keys = new Set(builtInRelationTypes.map((type) => type.key));
  for (const item of raw) {
    if (!isRecord(item) || typeof item.key !== 'string' || keys.has(item.key)) continue;
    const forward = label(item.forward);
    const inverse = label(item.inverse) || forward;
    if (forward === '' || !isEndKind(item.fromKind) || !isEndKind(item.toKind)) continue;
    keys.add(item.key);
    custom.push({
      key: item.key,
      fromKind: item.fromKind,
      toKind: item.toKind,
      isBuiltIn: false,
      forward,
      inverse,
      isSymmetric: item.fromKind === item.toKind && forward === inverse,
    });
  }
  return [...builtInRelationTypes, ...custom];
};

/** The relations feature's configuration (what `features.relations` holds) for these types' custom ones. */
export const relationsConfigurationOf = (types: readonly RelationType[]): { customTypes: unknown[] } => ({
  customTypes: types
    .filter((type) => !type.isBuiltIn)
    .map(({ key, fromKind, toKind, forward, inverse }) => ({ key, fromKind, toKind, forward, inverse })),
});

/** The settings' features with the custom types replaced. */
export const withCustomRelationTypes = (
  settings: Pick<RegisterSettings, 'features'>,
  customTypes: readonly RelationType[],
): Record<string, unknown> => ({
  ...settings.features,
  [relationsFeatureKey]: relationsConfigurationOf(customTypes),
});

/** How a record sees a relation type: the forward label at the "from" end, the inverse at the "to" end. */
export type RelationDirection = { type: RelationType; isForward: boolean };

/** The directions a record of this kind can take part in, for the "add relation" choice. */
export const directionsFor = (types: readonly RelationType[], kind: RelationEndKind): RelationDirection[] => [
  ...types.filter((type) => type.fromKind === kind).map((type) => ({ type, isForward: true })),
  ...types
    .filter((type) => type.toKind === kind && !type.isSymmetric)
    .map((type) => ({ type, isForward: false })),
];
