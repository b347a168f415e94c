import type { RxCollection } from 'rxdb';
import type { ConflictRecord, ConflictStatus } from '../../../shared/model';
import { deleteOrganisation, deletePerson } from '../../state/registerActions';
import type { RegisterCollections } from '../../db/openRegisterDatabase';
import type { RegisterStore } from '../../state/registerStore';

const setConflictStatus = async (store: RegisterStore, conflict: ConflictRecord, status: ConflictStatus) => {
  const document = await store.database.conflicts.findOne(conflict.id).exec();
  await document?.incrementalPatch({ status, updatedAt: Date.now() });
};

/**
 * Puts the chosen value into the record as an ordinary local edit, which then syncs like any other.
 * Returns false when the record no longer exists.
 */
export const chooseConflictValue = async (
  store: RegisterStore,
  conflict: ConflictRecord,
  side: 'kept' | 'other',
): Promise<boolean> => {
  const collection = store.database[conflict.recordCollection as keyof RegisterCollections] as unknown as
    RxCollection | undefined;
  if (!collection) return false;
  const document = await collection.findOne(conflict.recordId).exec();
  if (!document) return false;
  const value: unknown = JSON.parse(side === 'kept' ? conflict.keptValue : conflict.otherValue);
  const current: unknown = (document.toJSON() as Record<string, unknown>)[conflict.field];
  if (JSON.stringify(current ?? null) !== JSON.stringify(value)) {
    await document.incrementalPatch({ [conflict.field]: value, updatedAt: Date.now() });
  }
  await setConflictStatus(store, conflict, 'resolved');
  return true;
};

/** For a deletion conflict: delete the record after all (it syncs as a deletion), or keep it. */
export const settleDeletionConflict = async (
  store: RegisterStore,
  conflict: ConflictRecord,
  choice: 'delete' | 'keep',
) => {
  if (choice === 'delete') {
    if (conflict.recordCollection === 'people') await deletePerson(store, conflict.recordId);
    else if (conflict.recordCollection === 'organisations')
      await deleteOrganisation(store, conflict.recordId);
    else {
      const collection = store.database[conflict.recordCollection as keyof RegisterCollections] as unknown as
        RxCollection | undefined;
      await (await collection?.findOne(conflict.recordId).exec())?.remove();
    }
  }
  await setConflictStatus(store, conflict, 'resolved');
};

export const dismissConflict = (store: RegisterStore, conflict: ConflictRecord) =>
  setConflictStatus(store, conflict, 'dismissed');
