import type { RememberedKeyApi } from '../shared/platform/PlatformApi';
import { base64Pattern, createSafeSecretFile, type SafeSecretFileOptions } from './safeSecretFile';

export type { KeyStoreSafeStorage } from './safeSecretFile';

/**
 * The "remember me on this computer" half of PlatformApi: the register's raw data key, as base64,
 * in a safeStorage-wrapped secret file (see safeSecretFile.ts). Refused on Linux's basic_text backend.
 */
export type RememberedKeyStoreOptions = SafeSecretFileOptions;

export const rememberedKeysFileName = 'remembered-keys.json';

export const createRememberedKeyStore = (options: RememberedKeyStoreOptions): RememberedKeyApi => {
  const file = createSafeSecretFile(options);
  return {
    availability: file.availability,
    store: (registerId, rawKey) => file.store(registerId, Buffer.from(rawKey).toString('base64')),
    load: async (registerId) => {
      const secret = await file.load(registerId, (text) => base64Pattern.test(text));
      return secret === null ? null : new Uint8Array(Buffer.from(secret, 'base64'));
    },
    forget: file.forget,
  };
};
