import type { SessionTokenApi } from '../shared/platform/PlatformApi';
import { createSafeSecretFile, type SafeSecretFileOptions } from './safeSecretFile';

/**
 * The sync session token, per register, wrapped by the OS keystore like the remembered data key
 * and refused on the same insecure backends (Linux basic_text). The renderer then keeps the token
 * inside the encrypted register instead.
 */
export type SessionTokenStoreOptions = SafeSecretFileOptions;

export const sessionTokensFileName = 'session-tokens.json';

// Server tokens are opaque but printable; anything else in the file is damage, not a token.
export const sessionTokenPattern = /^[\x21-\x7e]{16,4096}$/;

export const createSessionTokenStore = (options: SessionTokenStoreOptions): SessionTokenApi => {
  const file = createSafeSecretFile(options);
  return {
    availability: file.availability,
    store: async (registerId, token) => {
      if (!sessionTokenPattern.test(token)) throw new Error('Not a session token');
      await file.store(registerId, token);
    },
    load: (registerId) => file.load(registerId, (text) => sessionTokenPattern.test(text)),
    forget: file.forget,
  };
};
