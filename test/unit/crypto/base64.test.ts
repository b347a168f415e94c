import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../../../renderer/db/crypto/base64';

describe('base64', () => {
  it('matches the reference encoding for every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, index) => index);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(base64ToBytes(Buffer.from(bytes).toString('base64'))).toEqual(bytes);
  });

  it('round-trips inputs longer than one conversion chunk and all padding lengths', () => {
    for (const length of [0, 1, 2, 3, 4, 0x8000 - 1, 0x8000, 0x8000 + 1, 70_001]) {
      const bytes = new Uint8Array(length);
      for (let offset = 0; offset < length; offset += 65_536) {
        globalThis.crypto.getRandomValues(bytes.subarray(offset, Math.min(length, offset + 65_536)));
      }
      const encoded = bytesToBase64(bytes);
      expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
      expect(base64ToBytes(encoded)).toEqual(bytes);
    }
  });

  it('throws on characters outside the alphabet', () => {
    expect(() => base64ToBytes('ab$d')).toThrow();
  });
});
