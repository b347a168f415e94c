import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SafeStorage } from 'electron';
import type { RememberedKeyAvailability } from '../shared/platform/PlatformApi';

/**
 * Secrets kept per register in one file, each wrapped by the OS keystore (Keychain, DPAPI,
 * libsecret/KWallet) through safeStorage, after Signal Desktop: only wrapped bytes touch the disk.
 * Used for the remembered data key and for the sync session token.
 *
 * File format: a JSON object { [registerId]: base64(safeStorage-encrypted secret) }.
 *
 * Uses safeStorage's async API: the synchronous isEncryptionAvailable/encryptString/decryptString
 * are deprecated in Electron 45 and decrypt the same data.
 */
export type KeyStoreSafeStorage = Pick<
  SafeStorage,
  'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync' | 'getSelectedStorageBackend'
>;

export type SafeSecretFileOptions = {
  safeStorage: KeyStoreSafeStorage;
  /** Absolute path of the JSON file, normally in app.getPath('userData'). */
  filePath: string;
  platform: NodeJS.Platform;
};

/** Secrets as strings; null from load means none is kept or it can no longer be decrypted. */
export type SafeSecretFile = {
  availability: () => Promise<RememberedKeyAvailability>;
  store: (registerId: string, secret: string) => Promise<void>;
  load: (registerId: string, isValid: (secret: string) => boolean) => Promise<string | null>;
  forget: (registerId: string) => Promise<void>;
};

// basic_text "encrypts" with a hard-coded password, i.e. not at all; unknown means safeStorage is not ready.
const insecureLinuxBackends: ReadonlySet<string> = new Set(['basic_text', 'unknown']);

export const base64Pattern = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

type KeyMap = Map<string, string>;

const parseKeyMap = (text: string): KeyMap | null => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
  const entries = Object.entries(parsed);
  if (!entries.every(([, value]) => typeof value === 'string' && base64Pattern.test(value))) return null;
  return new Map(entries as [string, string][]);
};

const isMissingFile = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';

export const createSafeSecretFile = ({
  safeStorage,
  filePath,
  platform,
}: SafeSecretFileOptions): SafeSecretFile => {
  // Read-modify-write of one file: run the operations one after another so none loses another's update.
  let queue: Promise<unknown> = Promise.resolve();
  const serialized = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  /** A missing or unreadable file counts as empty: the user simply unlocks with the password again. */
  const readKeyMap = async (): Promise<KeyMap> => {
    try {
      return parseKeyMap(await readFile(filePath, 'utf8')) ?? new Map();
    } catch (error) {
      if (isMissingFile(error)) return new Map();
      throw error;
    }
  };

  const writeKeyMap = async (keys: KeyMap): Promise<void> => {
    await mkdir(path.dirname(filePath), { recursive: true });
    const temporaryPath = `${filePath}.${process.pid}.${randomUUID()}.tmp`;
    try {
      await writeFile(temporaryPath, JSON.stringify(Object.fromEntries(keys)), { mode: 0o600 });
      // rename() replaces the file in one step, so a crash leaves either the old or the new map.
      await rename(temporaryPath, filePath);
    } catch (error) {
      await unlink(temporaryPath).catch(() => undefined);
      throw error;
    }
  };

  const availability = async (): Promise<RememberedKeyAvailability> => {
    if (!(await safeStorage.isAsyncEncryptionAvailable())) {
      return { isAvailable: false, reason: 'encryptionUnavailable' };
    }
    if (platform === 'linux' && insecureLinuxBackends.has(safeStorage.getSelectedStorageBackend())) {
      return { isAvailable: false, reason: 'noSecureBackend' };
    }
    return { isAvailable: true };
  };

  const wrap = async (secret: string): Promise<string> =>
    Buffer.from(await safeStorage.encryptStringAsync(secret)).toString('base64');

  const store = (registerId: string, secret: string): Promise<void> =>
    serialized(async () => {
      const state = await availability();
      if (!state.isAvailable) throw new Error(`Cannot keep the secret: ${state.reason}`);
      const wrapped = await wrap(secret);
      const keys = await readKeyMap();
      keys.set(registerId, wrapped);
      await writeKeyMap(keys);
    });

  const load = (registerId: string, isValid: (secret: string) => boolean): Promise<string | null> =>
    serialized(async () => {
      if (!(await availability()).isAvailable) return null;
      const wrapped = (await readKeyMap().catch(() => new Map<string, string>())).get(registerId);
      if (wrapped === undefined) return null;
      let decrypted: { result: string; shouldReEncrypt: boolean };
      try {
        decrypted = await safeStorage.decryptStringAsync(Buffer.from(wrapped, 'base64'));
      } catch {
        // Keystore reset, another user profile, a copied file: the key is lost, not an error.
        return null;
      }
      if (decrypted.result.length === 0 || !isValid(decrypted.result)) return null;
      if (decrypted.shouldReEncrypt) {
        // The OS rotated its key; re-wrap so the entry stays readable. Failing here must not block unlocking.
        try {
          const keys = await readKeyMap();
          keys.set(registerId, await wrap(decrypted.result));
          await writeKeyMap(keys);
        } catch {
          // Keep the old entry; it still decrypted.
        }
      }
      return decrypted.result;
    });

  const forget = (registerId: string): Promise<void> =>
    serialized(async () => {
      const keys = await readKeyMap();
      if (!keys.delete(registerId)) return;
      await writeKeyMap(keys);
    });

  return { availability, store, load, forget };
};
