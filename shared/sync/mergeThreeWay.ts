/**
 * The three-way merge behind sync conflicts. A push is rejected when the server's copy of a
 * record is no longer the one the client last saw (`base`, RxDB's assumedMasterState); the client
 * then merges its own state (`local`) with the server's (`remote`):
 *
 * - A field only one side changed takes that side's value, so edits to different fields both survive.
 * - A field both sides changed to different values takes the local value: the pushing client's write
 *   is the one the server receives last. The remote value is returned as a conflict so it can be kept
 *   in a conflict record and offered back to the user.
 * - Every field is compared as a whole value: lists such as e-mails or phones are one value, since
 *   merging inside them would invent combinations neither person typed.
 * - An edit always beats a deletion: a record deleted on one side and edited on the other stays, with the
 *   edited state, and the deletion is reported so the user can delete it again deliberately.
 *
 * Fields the server owns (timestamps, authorship) always take the remote value; the server sets them again.
 */
export type MergeableDocument = { id: string; _deleted: boolean; [field: string]: unknown };

export type FieldConflict = { field: string; localValue: unknown; remoteValue: unknown };

export type DeletionConflict = 'none' | 'deletedLocally' | 'deletedRemotely';

export type MergeOutcome<T extends MergeableDocument> = {
  merged: T;
  /** Fields both sides changed; the merged document holds localValue. */
  conflicts: FieldConflict[];
  /** Which side's deletion gave way to the other side's edit. */
  deletion: DeletionConflict;
};

export type MergeInput<T extends MergeableDocument> = {
  base: T | undefined;
  local: T;
  remote: T;
  /** Fields the server sets on every write; never a conflict. */
  serverOwnedFields: readonly string[];
};

/** RxDB's local bookkeeping never takes part in a merge. */
const bookkeepingFields: ReadonlySet<string> = new Set(['_meta', '_rev', '_attachments', '_deleted']);

export const serverOwnedRecordFields: readonly string[] = [
  'createdAt',
  'updatedAt',
  'createdBy',
  'updatedBy',
];

export const isSameValue = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    // A field missing on one side equals an empty value: older records lack newer optional fields.
    return isEmptyValue(a) && isEmptyValue(b);
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => isSameValue(item, b[index]));
  }
  const aRecord = a as Record<string, unknown>;
  const bRecord = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(aRecord), ...Object.keys(bRecord)]);
  for (const key of keys) if (!isSameValue(aRecord[key], bRecord[key])) return false;
  return true;
};

const isEmptyValue = (value: unknown): boolean =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

const contentFields = (
  documents: readonly (MergeableDocument | undefined)[],
  serverOwned: ReadonlySet<string>,
) => {
  const fields = new Set<string>();
  for (const document of documents) {
    if (!document) continue;
    for (const field of Object.keys(document)) {
      if (!bookkeepingFields.has(field) && !serverOwned.has(field) && field !== 'id') fields.add(field);
    }
  }
  return [...fields].sort();
};

/** True when `next` differs from `previous` in any field a person edits. */
export const hasContentChanged = (
  previous: MergeableDocument | undefined,
  next: MergeableDocument,
  serverOwnedFields: readonly string[] = serverOwnedRecordFields,
): boolean => {
  if (!previous) return true;
  const serverOwned = new Set(serverOwnedFields);
  return contentFields([previous, next], serverOwned).some(
    (field) => !isSameValue(previous[field], next[field]),
  );
};

const withServerFields = <T extends MergeableDocument>(
  document: T,
  remote: T,
  serverOwned: readonly string[],
): T => {
  const result: Record<string, unknown> = { ...document };
  for (const field of serverOwned) {
    if (field in remote) result[field] = remote[field];
  }
  return result as T;
};

export const mergeThreeWay = <T extends MergeableDocument>({
  base,
  local,
  remote,
  serverOwnedFields,
}: MergeInput<T>): MergeOutcome<T> => {
  const serverOwned = new Set(serverOwnedFields);
  const usableBase = base && !base._deleted ? base : undefined;

  if (local._deleted && remote._deleted) return { merged: { ...local }, conflicts: [], deletion: 'none' };
  if (local._deleted) {
    // The remote side edited since we last saw it: the edit stays, our deletion is reported.
    if (hasContentChanged(usableBase, remote, serverOwnedFields)) {
      return { merged: { ...remote, _deleted: false }, conflicts: [], deletion: 'deletedLocally' };
    }
    return {
      merged: withServerFields({ ...local }, remote, serverOwnedFields),
      conflicts: [],
      deletion: 'none',
    };
  }
  if (remote._deleted) {
    if (base && !hasContentChanged(base, local, serverOwnedFields)) {
      return { merged: { ...remote }, conflicts: [], deletion: 'none' };
    }
    // Our edit brings the record back; the other side's deletion is reported.
    return {
      merged: withServerFields({ ...local, _deleted: false }, remote, serverOwnedFields),
      conflicts: [],
      deletion: 'deletedRemotely',
    };
  }

  const merged: Record<string, unknown> = { ...local, _deleted: false };
  const conflicts: FieldConflict[] = [];
  for (const field of contentFields([usableBase, local, remote], serverOwned)) {
    const localValue = local[field];
    const remoteValue = remote[field];
    if (isSameValue(localValue, remoteValue)) continue;
    const baseValue = usableBase?.[field];
    const isLocalChanged = !usableBase || !isSameValue(localValue, baseValue);
    const isRemoteChanged = !usableBase || !isSameValue(remoteValue, baseValue);
    if (!isLocalChanged) {
      if (remoteValue === undefined) delete merged[field];
      else merged[field] = remoteValue;
    } else if (isRemoteChanged) {
      conflicts.push({ field, localValue, remoteValue });
    }
  }
  return { merged: withServerFields(merged as T, remote, serverOwnedFields), conflicts, deletion: 'none' };
};
