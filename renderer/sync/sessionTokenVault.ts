import { registerSettingsId } from '../../shared/model';
import type { PlatformApi } from '../../shared/platform/PlatformApi';
import type { RegisterDatabase } from '../db/openRegisterDatabase';

export type SessionTokenVault = {
  load: () => Promise<string | null>;
  store: (token: string) => Promise<void>;
  forget: () => Promise<void>;
};

const patchSync = async (database: RegisterDatabase, token: string) => {
  const settings = await database.settings.findOne(registerSettingsId).exec();
  await settings?.incrementalModify((current) => ({ ...current, sync: { ...current.sync, token } }));
};

/**
 * Where this device keeps the sync session token: the OS keystore through the platform API when
 * it has a secure one (desktop), otherwise the register's own settings, which are encrypted at rest
 * with the register's data key. Never plain localStorage.
 */
export const createSessionTokenVault = (
  platform: PlatformApi,
  database: RegisterDatabase,
  registerId: string,
): SessionTokenVault => {
  const usesKeystore = async () => (await platform.sessionToken.availability()).isAvailable;
  return {
    load: async () => {
      if (await usesKeystore()) {
        const token = await platform.sessionToken.load(registerId);
        if (token) return token;
      }
      const settings = await database.settings.findOne(registerSettingsId).exec();
      const token = settings?.sync?.token ?? '';
      return token === '' ? null : token;
    },
    store: async (token) => {
      if (await usesKeystore()) {
        await platform.sessionToken.store(registerId, token);
        await patchSync(database, '');
      } else {
        await patchSync(database, token);
      }
    },
    forget: async () => {
      if (await usesKeystore()) await platform.sessionToken.forget(registerId);
      await patchSync(database, '');
    },
  };
};
