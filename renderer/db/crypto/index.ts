export {
  EncryptedStorageUsageError,
  isCryptoErrorWithCode,
  RegisterCorruptedError,
  UnsupportedEnvelopeError,
  WrongPassphraseError,
  type CryptoErrorCode,
} from './cryptoErrors';
export { encryptedFieldName } from './encryptedSchemaLayout';
export { wrapEncryptedStorage, type EncryptedStorageArgs } from './encryptedStorage';
export {
  createKeyEnvelope,
  defaultKdfIterations,
  importDataKey,
  rewrapKeyEnvelope,
  unwrapDataKey,
  type KeyEnvelope,
} from './keyEnvelope';
