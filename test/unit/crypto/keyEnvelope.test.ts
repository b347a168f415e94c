import { describe, expect, it } from 'vitest';
import {
  createKeyEnvelope,
  defaultKdfIterations,
  importDataKey,
  rewrapKeyEnvelope,
  UnsupportedEnvelopeError,
  unwrapDataKey,
  WrongPassphraseError,
  type KeyEnvelope,
} from '../../../renderer/db/crypto';
import { base64ToBytes, bytesToBase64 } from '../../../renderer/db/crypto/base64';

// Low iteration counts keep the suite fast; one test below runs the real default.
const fast = { iterations: 1_000 };

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('key envelope', () => {
  it('creates a 256-bit data key and an envelope that unwraps to it', async () => {
    const { envelope, rawDataKey } = await createKeyEnvelope('correct horse battery staple', fast);
    expect(rawDataKey).toBeInstanceOf(Uint8Array);
    expect(rawDataKey).toHaveLength(32);
    expect(envelope.version).toBe(1);
    expect(envelope.kdf).toMatchObject({ name: 'PBKDF2-SHA256', iterations: 1_000 });
    expect(base64ToBytes(envelope.kdf.salt).length).toBeGreaterThanOrEqual(16);
    // iv(12) || encrypted 32-byte key || GCM tag(16)
    expect(base64ToBytes(envelope.wrappedKey)).toHaveLength(12 + 32 + 16);
    expect(Number.isNaN(Date.parse(envelope.createdAt))).toBe(false);
    expect(envelope.changedAt).toBe(envelope.createdAt);
    expect(JSON.parse(JSON.stringify(envelope))).toEqual(envelope);

    expect(await unwrapDataKey(envelope, 'correct horse battery staple')).toEqual(rawDataKey);
  });

  it('never reuses a data key or salt', async () => {
    const first = await createKeyEnvelope('same passphrase', fast);
    const second = await createKeyEnvelope('same passphrase', fast);
    expect(first.rawDataKey).not.toEqual(second.rawDataKey);
    expect(first.envelope.kdf.salt).not.toBe(second.envelope.kdf.salt);
  });

  it('uses at least 600 000 PBKDF2 iterations by default', async () => {
    expect(defaultKdfIterations).toBeGreaterThanOrEqual(600_000);
    const { envelope, rawDataKey } = await createKeyEnvelope('oletus-iteraatiot');
    expect(envelope.kdf.iterations).toBe(defaultKdfIterations);
    expect(await unwrapDataKey(envelope, 'oletus-iteraatiot')).toEqual(rawDataKey);
  });

  it('rejects a wrong passphrase with WrongPassphraseError', async () => {
    const { envelope } = await createKeyEnvelope('right one', fast);
    const error = await rejectionOf(unwrapDataKey(envelope, 'wrong one'));
    expect(error).toBeInstanceOf(WrongPassphraseError);
    expect((error as WrongPassphraseError).code).toBe('wrongPassphrase');
    await expect(unwrapDataKey(envelope, 'Right one')).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('treats composed and decomposed forms of the same passphrase as equal (NFC)', async () => {
    const composed = 'Sälj åt Öberg'.normalize('NFC');
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    const { envelope, rawDataKey } = await createKeyEnvelope(composed, fast);
    expect(await unwrapDataKey(envelope, decomposed)).toEqual(rawDataKey);
  });

  it('reports a tampered wrapped key or salt as a wrong passphrase, never returning a different key', async () => {
    const { envelope } = await createKeyEnvelope('tamper test', fast);
    const wrapped = base64ToBytes(envelope.wrappedKey);
    wrapped[20] ^= 0x80;
    const tamperedKey: KeyEnvelope = { ...envelope, wrappedKey: bytesToBase64(wrapped) };
    await expect(unwrapDataKey(tamperedKey, 'tamper test')).rejects.toBeInstanceOf(WrongPassphraseError);

    const salt = base64ToBytes(envelope.kdf.salt);
    salt[0] ^= 0x01;
    const tamperedSalt: KeyEnvelope = { ...envelope, kdf: { ...envelope.kdf, salt: bytesToBase64(salt) } };
    await expect(unwrapDataKey(tamperedSalt, 'tamper test')).rejects.toBeInstanceOf(WrongPassphraseError);

    const lowered: KeyEnvelope = { ...envelope, kdf: { ...envelope.kdf, iterations: 999 } };
    await expect(unwrapDataKey(lowered, 'tamper test')).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('rejects envelopes it does not understand with UnsupportedEnvelopeError', async () => {
    const { envelope } = await createKeyEnvelope('shape test', fast);
    const variants: unknown[] = [
      { ...envelope, version: 2 },
      { ...envelope, kdf: { ...envelope.kdf, name: 'scrypt' } },
      { ...envelope, kdf: { ...envelope.kdf, iterations: 0 } },
      { ...envelope, kdf: { ...envelope.kdf, iterations: 1.5 } },
      { ...envelope, kdf: { ...envelope.kdf, salt: '%%%' } },
      { ...envelope, wrappedKey: envelope.wrappedKey.slice(0, 40) },
      { ...envelope, wrappedKey: undefined },
    ];
    for (const variant of variants) {
      const error = await rejectionOf(unwrapDataKey(variant as KeyEnvelope, 'shape test'));
      expect(error).toBeInstanceOf(UnsupportedEnvelopeError);
      expect((error as UnsupportedEnvelopeError).code).toBe('unsupportedEnvelope');
    }
  });

  it('re-wraps the same data key under a new passphrase and a new salt', async () => {
    const { envelope, rawDataKey } = await createKeyEnvelope('old passphrase', fast);
    const changed = await rewrapKeyEnvelope(envelope, 'old passphrase', 'new passphrase', fast);
    expect(changed.kdf.salt).not.toBe(envelope.kdf.salt);
    expect(changed.wrappedKey).not.toBe(envelope.wrappedKey);
    expect(changed.createdAt).toBe(envelope.createdAt);
    expect(Date.parse(changed.changedAt)).toBeGreaterThanOrEqual(Date.parse(envelope.changedAt));
    expect(await unwrapDataKey(changed, 'new passphrase')).toEqual(rawDataKey);
    await expect(unwrapDataKey(changed, 'old passphrase')).rejects.toBeInstanceOf(WrongPassphraseError);
    // The previous envelope is untouched and still opens with the old passphrase.
    expect(await unwrapDataKey(envelope, 'old passphrase')).toEqual(rawDataKey);
  });

  it('refuses to re-wrap when the old passphrase is wrong', async () => {
    const { envelope } = await createKeyEnvelope('old passphrase', fast);
    await expect(rewrapKeyEnvelope(envelope, 'guess', 'new passphrase', fast)).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
  });

  it('raises a weak iteration count to the default on re-wrap unless told otherwise', async () => {
    const { envelope, rawDataKey } = await createKeyEnvelope('weak', fast);
    const changed = await rewrapKeyEnvelope(envelope, 'weak', 'stronger');
    expect(changed.kdf.iterations).toBe(defaultKdfIterations);
    expect(await unwrapDataKey(changed, 'stronger')).toEqual(rawDataKey);
  });

  it('validates passphrases and iteration counts', async () => {
    await expect(createKeyEnvelope('')).rejects.toThrow(TypeError);
    await expect(createKeyEnvelope('x', { iterations: 0 })).rejects.toThrow(RangeError);
    await expect(createKeyEnvelope('x', { iterations: 10.5 })).rejects.toThrow(RangeError);
  });
});

describe('importDataKey', () => {
  it('imports a non-extractable AES-GCM-256 key that encrypts and decrypts', async () => {
    const { rawDataKey } = await createKeyEnvelope('import', fast);
    const key = await importDataKey(rawDataKey);
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    expect([...key.usages].sort()).toEqual(['decrypt', 'encrypt']);
    await expect(globalThis.crypto.subtle.exportKey('raw', key)).rejects.toThrow();

    const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
    const plaintext = new TextEncoder().encode('hei maailma');
    const ciphertext = await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plaintext);
    const other = await globalThis.crypto.subtle.importKey(
      'raw',
      new Uint8Array(rawDataKey),
      'AES-GCM',
      false,
      ['decrypt'],
    );
    expect(
      new Uint8Array(await globalThis.crypto.subtle.decrypt({ name: 'AES-GCM', iv }, other, ciphertext)),
    ).toEqual(plaintext);
  });

  it('rejects keys of the wrong length', async () => {
    await expect(importDataKey(new Uint8Array(16))).rejects.toThrow(RangeError);
  });
});
