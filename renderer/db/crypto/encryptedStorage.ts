import type {
  RxDocumentData,
  RxJsonSchema,
  RxStorage,
  RxStorageInstance,
  RxStorageInstanceCreationParams,
} from 'rxdb';
import { createEncryptedSchemaLayout } from './encryptedSchemaLayout';
import { EncryptedStorageInstance } from './encryptedStorageInstance';
import { createRecordCipher } from './recordCipher';

export type EncryptedStorageArgs<Internals, InstanceCreationOptions> = {
  storage: RxStorage<Internals, InstanceCreationOptions>;
  /** The unwrapped data key (see importDataKey). */
  key: CryptoKey;
  /** Top-level fields of a collection that stay readable (and queryable) in storage; all others are encrypted. */
  plaintextFields: (collectionName: string) => readonly string[];
};

/**
 * Wraps an RxStorage so that every document is stored as
 * `{ <primary key>, _deleted, _rev, _meta, _attachments, ...plaintext fields, enc }`,
 * where `enc` seals all remaining fields with AES-256-GCM bound to collection and primary key.
 */
export function wrapEncryptedStorage<Internals, InstanceCreationOptions>(
  args: EncryptedStorageArgs<Internals, InstanceCreationOptions>,
): RxStorage<Internals, InstanceCreationOptions> {
  const { storage, key, plaintextFields } = args;
  const cipher = createRecordCipher(key);
  // Object.assign keeps storage-specific extras (as RxDB's own wrappers do); the name stays the inner one
  // because RxDB and its multi-instance support key state by storage name.
  return Object.assign({}, storage, {
    async createStorageInstance<RxDocType>(
      params: RxStorageInstanceCreationParams<RxDocType, InstanceCreationOptions>,
    ): Promise<RxStorageInstance<RxDocType, Internals, InstanceCreationOptions>> {
      const schema = params.schema as RxJsonSchema<RxDocumentData<unknown>>;
      const layout = createEncryptedSchemaLayout(
        schema,
        params.collectionName,
        plaintextFields(params.collectionName),
      );
      const inner = await storage.createStorageInstance<unknown>({
        ...(params as RxStorageInstanceCreationParams<unknown, InstanceCreationOptions>),
        schema: layout.innerSchema,
      });
      return new EncryptedStorageInstance<RxDocType, Internals, InstanceCreationOptions>(
        inner,
        params.schema,
        layout,
        cipher,
      );
    },
  });
}
