import { base64ToBytes, bytesToBase64 } from './base64';
import { RegisterCorruptedError } from './cryptoErrors';

/**
 * Seals the personal part of one stored record: base64(version || iv(12) || AES-GCM ciphertext+tag).
 * The additional authenticated data binds the ciphertext to its collection and primary key, so a ciphertext
 * copied onto another record or into another collection fails authentication.
 */
export type RecordCipher = {
  seal(collectionName: string, documentId: string, fields: Record<string, unknown>): Promise<string>;
  open(collectionName: string, documentId: string, sealed: unknown): Promise<Record<string, unknown>>;
};

export const recordFormatVersion = 1;

const ivLength = 12;
const tagLength = 16;
const headerLength = 1 + ivLength;
// getRandomValues refuses more than 65 536 bytes; one call yields 5 461 IVs instead of one call per record.
const ivPoolSize = Math.floor(65_536 / ivLength) * ivLength;

const textEncoder = new TextEncoder();
const textDecoder = new TextDecoder('utf-8', { fatal: true });

function additionalData(collectionName: string, documentId: string): Uint8Array<ArrayBuffer> {
  return textEncoder.encode(collectionName + '\u0000' + documentId);
}

export function createRecordCipher(key: CryptoKey): RecordCipher {
  const subtle = globalThis.crypto.subtle;
  let ivPool = new Uint8Array(0);
  let ivOffset = 0;

  // A fresh pool buffer on every refill, so views handed out earlier are never overwritten.
  function nextIv(): Uint8Array<ArrayBuffer> {
    if (ivOffset + ivLength > ivPool.length) {
      ivPool = globalThis.crypto.getRandomValues(new Uint8Array(ivPoolSize));
      ivOffset = 0;
    }
    const iv = ivPool.subarray(ivOffset, ivOffset + ivLength);
    ivOffset += ivLength;
    return iv;
  }

  async function seal(
    collectionName: string,
    documentId: string,
    fields: Record<string, unknown>,
  ): Promise<string> {
    const plaintext = textEncoder.encode(JSON.stringify(fields));
    const iv = nextIv();
    // GCM output length is known up front, so the header is written before awaiting.
    const sealed = new Uint8Array(headerLength + plaintext.length + tagLength);
    sealed[0] = recordFormatVersion;
    sealed.set(iv, 1);
    const ciphertext = await subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: additionalData(collectionName, documentId) },
      key,
      plaintext,
    );
    sealed.set(new Uint8Array(ciphertext), headerLength);
    return bytesToBase64(sealed);
  }

  async function open(
    collectionName: string,
    documentId: string,
    sealed: unknown,
  ): Promise<Record<string, unknown>> {
    const corrupted = (detail: string, cause?: unknown) =>
      new RegisterCorruptedError(
        collectionName,
        documentId,
        detail,
        cause === undefined ? undefined : { cause },
      );
    if (typeof sealed !== 'string') {
      throw corrupted('the encrypted field is missing');
    }
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = base64ToBytes(sealed);
    } catch (error) {
      throw corrupted('the encrypted field is not base64', error);
    }
    if (bytes.length < headerLength + tagLength) {
      throw corrupted('the encrypted field is truncated');
    }
    if (bytes[0] !== recordFormatVersion) {
      throw corrupted(`unknown record format version ${bytes[0]}`);
    }
    let plaintext: ArrayBuffer;
    try {
      plaintext = await subtle.decrypt(
        {
          name: 'AES-GCM',
          iv: bytes.subarray(1, headerLength),
          additionalData: additionalData(collectionName, documentId),
        },
        key,
        bytes.subarray(headerLength),
      );
    } catch (error) {
      throw corrupted('authentication failed (tampered, moved or written with another key)', error);
    }
    let fields: unknown;
    try {
      fields = JSON.parse(textDecoder.decode(plaintext));
    } catch (error) {
      throw corrupted('the decrypted payload is not JSON', error);
    }
    if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
      throw corrupted('the decrypted payload is not an object');
    }
    return fields as Record<string, unknown>;
  }

  return { seal, open };
}
