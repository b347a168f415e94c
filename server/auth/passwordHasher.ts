import type { Algorithm } from '@node-rs/argon2';
import { hash, parseOptions, verify } from '@node-rs/argon2';

export type PasswordParameters = { memoryCost: number; timeCost: number; parallelism: number };

/** OWASP's argon2id minimum (19 MiB, 2 passes, 1 lane). */
export const defaultPasswordParameters: PasswordParameters = {
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

const argon2id = 2 as Algorithm;
export const minPasswordLength = 12;
export const maxPasswordLength = 1_000;

export type PasswordHasher = {
  hash: (password: string) => Promise<string>;
  verify: (storedHash: string, password: string) => Promise<boolean>;
  /** True when the stored hash was made with other parameters than today's: rehash after a good login. */
  needsRehash: (storedHash: string) => boolean;
};

export const createPasswordHasher = (
  parameters: PasswordParameters = defaultPasswordParameters,
): PasswordHasher => ({
  hash: (password) => hash(password, { algorithm: argon2id, ...parameters }),
  verify: async (storedHash, password) => {
    try {
      return await verify(storedHash, password);
    } catch {
      return false;
    }
  },
  needsRehash: (storedHash) => {
    try {
      const stored = parseOptions(storedHash);
      return (
        stored.algorithm !== argon2id ||
        stored.memoryCost !== parameters.memoryCost ||
        stored.timeCost !== parameters.timeCost ||
        stored.parallelism !== parameters.parallelism
      );
    } catch {
      return true;
    }
  },
});
