import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createRememberedKeyStore,
  rememberedKeysFileName,
  type KeyStoreSafeStorage,
} from '../../../electron/rememberedKeyStore';

type Backend = ReturnType<KeyStoreSafeStorage['getSelectedStorageBackend']>;

/** A reversible stand-in for the OS keystore whose "ciphertext" is recognisably not the plaintext. */
const createFakeSafeStorage = ({
  isAvailable = true,
  backend = 'gnome_libsecret' as Backend,
  shouldReEncrypt = false,
} = {}) => {
  const calls = { encrypt: 0, decrypt: 0 };
  let generation = 1;
  const safeStorage: KeyStoreSafeStorage = {
    isAsyncEncryptionAvailable: async () => isAvailable,
    getSelectedStorageBackend: () => backend,
    encryptStringAsync: async (plainText) => {
      calls.encrypt += 1;
      return Buffer.from(`wrapped-v${generation}:${[...plainText].reverse().join('')}`);
    },
    decryptStringAsync: async (encrypted) => {
      calls.decrypt += 1;
      const text = encrypted.toString();
      const match = /^wrapped-v\d+:(.*)$/s.exec(text);
      if (match === null) throw new Error('Error while decrypting the ciphertext provided to safeStorage');
      return { result: [...(match[1] ?? '')].reverse().join(''), shouldReEncrypt };
    },
  };
  return { safeStorage, calls, rotate: () => (generation += 1) };
};

const rawKey = (seed: number): Uint8Array =>
  Uint8Array.from({ length: 32 }, (_, index) => (seed * 31 + index) % 256);

let directory: string;
let filePath: string;

beforeEach(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'kontakt-keys-'));
  filePath = path.join(directory, 'userData', rememberedKeysFileName);
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('rememberedKeyStore', () => {
  it('round-trips keys per register and forgets them', async () => {
    const { safeStorage } = createFakeSafeStorage();
    const store = createRememberedKeyStore({ safeStorage, filePath, platform: 'linux' });
    await store.store('register-a', rawKey(1));
    await store.store('register-b', rawKey(2));

    expect(await store.load('register-a')).toEqual(rawKey(1));
    expect(await store.load('register-b')).toEqual(rawKey(2));
    expect(await store.load('register-c')).toBeNull();

    await store.forget('register-a');
    expect(await store.load('register-a')).toBeNull();
    expect(await store.load('register-b')).toEqual(rawKey(2));
  });

  it('survives a restart: a new store over the same file reads the keys back', async () => {
    const { safeStorage } = createFakeSafeStorage();
    await createRememberedKeyStore({ safeStorage, filePath, platform: 'darwin' }).store('r', rawKey(3));
    const reopened = createRememberedKeyStore({ safeStorage, filePath, platform: 'darwin' });
    expect(await reopened.load('r')).toEqual(rawKey(3));
  });

  it('writes only wrapped keys: neither the raw bytes nor their base64 appear in the file', async () => {
    const { safeStorage } = createFakeSafeStorage();
    const store = createRememberedKeyStore({ safeStorage, filePath, platform: 'win32' });
    const key = rawKey(4);
    await store.store('r', key);
    const text = await readFile(filePath, 'utf8');
    const stored = JSON.parse(text) as Record<string, string>;
    expect(Object.keys(stored)).toEqual(['r']);
    expect(text).not.toContain(Buffer.from(key).toString('base64'));
    expect(Buffer.from(stored.r ?? '', 'base64').toString()).toMatch(/^wrapped-v1:/);
    if (process.platform !== 'win32') expect((await stat(filePath)).mode & 0o777).toBe(0o600);
  });

  it('writes atomically, leaving no temporary files behind', async () => {
    const { safeStorage } = createFakeSafeStorage();
    const store = createRememberedKeyStore({ safeStorage, filePath, platform: 'linux' });
    await Promise.all([
      store.store('a', rawKey(1)),
      store.store('b', rawKey(2)),
      store.store('c', rawKey(3)),
    ]);
    expect(await readdir(path.dirname(filePath))).toEqual([rememberedKeysFileName]);
    // Concurrent calls are serialised, so no update is lost.
    expect(Object.keys(JSON.parse(await readFile(filePath, 'utf8')) as object).sort()).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it.each(['basic_text', 'unknown'] as const)(
    'is unavailable on Linux with the %s backend and refuses to store',
    async (backend) => {
      const { safeStorage, calls } = createFakeSafeStorage({ backend });
      const store = createRememberedKeyStore({ safeStorage, filePath, platform: 'linux' });
      expect(await store.availability()).toEqual({ isAvailable: false, reason: 'noSecureBackend' });
      await expect(store.store('r', rawKey(1))).rejects.toThrow(/noSecureBackend/);
      expect(calls.encrypt).toBe(0);
      await expect(readFile(filePath)).rejects.toMatchObject({ code: 'ENOENT' });
    },
  );

  it.each(['gnome_libsecret', 'kwallet5', 'kwallet6'] as const)(
    'is available on Linux with %s',
    async (backend) => {
      const { safeStorage } = createFakeSafeStorage({ backend });
      expect(
        await createRememberedKeyStore({ safeStorage, filePath, platform: 'linux' }).availability(),
      ).toEqual({
        isAvailable: true,
      });
    },
  );

  it('ignores the Linux backend name on other systems', async () => {
    const { safeStorage } = createFakeSafeStorage({ backend: 'basic_text' });
    expect(
      await createRememberedKeyStore({ safeStorage, filePath, platform: 'darwin' }).availability(),
    ).toEqual({
      isAvailable: true,
    });
  });

  it('is unavailable when encryption is unavailable, and then stores nothing and loads null', async () => {
    const working = createFakeSafeStorage();
    await createRememberedKeyStore({ safeStorage: working.safeStorage, filePath, platform: 'win32' }).store(
      'r',
      rawKey(1),
    );

    const { safeStorage } = createFakeSafeStorage({ isAvailable: false });
    const store = createRememberedKeyStore({ safeStorage, filePath, platform: 'win32' });
    expect(await store.availability()).toEqual({ isAvailable: false, reason: 'encryptionUnavailable' });
    await expect(store.store('r2', rawKey(2))).rejects.toThrow(/encryptionUnavailable/);
    expect(await store.load('r')).toBeNull();
  });

  it.each([
    ['not JSON', '{"r": "d3JhcHBl'],
    ['an array', '["a"]'],
    ['a non-string value', '{"r": 42}'],
    ['a value that is not base64', '{"r": "***"}'],
    ['an empty file', ''],
  ])('returns null when the file is corrupt (%s)', async (_name, content) => {
    const { safeStorage } = createFakeSafeStorage();
    const store = createRememberedKeyStore({ safeStorage, filePath, platform: 'linux' });
    await store.store('other', rawKey(9));
    await writeFile(filePath, content);
    expect(await store.load('r')).toBeNull();
    // And storing afterwards replaces the corrupt file with a valid one.
    await store.store('r', rawKey(5));
    expect(await store.load('r')).toEqual(rawKey(5));
  });

  it('returns null when the OS keystore can no longer decrypt the entry', async () => {
    const { safeStorage } = createFakeSafeStorage();
    const store = createRememberedKeyStore({ safeStorage, filePath, platform: 'linux' });
    await store.store('keep', rawKey(1));
    const stored = JSON.parse(await readFile(filePath, 'utf8')) as Record<string, string>;
    stored.r = Buffer.from('ciphertext from another machine').toString('base64');
    await writeFile(filePath, JSON.stringify(stored));
    expect(await store.load('r')).toBeNull();
    expect(await store.load('keep')).toEqual(rawKey(1));
  });

  it('re-wraps an entry when the keystore asks for re-encryption', async () => {
    const fake = createFakeSafeStorage({ shouldReEncrypt: true });
    const store = createRememberedKeyStore({ safeStorage: fake.safeStorage, filePath, platform: 'darwin' });
    await store.store('r', rawKey(6));
    fake.rotate();
    expect(await store.load('r')).toEqual(rawKey(6));
    const stored = JSON.parse(await readFile(filePath, 'utf8')) as Record<string, string>;
    expect(Buffer.from(stored.r ?? '', 'base64').toString()).toMatch(/^wrapped-v2:/);
  });

  it('forgetting an unknown register or with no file is harmless', async () => {
    const { safeStorage } = createFakeSafeStorage();
    const store = createRememberedKeyStore({ safeStorage, filePath, platform: 'linux' });
    await expect(store.forget('nothing')).resolves.toBeUndefined();
    await expect(readFile(filePath)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
