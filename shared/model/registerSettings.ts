import type { RecordDefinition } from './fieldDefinition';

export const builtInPersonCategories = [
  'alumnus',
  'lecturer',
  'partnerContact',
  'customer',
  'supplier',
  'donor',
  'student',
  'staff',
  'other',
] as const;

export const builtInOrganisationCategories = [
  'strategicPartner',
  'keyPartner',
  'operationalPartner',
  'internationalPartner',
  'customer',
  'supplier',
  'donor',
  'other',
] as const;

/** A category is either built in (translated by key) or added by the register's users (shown by its label). */
export type CategoryOption = { key: string; label: string; isBuiltIn: boolean; isEnabled: boolean };

/**
 * This device's link to the company server. `token` is used only where the OS keystore cannot hold
 * the session token (the browser build, Linux without a keyring): it is then kept here, inside the
 * encrypted register, never in plain browser storage.
 */
export type SyncSettings = {
  serverUrl: string;
  /** The server's id of the signed-in user; records carry it in updatedBy. */
  userId: string;
  username: string;
  displayName: string;
  isSignedIn: boolean;
  token: string;
};

export type RegisterSettings = {
  id: string;
  updatedAt: number;
  personCategories: CategoryOption[];
  organisationCategories: CategoryOption[];
  autoLockMinutes: number;
  sync: SyncSettings;
  /**
   * Each feature's own configuration under its name (consent purposes, retention rules, the register
   * description…). Read only through the feature's accessor, which validates and fills defaults, so a
   * feature added later never needs another settings migration.
   */
  features: Record<string, unknown>;
};

export const defaultSyncSettings: SyncSettings = {
  serverUrl: '',
  userId: '',
  username: '',
  displayName: '',
  isSignedIn: false,
  token: '',
};

export const registerSettingsId = 'register';
export const autoLockChoices = [0, 5, 10, 15, 30, 60] as const;

export const defaultRegisterSettings = (now: number): RegisterSettings => ({
  id: registerSettingsId,
  updatedAt: now,
  personCategories: builtInPersonCategories.map((key) => ({
    key,
    label: '',
    isBuiltIn: true,
    isEnabled: true,
  })),
  organisationCategories: builtInOrganisationCategories.map((key) => ({
    key,
    label: '',
    isBuiltIn: true,
    isEnabled: true,
  })),
  autoLockMinutes: 15,
  sync: defaultSyncSettings,
  features: {},
});

/** Settings hold category labels users typed, so only the id and timestamp stay plaintext. */
export const registerSettingsDefinition = {
  collection: 'settings',
  // 1: the sync settings were added. 2: per-feature configuration (`features`).
  schemaVersion: 2,
  plaintextFields: ['id', 'updatedAt'],
} as const satisfies Pick<RecordDefinition<RegisterSettings>, 'collection' | 'schemaVersion'> & {
  plaintextFields: readonly (keyof RegisterSettings)[];
};

/** Settings stored by an older version, brought to the current shape one version at a time. */
export const registerSettingsMigrations = {
  1: (document: Omit<RegisterSettings, 'sync' | 'features'>) => ({ ...document, sync: defaultSyncSettings }),
  2: (document: Omit<RegisterSettings, 'features'>) => ({ ...document, features: {} }),
} as const;

/** A feature's stored configuration, or undefined when it has none yet (the accessor then uses defaults). */
export const featureSettingsOf = (
  settings: Pick<RegisterSettings, 'features'> | undefined,
  feature: string,
): unknown => settings?.features?.[feature];
