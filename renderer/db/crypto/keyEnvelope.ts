import { base64ToBytes, bytesToBase64 } from './base64';
import { UnsupportedEnvelopeError, WrongPassphraseError } from './cryptoErrors';

/**
 * Envelope encryption: records are encrypted with a random data key; only that key is encrypted with the
 * passphrase-derived key (KEK). Changing the passphrase therefore re-wraps 32 bytes and never touches records.
 */
export type KeyEnvelope = {
  version: 1;
  kdf: { name: 'PBKDF2-SHA256'; iterations: number; salt: string /* base64 */ };
  wrappedKey: string /* base64 of iv(12) || AES-GCM(kek, rawDataKey) */;
  createdAt: string;
  changedAt: string;
};

/** OWASP 2023 recommendation for PBKDF2-HMAC-SHA256. */
export const defaultKdfIterations = 600_000;

const dataKeyLength = 32;
const saltLength = 16;
const ivLength = 12;
const gcmTagLength = 16;
const wrappedKeyLength = ivLength + dataKeyLength + gcmTagLength;
// Upper bound only guards against an envelope that would freeze the app for minutes.
const maxKdfIterations = 100_000_000;

const textEncoder = new TextEncoder();

function subtle(): SubtleCrypto {
  return globalThis.crypto.subtle;
}

function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

function assertIterations(iterations: number): void {
  if (!Number.isSafeInteger(iterations) || iterations < 1 || iterations > maxKdfIterations) {
    throw new RangeError(`KDF iterations must be an integer between 1 and ${maxKdfIterations}.`);
  }
}

function assertPassphrase(passphrase: string): void {
  if (typeof passphrase !== 'string' || passphrase.length === 0) {
    throw new TypeError('The passphrase must be a non-empty string.');
  }
}

async function deriveKeyEncryptionKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  // NFC so that the same visible passphrase typed on different keyboards/OSes (composed vs decomposed
  // "ä", "å") derives the same key.
  const passphraseBytes = textEncoder.encode(passphrase.normalize('NFC'));
  const baseKey = await subtle().importKey('raw', passphraseBytes, 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    baseKey,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

async function wrapDataKey(
  rawDataKey: Uint8Array<ArrayBuffer>,
  passphrase: string,
  iterations: number,
): Promise<{ kdf: KeyEnvelope['kdf']; wrappedKey: string }> {
  const salt = randomBytes(saltLength);
  const kek = await deriveKeyEncryptionKey(passphrase, salt, iterations);
  const iv = randomBytes(ivLength);
  const ciphertext = new Uint8Array(await subtle().encrypt({ name: 'AES-GCM', iv }, kek, rawDataKey));
  const wrapped = new Uint8Array(ivLength + ciphertext.length);
  wrapped.set(iv, 0);
  wrapped.set(ciphertext, ivLength);
  return {
    kdf: { name: 'PBKDF2-SHA256', iterations, salt: bytesToBase64(salt) },
    wrappedKey: bytesToBase64(wrapped),
  };
}

function decodeBase64Field(value: unknown, fieldName: string): Uint8Array<ArrayBuffer> {
  if (typeof value !== 'string') {
    throw new UnsupportedEnvelopeError(`${fieldName} is not a string`);
  }
  try {
    return base64ToBytes(value);
  } catch (error) {
    throw new UnsupportedEnvelopeError(`${fieldName} is not valid base64`, { cause: error });
  }
}

/** Validates the shape before any expensive KDF work, so a damaged envelope is not reported as a wrong passphrase. */
function parseEnvelope(envelope: KeyEnvelope): {
  iterations: number;
  salt: Uint8Array<ArrayBuffer>;
  wrapped: Uint8Array<ArrayBuffer>;
} {
  if (typeof envelope !== 'object' || envelope === null) {
    throw new UnsupportedEnvelopeError('not an object');
  }
  if (envelope.version !== 1) {
    throw new UnsupportedEnvelopeError(`version ${String(envelope.version)}`);
  }
  const kdf: unknown = envelope.kdf;
  if (typeof kdf !== 'object' || kdf === null || (kdf as { name?: unknown }).name !== 'PBKDF2-SHA256') {
    throw new UnsupportedEnvelopeError('unknown key derivation function');
  }
  const { iterations, salt } = kdf as { iterations?: unknown; salt?: unknown };
  if (
    typeof iterations !== 'number' ||
    !Number.isSafeInteger(iterations) ||
    iterations < 1 ||
    iterations > maxKdfIterations
  ) {
    throw new UnsupportedEnvelopeError('invalid iteration count');
  }
  const saltBytes = decodeBase64Field(salt, 'kdf.salt');
  if (saltBytes.length < saltLength) {
    throw new UnsupportedEnvelopeError('salt too short');
  }
  const wrapped = decodeBase64Field(envelope.wrappedKey, 'wrappedKey');
  if (wrapped.length !== wrappedKeyLength) {
    throw new UnsupportedEnvelopeError('wrapped key has the wrong length');
  }
  return { iterations, salt: saltBytes, wrapped };
}

export async function createKeyEnvelope(
  passphrase: string,
  options?: { iterations?: number },
): Promise<{ envelope: KeyEnvelope; rawDataKey: Uint8Array }> {
  assertPassphrase(passphrase);
  const iterations = options?.iterations ?? defaultKdfIterations;
  assertIterations(iterations);
  const rawDataKey = randomBytes(dataKeyLength);
  const { kdf, wrappedKey } = await wrapDataKey(rawDataKey, passphrase, iterations);
  const now = new Date().toISOString();
  return { envelope: { version: 1, kdf, wrappedKey, createdAt: now, changedAt: now }, rawDataKey };
}

async function unwrap(envelope: KeyEnvelope, passphrase: string): Promise<Uint8Array<ArrayBuffer>> {
  assertPassphrase(passphrase);
  const { iterations, salt, wrapped } = parseEnvelope(envelope);
  const kek = await deriveKeyEncryptionKey(passphrase, salt, iterations);
  let rawDataKey: ArrayBuffer;
  try {
    rawDataKey = await subtle().decrypt(
      { name: 'AES-GCM', iv: wrapped.subarray(0, ivLength) },
      kek,
      wrapped.subarray(ivLength),
    );
  } catch (error) {
    throw new WrongPassphraseError({ cause: error });
  }
  return new Uint8Array(rawDataKey);
}

/** Throws WrongPassphraseError when the passphrase (or a tampered envelope) fails GCM authentication. */
export async function unwrapDataKey(envelope: KeyEnvelope, passphrase: string): Promise<Uint8Array> {
  return unwrap(envelope, passphrase);
}

/**
 * Same data key under a new passphrase and a fresh salt. The iteration count never drops below the current
 * default, so old envelopes are strengthened when the user changes the passphrase; tests pass a lower
 * count explicitly.
 */
export async function rewrapKeyEnvelope(
  envelope: KeyEnvelope,
  oldPassphrase: string,
  newPassphrase: string,
  options?: { iterations?: number },
): Promise<KeyEnvelope> {
  assertPassphrase(newPassphrase);
  if (options?.iterations !== undefined) {
    assertIterations(options.iterations);
  }
  const rawDataKey = await unwrap(envelope, oldPassphrase);
  try {
    const iterations = options?.iterations ?? Math.max(envelope.kdf.iterations, defaultKdfIterations);
    const { kdf, wrappedKey } = await wrapDataKey(rawDataKey, newPassphrase, iterations);
    return {
      version: 1,
      kdf,
      wrappedKey,
      createdAt: envelope.createdAt,
      changedAt: new Date().toISOString(),
    };
  } finally {
    rawDataKey.fill(0);
  }
}

/** The returned key is non-extractable: once imported, the raw bytes can be dropped. */
export async function importDataKey(rawDataKey: Uint8Array): Promise<CryptoKey> {
  if (!(rawDataKey instanceof Uint8Array) || rawDataKey.length !== dataKeyLength) {
    throw new RangeError(`A data key must be ${dataKeyLength} bytes.`);
  }
  const copy = new Uint8Array(rawDataKey);
  try {
    return await subtle().importKey('raw', copy, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
  } finally {
    copy.fill(0);
  }
}
