/**
 * Errors of the encryption layer. Each carries a stable `code` so the UI can map it to a translated message
 * without matching on class names or message texts (which are for developers and never shown to users).
 */
export type CryptoErrorCode = 'wrongPassphrase' | 'unsupportedEnvelope' | 'corrupted';

export class WrongPassphraseError extends Error {
  readonly code = 'wrongPassphrase' satisfies CryptoErrorCode;

  constructor(options?: ErrorOptions) {
    super('The passphrase does not unlock this key envelope.', options);
    this.name = 'WrongPassphraseError';
  }
}

export class UnsupportedEnvelopeError extends Error {
  readonly code = 'unsupportedEnvelope' satisfies CryptoErrorCode;

  constructor(detail: string, options?: ErrorOptions) {
    super(`Unsupported or malformed key envelope: ${detail}`, options);
    this.name = 'UnsupportedEnvelopeError';
  }
}

/**
 * A stored record failed authentication: it was altered, moved to another record/collection, or written
 * with another data key. Only non-personal identifiers are put into the message.
 */
export class RegisterCorruptedError extends Error {
  readonly code = 'corrupted' satisfies CryptoErrorCode;
  readonly collectionName: string;
  readonly documentId: string;

  constructor(collectionName: string, documentId: string, detail: string, options?: ErrorOptions) {
    super(`Stored record ${collectionName}/${documentId} cannot be decrypted: ${detail}`, options);
    this.name = 'RegisterCorruptedError';
    this.collectionName = collectionName;
    this.documentId = documentId;
  }
}

/**
 * A programming mistake in how the encrypted storage is used (schema or query touching encrypted fields).
 * Never caused by user data, so it has no user-facing code.
 */
export class EncryptedStorageUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EncryptedStorageUsageError';
  }
}

export function isCryptoErrorWithCode(error: unknown): error is Error & { code: CryptoErrorCode } {
  return (
    error instanceof WrongPassphraseError ||
    error instanceof UnsupportedEnvelopeError ||
    error instanceof RegisterCorruptedError
  );
}
