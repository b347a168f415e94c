import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KeyStoreSafeStorage } from '../../../electron/safeSecretFile';
import { createSessionTokenStore, sessionTokensFileName } from '../../../electron/sessionTokenStore';

type Backend = ReturnType<KeyStoreSafeStorage['getSelectedStorageBackend']>;

/** A reversible stand-in for the OS keystore whose output is recognisably not the plaintext. */
const fakeSafeStorage = ({
  isAvailable = true,
  backend = 'kwallet6' as Backend,
} = {}): KeyStoreSafeStorage => ({
  isAsyncEncryptionAvailable: async () => isAvailable,
  getSelectedStorageBackend: () => backend,
  encryptStringAsync: async (plainText) => Buffer.from(`wrapped:${[...plainText].reverse().join('')}`),
  decryptStringAsync: async (encrypted) => {
    const match = /^wrapped:(.*)$/s.exec(encrypted.toString());
    if (match === null) throw new Error('Error while decrypting the ciphertext provided to safeStorage');
    return { result: [...(match[1] ?? '')].reverse().join(''), shouldReEncrypt: false };
  },
});

const token = 'kt.3f9a1c0b7d2e4f6a8b0c1d2e3f4a5b6c';
let directory: string;
let filePath: string;

beforeEach(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'kontakt-tokens-'));
  filePath = path.join(directory, 'userData', sessionTokensFileName);
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('sessionTokenStore', () => {
  it('keeps a token per register across a restart and forgets it', async () => {
    const safeStorage = fakeSafeStorage();
    await createSessionTokenStore({ safeStorage, filePath, platform: 'linux' }).store('register-a', token);
    const reopened = createSessionTokenStore({ safeStorage, filePath, platform: 'linux' });
    expect(await reopened.load('register-a')).toBe(token);
    expect(await reopened.load('register-b')).toBeNull();
    await reopened.forget('register-a');
    expect(await reopened.load('register-a')).toBeNull();
  });

  it('writes only the wrapped token to disk', async () => {
    await createSessionTokenStore({ safeStorage: fakeSafeStorage(), filePath, platform: 'win32' }).store(
      'r',
      token,
    );
    const text = await readFile(filePath, 'utf8');
    expect(text).not.toContain(token);
    expect(text).not.toContain(Buffer.from(token).toString('base64'));
  });

  it("refuses Linux's basic_text backend and an unavailable keystore", async () => {
    for (const safeStorage of [
      fakeSafeStorage({ backend: 'basic_text' }),
      fakeSafeStorage({ backend: 'unknown' }),
    ]) {
      const store = createSessionTokenStore({ safeStorage, filePath, platform: 'linux' });
      expect(await store.availability()).toEqual({ isAvailable: false, reason: 'noSecureBackend' });
      await expect(store.store('r', token)).rejects.toThrow(/noSecureBackend/);
    }
    const unavailable = createSessionTokenStore({
      safeStorage: fakeSafeStorage({ isAvailable: false }),
      filePath,
      platform: 'darwin',
    });
    expect(await unavailable.availability()).toEqual({ isAvailable: false, reason: 'encryptionUnavailable' });
    expect(await unavailable.load('r')).toBeNull();
  });

  it('refuses to store something that is not a token', async () => {
    const store = createSessionTokenStore({ safeStorage: fakeSafeStorage(), filePath, platform: 'darwin' });
    await expect(store.store('r', 'short')).rejects.toThrow();
    await expect(store.store('r', `${token}\n`)).rejects.toThrow();
  });

  it('treats a damaged or foreign file as no token, not as an error', async () => {
    const store = createSessionTokenStore({ safeStorage: fakeSafeStorage(), filePath, platform: 'darwin' });
    await store.store('r', token);
    await writeFile(filePath, JSON.stringify({ r: Buffer.from('not wrapped').toString('base64') }));
    expect(await store.load('r')).toBeNull();
    await writeFile(filePath, '{broken');
    expect(await store.load('r')).toBeNull();
  });
});
