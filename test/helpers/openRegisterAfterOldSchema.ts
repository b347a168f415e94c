import { createRxDatabase, type RxJsonSchema, type RxStorage } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { wrapEncryptedStorage } from '../../renderer/db/crypto';
import { newRegisterKey } from './memoryRegister';
import {
  databaseNameFor,
  openRegisterDatabase,
  plaintextFieldsFor,
  type RegisterDatabase,
} from '../../renderer/db/openRegisterDatabase';

/**
 * Stores `documents` in one collection under an older schema, encrypted as the app stores them, then
 * opens the register as the app does after an update, so that collection's migration runs on them.
 */
export const openRegisterAfterOldSchema = async (options: {
  registerId: string;
  collection: string;
  schema: RxJsonSchema<Record<string, unknown>>;
  documents: readonly Record<string, unknown>[];
}): Promise<RegisterDatabase> => {
  const storage = getRxStorageMemory() as RxStorage<unknown, unknown>;
  const key = await newRegisterKey();
  const old = await createRxDatabase({
    name: databaseNameFor(options.registerId),
    storage: wrapEncryptedStorage({ storage, key, plaintextFields: plaintextFieldsFor }),
  });
  await old.addCollections({ [options.collection]: { schema: options.schema } });
  await old.collections[options.collection]!.bulkInsert([...options.documents]);
  await old.close();
  return openRegisterDatabase(options.registerId, key, storage);
};
