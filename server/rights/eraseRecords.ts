import type { SessionUser, SyncCollection, WireDocument } from '../../shared/sync/syncProtocol';
import { writeAudit } from '../audit/writeAudit';
import type { SqlExecutor } from '../db/SqlClient';
import { HttpError } from '../http/HttpError';
import { lockFeed } from '../sync/feedLock';
import { contentHashOf, normaliseWireDocument } from '../sync/normaliseWireDocument';
import { recordDefinitions } from '../sync/recordDefinitions';

export type ErasureTarget = { collection: SyncCollection; id: string };
export type ErasureOutcome = {
  erased: number;
  alreadyDeleted: number;
  notFound: number;
  scrubbedAnswers: number;
};

type StoredRow = { id: string; owning_unit: string; is_deleted: boolean; updated_at: unknown };
type AnswerRow = { user_id: string; request_id: string; response: { conflicts?: WireDocument[] } };

/**
 * The server side of a data subject's erasure (GDPR art. 17), in one transaction:
 * - each record still live becomes a blank tombstone with a new sequence number, so every client
 *   removes it on its next pull, whether or not the erasing client's own push has arrived yet;
 * - stored push answers (kept 30 days for idempotent retries) that hold a copy of one of the records
 *   as a conflict get that copy replaced by the blank tombstone: a retried push still gets an answer,
 *   and it says "deleted";
 * - one audit entry with the ids only.
 * The `records` table keeps no history, audit rows and access changes hold ids only.
 */
export const eraseRecords = async (
  tx: SqlExecutor,
  user: SessionUser,
  targets: readonly ErasureTarget[],
  now: number,
): Promise<ErasureOutcome> => {
  await lockFeed(tx);
  const outcome: ErasureOutcome = { erased: 0, alreadyDeleted: 0, notFound: 0, scrubbedAnswers: 0 };
  const byCollection = new Map<SyncCollection, string[]>();
  for (const target of targets)
    byCollection.set(target.collection, [...(byCollection.get(target.collection) ?? []), target.id]);

  for (const [collection, ids] of byCollection) {
    const definition = recordDefinitions[collection];
    const stored = await tx.query<StoredRow>(
      'select id, owning_unit, is_deleted, updated_at from records where collection = $1 and id = any($2::text[]) for update',
      [collection, ids],
    );
    // A coordinator erases only what their own units own; nothing is written when one record is not.
    if (user.role !== 'admin' && stored.some((row) => !user.units.includes(row.owning_unit)))
      throw new HttpError(403, 'outOfScope');
    outcome.notFound += ids.length - stored.length;
    for (const row of stored) {
      if (row.is_deleted) {
        outcome.alreadyDeleted += 1;
        continue;
      }
      const { document } = normaliseWireDocument(definition, {
        id: row.id,
        owningUnit: row.owning_unit,
        _deleted: true,
      });
      const updatedAt = Math.max(now, Number(row.updated_at) + 1);
      const tombstone = { ...document, updatedAt, updatedBy: user.id };
      await tx.query(
        `update records set sequence = nextval('change_sequence'), is_deleted = true, content_hash = $3,
                updated_at = $4, document = $5::jsonb
          where collection = $1 and id = $2`,
        [collection, row.id, contentHashOf(definition, tombstone), updatedAt, JSON.stringify(tombstone)],
      );
      outcome.erased += 1;
    }

    const answers = await tx.query<AnswerRow>(
      `select user_id, request_id, response from push_requests
        where collection = $1 and exists (
          select 1 from jsonb_array_elements(coalesce(response->'conflicts', '[]'::jsonb)) c
           where c->>'id' = any($2::text[]))
        for update`,
      [collection, ids],
    );
    const erasedIds = new Set(ids);
    for (const answer of answers) {
      const conflicts = (answer.response.conflicts ?? []).map((conflict) =>
        erasedIds.has(conflict.id)
          ? normaliseWireDocument(definition, {
              id: conflict.id,
              owningUnit: conflict.owningUnit,
              _deleted: true,
            }).document
          : conflict,
      );
      await tx.query('update push_requests set response = $3::jsonb where user_id = $1 and request_id = $2', [
        answer.user_id,
        answer.request_id,
        JSON.stringify({ ...answer.response, conflicts }),
      ]);
      outcome.scrubbedAnswers += 1;
    }
    await writeAudit(
      tx,
      {
        userId: user.id,
        operation: 'erase',
        collection,
        recordIds: ids,
        detail: `erased ${outcome.erased}, answers scrubbed ${outcome.scrubbedAnswers}`,
      },
      now,
    );
  }
  return outcome;
};
