import { createRevision, now, type RxCollection, type RxDocumentData } from 'rxdb';

/**
 * Replaces existing documents in one storage write. RxDB's bulkUpsert first tries an insert, and for every
 * conflict queues a separate incremental write; for an import that updates tens of thousands of records that
 * is several times slower than this: one read, one bulkWrite with each document's previous state, so RxDB's
 * conflict check still guards against a record that changed in between. Change events flow as for any write.
 */
export const bulkReplace = async (
  collection: RxCollection,
  records: readonly ({ id: string } & Record<string, unknown>)[],
): Promise<{ errors: number }> => {
  const found = await collection.findByIds(records.map((record) => record.id)).exec();
  const token = collection.database.token;
  const rows = records.flatMap((record) => {
    const document = found.get(record.id);
    if (!document) return [];
    const previous = (document as unknown as { _data: RxDocumentData<Record<string, unknown>> })._data;
    const next = {
      ...record,
      _deleted: false,
      _attachments: previous._attachments ?? {},
      _meta: { ...previous._meta, lwt: now() },
      _rev: createRevision(token, previous),
    } as RxDocumentData<Record<string, unknown>>;
    return [{ previous, document: next }];
  });
  const missing = records.filter((record) => !found.has(record.id));
  const result = await collection.storageInstance.bulkWrite(rows, 'kontakt-import');
  // A record deleted since the preview is written back as a plain insert.
  const inserted = missing.length > 0 ? await collection.bulkInsert([...missing]) : { error: [] };
  return { errors: result.error.length + inserted.error.length };
};
