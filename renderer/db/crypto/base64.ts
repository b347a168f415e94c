/**
 * Base64 for ciphertexts on the hot path (one call per stored record). Uses the native
 * Uint8Array.prototype.toBase64 / Uint8Array.fromBase64 where the engine has them (Chromium ≥ 140, i.e. our
 * Electron) and falls back to btoa/atob with chunked conversion elsewhere (Node 20 in unit tests).
 */

type NativeBase64 = {
  fromBase64?: (base64: string) => Uint8Array<ArrayBuffer>;
};
type NativeBase64Prototype = {
  toBase64?: (this: Uint8Array) => string;
};

const nativeFromBase64 = (Uint8Array as unknown as NativeBase64).fromBase64;
const nativeToBase64 = (Uint8Array.prototype as unknown as NativeBase64Prototype).toBase64;

// Bounded so String.fromCharCode.apply never exceeds the engine's argument limit.
const chunkSize = 0x8000;

function bytesToBinaryString(bytes: Uint8Array): string {
  if (bytes.length <= chunkSize) {
    return String.fromCharCode.apply(null, bytes as unknown as number[]);
  }
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += chunkSize) {
    parts.push(
      String.fromCharCode.apply(null, bytes.subarray(start, start + chunkSize) as unknown as number[]),
    );
  }
  return parts.join('');
}

export function bytesToBase64(bytes: Uint8Array): string {
  if (nativeToBase64) {
    return nativeToBase64.call(bytes);
  }
  return btoa(bytesToBinaryString(bytes));
}

/** Throws (SyntaxError / DOMException) on input that is not valid base64. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  if (nativeFromBase64) {
    return nativeFromBase64(base64);
  }
  const binary = atob(base64);
  const length = binary.length;
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    bytes[i] = binary.charCodeAt(i);
  }
  return bytes;
}
