import type {
  PushRefusal,
  PushResponse,
  SessionUser,
  SyncCollection,
  WireDocument,
} from '../../shared/sync/syncProtocol';
import { mayOwnInUnit, mayWriteCollection, recordScopeSql } from '../access/recordScope';
import { writeAudit } from '../audit/writeAudit';
import type { SqlExecutor } from '../db/SqlClient';
import { HttpError } from '../http/HttpError';
import { lockFeed } from './feedLock';
import { categoryIdentityIssues } from '../../shared/model';
import { contentHashOf, normaliseWireDocument } from './normaliseWireDocument';
import { appendOnlyCollections, recordDefinitions } from './recordDefinitions';

export const maxPushRows = 500;

type StoredRow = {
  id: string;
  owning_unit: string;
  content_hash: string;
  created_at: unknown;
  updated_at: unknown;
  document: WireDocument;
  in_scope: boolean;
};

type RowIssue = { path: string; code: string };

type PreparedRow = {
  document: WireDocument;
  contentHash: string;
  assumedHash: string | null;
  /** Validation issues of this row; only a per-document push gets this far with any. */
  issues: RowIssue[];
};

export type PreparedPush = { requestId: string; isPerDocument: boolean; rows: PreparedRow[] };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks the request's shape and every document with the shared model before anything is opened. */
export const preparePush = (collection: SyncCollection, body: unknown): PreparedPush => {
  const definition = recordDefinitions[collection];
  if (!isObject(body) || typeof body.requestId !== 'string' || !/^[\w-]{1,100}$/.test(body.requestId))
    throw new HttpError(400, 'badRequest', { message: 'requestId missing or malformed' });
  const rows = body.rows;
  if (!Array.isArray(rows) || rows.length > maxPushRows)
    throw new HttpError(400, 'badRequest', { message: `rows must be an array of at most ${maxPushRows}` });
  const issues: { row: number; path: string; code: string }[] = [];
  const seenIds = new Set<string>();
  const prepared = rows.map((row: unknown, index): PreparedRow => {
    if (!isObject(row) || !isObject(row.newDocumentState))
      throw new HttpError(400, 'badRequest', { message: `row ${index} has no newDocumentState` });
    if (
      row.assumedMasterState !== undefined &&
      row.assumedMasterState !== null &&
      !isObject(row.assumedMasterState)
    )
      throw new HttpError(400, 'badRequest', { message: `row ${index} has a malformed assumedMasterState` });
    const { document, issues: normaliseIssues } = normaliseWireDocument(definition, row.newDocumentState);
    // Only paths and codes go back: the values stay out of answers and logs.
    const rowIssues: RowIssue[] = normaliseIssues.map((issue) => ({ path: issue.path, code: issue.code }));
    // A category's id must be `scope:key`, or two devices seeding the same category would duplicate it.
    if (collection === 'categories' && !document._deleted)
      rowIssues.push(...categoryIdentityIssues(document).map(({ path, code }) => ({ path, code })));
    if (seenIds.has(document.id)) rowIssues.push({ path: 'id', code: 'duplicate' });
    seenIds.add(document.id);
    rowIssues.forEach((issue) => issues.push({ row: index, ...issue }));
    const assumed = isObject(row.assumedMasterState) ? row.assumedMasterState : null;
    return {
      document,
      contentHash: contentHashOf(definition, document),
      assumedHash: assumed ? contentHashOf(definition, assumed) : null,
      issues: rowIssues,
    };
  });
  const isPerDocument = body.refusalMode === 'perDocument';
  // An older client gets the whole-request answer it understands (and retries), never a silent skip.
  if (issues.length > 0 && !isPerDocument)
    throw new HttpError(400, 'badRequest', { message: 'invalid documents', issues });
  return { requestId: body.requestId as string, isPerDocument, rows: prepared };
};

export type PushOutcome = { response: PushResponse; changedIds: string[]; isReplay: boolean };

/**
 * A client's access log reaches the server's audit log: one entry per access, filed under the people it
 * concerns (so an admin's access log of a person lists it), with the access entry's id as the detail.
 * Only ids: the actor is the pushing user, as for every other audit entry.
 */
const auditAccessEntries = async (
  tx: SqlExecutor,
  userId: string,
  writes: readonly { document: WireDocument }[],
  createdIds: readonly string[],
  now: number,
) => {
  const created = new Set(createdIds);
  for (const { document } of writes) {
    if (!created.has(document.id)) continue;
    const action = String(document.action);
    if (action !== 'view' && action !== 'export' && action !== 'import') continue;
    const single = typeof document.personId === 'string' ? document.personId : '';
    const personIds = single
      ? [single]
      : Array.isArray(document.personIds)
        ? document.personIds.map(String)
        : [];
    await writeAudit(
      tx,
      {
        userId,
        operation: action,
        collection: 'people',
        recordIds: personIds,
        detail: `accessEntry:${document.id}`,
      },
      now,
    );
  }
};

/**
 * Compare-and-set of a whole push in one transaction. A row is written when the stored content
 * matches its assumedMasterState (by content hash, ignoring server-managed fields); otherwise the
 * stored master goes back as a conflict. A row the server will not take (out of scope, a collection
 * the role may not write, invalid) refuses the whole push for an older client; a client that asked
 * for `perDocument` gets it back as a refusal while the other rows are written. The answer, refusals
 * included, is stored under the request id, so a retry gets the same answer and writes nothing.
 */
export const pushChanges = async (
  tx: SqlExecutor,
  user: SessionUser,
  collection: SyncCollection,
  request: PreparedPush,
  now: number,
): Promise<PushOutcome> => {
  const refusals: PushRefusal[] = [];
  const refusedRows = new Set<number>();
  const refuse = (index: number, refusal: Omit<PushRefusal, 'row' | 'id'>, legacy: () => HttpError) => {
    if (!request.isPerDocument) throw legacy();
    refusedRows.add(index);
    refusals.push({ row: index, id: request.rows[index]!.document.id, ...refusal });
  };
  // The tag vocabulary is shared register-wide, so only an admin may change it.
  const mayWrite = mayWriteCollection(user, collection);
  if (!mayWrite && !request.isPerDocument) throw new HttpError(403, 'forbidden');
  // Others may only name their own units (checked below), which exist; an admin may name any, so
  // check those exist. Units are only ever added, so this need not wait for the feed lock.
  const knownUnits = new Set<string>();
  if (mayWrite && (user.role === 'admin' || collection === 'accessEntries')) {
    const unitIds = [...new Set(request.rows.map((row) => String(row.document.owningUnit)))];
    const known = await tx.query<{ id: string }>('select id from units where id = any($1::text[])', [
      unitIds,
    ]);
    known.forEach((unit) => knownUnits.add(unit.id));
    if (known.length !== unitIds.length && !request.isPerDocument)
      throw new HttpError(400, 'badRequest', { message: 'owningUnit is not a known unit' });
  }
  await lockFeed(tx);
  const replay = await tx.query<{ response: PushResponse; collection: string }>(
    'select response, collection from push_requests where user_id = $1 and request_id = $2',
    [user.id, request.requestId],
  );
  if (replay[0]) {
    if (replay[0].collection !== collection)
      throw new HttpError(400, 'badRequest', { message: 'requestId already used for another collection' });
    return { response: replay[0].response, changedIds: [], isReplay: true };
  }

  // Nothing is read for a collection the user may not write: the refusal names only the ids sent.
  const ids = mayWrite ? request.rows.map((row) => row.document.id) : [];
  const stored = await tx.query<StoredRow>(
    `select r.id, r.owning_unit, r.content_hash, r.created_at, r.updated_at, r.document,
            ${recordScopeSql(user, 3, 4)} as in_scope
       from records r where r.collection = $1 and r.id = any($2::text[])`,
    [collection, ids, user.id, user.units],
  );
  const storedById = new Map(stored.map((row) => [row.id, row]));

  request.rows.forEach((row, index) => {
    if (!mayWrite)
      return refuse(index, { status: 403, reason: 'forbidden' }, () => new HttpError(403, 'forbidden'));
    const master = storedById.get(row.document.id);
    const outOfScope = () =>
      refuse(index, { status: 403, reason: 'outOfScope' }, () => new HttpError(403, 'outOfScope'));
    // Scope comes before validity: a row about a record the user may not see says nothing more.
    if (master && !master.in_scope) return outOfScope();
    const isUnitChange = !master || master.owning_unit !== row.document.owningUnit;
    // An access entry takes the unit of the person it is about, so that unit's members see it, even
    // when the person was only shared with the user (or the user is a partner, who owns nothing).
    const isNewAccessEntry = collection === 'accessEntries' && !master;
    if (isUnitChange && !isNewAccessEntry && !mayOwnInUnit(user, String(row.document.owningUnit)))
      return outOfScope();
  });
  // Validity second, as before: an older client still hears of a scope refusal first.
  request.rows.forEach((row, index) => {
    if (refusedRows.has(index)) return;
    const master = storedById.get(row.document.id);
    const issues = [...row.issues];
    const needsKnownUnit = user.role === 'admin' || collection === 'accessEntries';
    if (
      needsKnownUnit &&
      !knownUnits.has(String(row.document.owningUnit)) &&
      !issues.some((issue) => issue.path === 'owningUnit')
    )
      issues.push({ path: 'owningUnit', code: 'unknownUnit' });
    const isRewrite =
      master &&
      master.content_hash === row.assumedHash &&
      !master.document._deleted &&
      !row.document._deleted &&
      master.content_hash !== row.contentHash;
    if (isRewrite && appendOnlyCollections.includes(collection))
      issues.push({ path: 'id', code: 'appendOnly' });
    if (issues.length > 0)
      refuse(
        index,
        { status: 400, reason: 'invalid', issues },
        () =>
          new HttpError(400, 'badRequest', {
            message: 'append-only record changed',
            issues: issues.map((issue) => ({ row: index, ...issue })),
          }),
      );
  });

  const conflicts: WireDocument[] = [];
  const written: Record<'create' | 'update' | 'delete', string[]> = { create: [], update: [], delete: [] };
  const writes: { document: WireDocument; contentHash: string }[] = [];
  const unitMoves: { id: string; formerUnit: string }[] = [];
  for (const [index, row] of request.rows.entries()) {
    if (refusedRows.has(index)) continue;
    const master = storedById.get(row.document.id);
    if (master && master.content_hash !== row.assumedHash) {
      conflicts.push(master.document);
      continue;
    }
    // The server's clock orders nothing (the sequence does) but must still move forward per record.
    const updatedAt = master ? Math.max(now, Number(master.updated_at) + 1) : now;
    const createdAt = master ? Number(master.created_at) : now;
    const document: WireDocument = {
      ...row.document,
      createdAt,
      updatedAt,
      createdBy: master ? (master.document.createdBy ?? user.id) : user.id,
      updatedBy: user.id,
    };
    writes.push({ document, contentHash: row.contentHash });
    // Members of the former unit may lose the record; their next pull re-evaluates it.
    if (master && master.owning_unit !== document.owningUnit)
      unitMoves.push({ id: document.id, formerUnit: master.owning_unit });
    written[document._deleted ? 'delete' : master ? 'update' : 'create'].push(document.id);
  }

  if (writes.length > 0) {
    // One statement for the whole batch: the feed lock is held for as few round trips as possible.
    await tx.query(
      `insert into records (collection, id, sequence, owning_unit, is_deleted, content_hash, created_at, updated_at, document)
       select $1, w.value->'document'->>'id', nextval('change_sequence'), w.value->'document'->>'owningUnit',
              (w.value->'document'->>'_deleted')::boolean, w.value->>'contentHash',
              (w.value->'document'->>'createdAt')::bigint, (w.value->'document'->>'updatedAt')::bigint,
              w.value->'document'
         from jsonb_array_elements($2::jsonb) with ordinality as w(value, position)
        order by w.position
       on conflict (collection, id) do update set sequence = excluded.sequence, owning_unit = excluded.owning_unit,
         is_deleted = excluded.is_deleted, content_hash = excluded.content_hash, updated_at = excluded.updated_at,
         document = excluded.document`,
      [collection, JSON.stringify(writes)],
    );
  }
  for (const move of unitMoves) {
    await tx.query(
      `insert into access_changes (sequence, collection, record_id, unit_id) values (nextval('change_sequence'), $1, $2, $3)`,
      [collection, move.id, move.formerUnit],
    );
  }

  for (const operation of ['create', 'update', 'delete'] as const) {
    if (written[operation].length > 0)
      await writeAudit(tx, { userId: user.id, operation, collection, recordIds: written[operation] }, now);
  }
  if (collection === 'accessEntries') await auditAccessEntries(tx, user.id, writes, written.create, now);
  const response: PushResponse = request.isPerDocument ? { conflicts, refusals } : { conflicts };
  await tx.query(
    `insert into push_requests (user_id, request_id, collection, status_code, response, created_at)
     values ($1, $2, $3, 200, $4::jsonb, $5)`,
    [user.id, request.requestId, collection, JSON.stringify(response), now],
  );
  return { response, changedIds: [...written.create, ...written.update, ...written.delete], isReplay: false };
};
