import type { SessionUser, SyncCollection } from '../../shared/sync/syncProtocol';

/**
 * The SQL condition "record `r` is visible to the user", shared by pull, stream, push and the
 * conflict answers so they cannot disagree. It expects the user's id as `$<userParam>` and the
 * user's units as `$<unitsParam>` (text[]).
 *
 * - admin: every record;
 * - coordinator, staff: records owned by one of their units, and records shared with one of their units or with them;
 * - partner: only records shared with them or with one of their units;
 * - everyone: the shared vocabularies (`tags`, `categories`) and the register-wide feature configuration
 *   (`registerConfigs`), which hold nothing personal.
 */
export const recordScopeSql = (user: SessionUser, userParam: number, unitsParam: number): string => {
  // Still names both parameters: PostgreSQL refuses a statement given parameters it never uses.
  if (user.role === 'admin') return `(true or $${userParam}::text is null or $${unitsParam}::text[] is null)`;
  const shared = `exists (select 1 from record_shares s where s.collection = r.collection and s.record_id = r.id
    and (s.grantee_user = $${userParam} or s.grantee_unit = any($${unitsParam}::text[])))`;
  const vocabulary = `r.collection in (${adminManagedCollections.map((name) => `'${name}'`).join(', ')})`;
  if (user.role === 'partner') return `(${vocabulary} or ${shared})`;
  return `(${vocabulary} or r.owning_unit = any($${unitsParam}::text[]) or ${shared})`;
};

/** Register-wide vocabularies and feature configuration every user reads but only an admin may write. */
export const adminManagedCollections: readonly SyncCollection[] = ['tags', 'categories', 'registerConfigs'];

/** Whether the user may push records of the collection at all (before unit scope is checked). */
export const mayWriteCollection = (user: SessionUser, collection: SyncCollection): boolean =>
  user.role === 'admin' || !adminManagedCollections.includes(collection);

/** Units a user may own records in: an admin any unit, a partner none, others their own. */
export const mayOwnInUnit = (user: SessionUser, unit: string): boolean =>
  user.role === 'admin' || (user.role !== 'partner' && user.units.includes(unit));
