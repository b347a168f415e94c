import type { SessionUser, SyncCollection, WireDocument } from '../../shared/sync/syncProtocol';
import { recordScopeSql } from '../access/recordScope';
import type { SqlExecutor } from '../db/SqlClient';
import { recordDefinitions } from './recordDefinitions';
import { scopeRemovalOf } from './scopeRemovalOf';

export type PulledChanges = {
  documents: WireDocument[];
  /** The sequence of the last feed entry read, or null when nothing was newer than `since`. */
  lastSequence: number | null;
};

type FeedRow = {
  seq: unknown;
  is_access: boolean;
  id: string;
  document: WireDocument;
  updated_at: unknown;
  in_scope: boolean;
};

/**
 * Reads the user's part of a collection's feed after `since`: records in scope changed since then,
 * and records whose audience changed for the user or one of their units (full document when now in
 * scope, a scope-removal entry when not). One statement, so both parts come from one snapshot.
 */
export const pullChanges = async (
  sql: SqlExecutor,
  user: SessionUser,
  collection: SyncCollection,
  since: number,
  limit: number,
): Promise<PulledChanges> => {
  const scope = recordScopeSql(user, 4, 5);
  const rows = await sql.query<FeedRow>(
    `with feed as (
       (select r.sequence as seq, r.id as record_id, false as is_access from records r
         where r.collection = $1 and r.sequence > $2 and ${scope}
         order by r.sequence limit $3)
       union all
       (select ac.sequence, ac.record_id, true from access_changes ac
         where ac.collection = $1 and ac.sequence > $2
           and (ac.user_id = $4 or ac.unit_id = any($5::text[]))
         order by ac.sequence limit $3)
     )
     select f.seq, f.is_access, r.id, r.document, r.updated_at, ${scope} as in_scope
       from feed f join records r on r.collection = $1 and r.id = f.record_id
      order by f.seq limit $3`,
    [collection, since, limit, user.id, user.units],
  );
  if (rows.length === 0) return { documents: [], lastSequence: null };
  // A record can appear more than once in a batch; its last entry is the one that counts.
  const byId = new Map<string, WireDocument>();
  for (const row of rows) {
    if (!row.is_access && !row.in_scope) continue;
    const document = row.in_scope
      ? row.document
      : scopeRemovalOf(recordDefinitions[collection], row.id, Number(row.updated_at));
    byId.delete(row.id);
    byId.set(row.id, document);
  }
  return { documents: [...byId.values()], lastSequence: Number(rows[rows.length - 1]!.seq) };
};

/**
 * The current master of one record, or null when it does not exist or is outside the user's scope
 * (the two answer alike, so the answer says nothing of records the user may not see).
 */
export const readDocumentInScope = async (
  sql: SqlExecutor,
  user: SessionUser,
  collection: SyncCollection,
  id: string,
): Promise<WireDocument | null> => {
  const rows = await sql.query<{ document: WireDocument }>(
    `select r.document from records r
      where r.collection = $1 and r.id = $2 and ${recordScopeSql(user, 3, 4)}`,
    [collection, id, user.id, user.units],
  );
  return rows[0]?.document ?? null;
};
