import { createRevision, now, type RxCollection, type RxDocumentData } from 'rxdb';
import { blankedForDeletion } from '../../shared/rights/personDataCollections';

/**
 * Deletes documents in one storage write whose new state is already blank: RxDB keeps a deleted
 * document (its tombstone) until it is purged, and replication pushes that state to the server, so the
 * deletion itself must carry no personal value. (A blanking update followed by a removal would be two
 * pushes, and the first could come back as a conflict that revives the record.)
 */
export const writeTombstones = async (
  collection: RxCollection,
  ids: readonly string[],
  plaintextFields: readonly string[],
): Promise<number> => {
  if (ids.length === 0) return 0;
  const found = await collection.findByIds([...ids]).exec();
  const token = collection.database.token;
  const rows = [...found.values()].map((document) => {
    const previous = (document as unknown as { _data: RxDocumentData<Record<string, unknown>> })._data;
    const { _rev: _r, _meta, _deleted: _d, _attachments, ...record } = previous;
    const next = {
      ...blankedForDeletion(record, plaintextFields),
      updatedAt: Date.now(),
      _deleted: true,
      _attachments: _attachments ?? {},
      _meta: { ..._meta, lwt: now() },
      _rev: createRevision(token, previous),
    } as RxDocumentData<Record<string, unknown>>;
    return { previous, document: next };
  });
  const result = await collection.storageInstance.bulkWrite(rows, 'kontakt-erasure');
  if (result.error.length > 0) throw new Error(`${result.error.length} records changed during the erasure`);
  return rows.length;
};
