import { normalizeMangoQuery, prepareQuery, type RxCollection } from 'rxdb';

export type ChunkRead = { lastId: string | null; isDone: boolean };

/**
 * Reads a collection's live documents straight from its storage instance, in primary-key
 * order, one chunk at a time. Skipping RxDocument creation saves much of the time and memory
 * of loading 100 000 records; the storage instance is our encryption wrapper, so documents
 * arrive decrypted and authenticated.
 */
export const readInChunks = async <T extends { id: string }>(
  collection: RxCollection<T>,
  options: { chunkSize: number; afterId?: string | null; maxChunks?: number },
  onChunk: (documents: T[]) => void | Promise<void>,
  isCancelled: () => boolean,
): Promise<ChunkRead> => {
  const schema = collection.schema.jsonSchema;
  let lastId = options.afterId ?? null;
  for (let chunk = 0; chunk < (options.maxChunks ?? Infinity); chunk += 1) {
    if (isCancelled()) return { lastId, isDone: false };
    const selector =
      lastId === null ? { _deleted: { $eq: false } } : { _deleted: { $eq: false }, id: { $gt: lastId } };
    const query = normalizeMangoQuery(schema, {
      selector,
      sort: [{ id: 'asc' }],
      limit: options.chunkSize,
    } as never);
    const result = await collection.storageInstance.query(prepareQuery(schema, query));
    const documents = result.documents as unknown as T[];
    if (isCancelled()) return { lastId, isDone: false };
    await onChunk(documents);
    if (documents.length < options.chunkSize) return { lastId, isDone: true };
    lastId = documents[documents.length - 1]!.id;
  }
  return { lastId, isDone: false };
};
