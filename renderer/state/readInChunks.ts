import type { RxCollection } from 'rxdb';
import type { EncryptedStorageInstance } from '../db/crypto/encryptedStorageInstance';

export type ChunkRead = { lastId: string | null; isDone: boolean };

type ChunkReader = Pick<EncryptedStorageInstance<unknown, unknown, unknown>, 'readLiveChunk'>;

/**
 * Reads a collection's live documents straight from its (encrypting) storage instance, in
 * primary-key order, one chunk at a time. Skipping RxDocument creation and RxDB's cursor-based
 * query is what lets 100 000 records load in seconds; documents arrive decrypted and authenticated.
 */
export const readInChunks = async <T extends { id: string }>(
  collection: RxCollection<T>,
  options: { chunkSize: number; afterId?: string | null; maxChunks?: number },
  onChunk: (documents: T[]) => void | Promise<void>,
  isCancelled: () => boolean,
): Promise<ChunkRead> => {
  // RxDB wraps every storage instance; ours is the one it wraps.
  const reader = (collection.storageInstance as unknown as { originalStorageInstance?: Partial<ChunkReader> })
    .originalStorageInstance;
  if (typeof reader?.readLiveChunk !== 'function')
    throw new Error(`The ${collection.name} collection is not stored through the encryption wrapper.`);
  let lastId = options.afterId ?? null;
  for (let chunk = 0; chunk < (options.maxChunks ?? Infinity); chunk += 1) {
    if (isCancelled()) return { lastId, isDone: false };
    const documents = (await reader.readLiveChunk(lastId, options.chunkSize)) as unknown as T[];
    if (isCancelled()) return { lastId, isDone: false };
    await onChunk(documents);
    if (documents.length < options.chunkSize) return { lastId, isDone: true };
    lastId = documents[documents.length - 1]!.id;
  }
  return { lastId, isDone: false };
};
