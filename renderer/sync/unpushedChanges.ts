import {
  getChangedDocumentsSince,
  getComposedPrimaryKeyOfDocumentData,
  type RxCollection,
  type RxStorageInstance,
} from 'rxdb';
import type { CollectionReplication } from './replicateRegisterCollection';

type MetaDocument = { itemId: string; checkpointData?: unknown; docData?: Record<string, unknown> };

/**
 * Local writes the server has not confirmed: documents changed since the upstream checkpoint whose
 * state differs from what RxDB last knew the server to hold. Counted before a sign-out that would
 * wipe them, so the user is told exactly how many would be lost.
 */
export const countUnpushedChanges = async (
  collection: RxCollection,
  replication: CollectionReplication,
): Promise<number> => {
  const meta = replication.metaInstance as RxStorageInstance<MetaDocument, unknown, unknown> | undefined;
  if (!meta) return 0;
  const idOf = (itemId: string, isCheckpoint: '0' | '1') =>
    getComposedPrimaryKeyOfDocumentData(meta.schema, { itemId, isCheckpoint } as never);
  const [checkpointDocument] = await meta.findDocumentsById([idOf('up', '1')], false);
  let checkpoint = checkpointDocument?.checkpointData;
  const isEqual = collection.conflictHandler.isEqual;
  let count = 0;
  for (;;) {
    const batch = await getChangedDocumentsSince(collection.storageInstance, 500, checkpoint);
    if (batch.documents.length === 0) break;
    const known = await meta.findDocumentsById(
      batch.documents.map((document) => idOf(document.id as string, '0')),
      true,
    );
    const assumed = new Map(known.map((entry) => [entry.itemId, entry.docData]));
    for (const document of batch.documents) {
      const master = assumed.get(document.id as string);
      // Created and deleted while offline: nothing the server ever had, nothing to lose.
      if (!master) {
        if (!document._deleted) count += 1;
      } else if (!isEqual(master as never, document as never, 'kontakt-unpushed')) count += 1;
    }
    checkpoint = batch.checkpoint;
  }
  return count;
};
