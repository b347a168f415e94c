import type { FastifyInstance } from 'fastify';
import { writeAudit } from '../audit/writeAudit';
import { requireUser, userOf } from './authenticate';
import { HttpError } from './HttpError';
import type { ServerContext } from './ServerContext';

type AuditRow = {
  id: unknown;
  at: unknown;
  user_id: string | null;
  operation: string;
  collection: string | null;
  record_ids: string[];
  detail: string | null;
};

/** "Who accessed or changed record X": admins only, and reading the audit is itself audited. */
export const registerAuditRoutes = (app: FastifyInstance, context: ServerContext) => {
  app.get('/audit', { preHandler: requireUser(context, ['admin']) }, async (request) => {
    const query = request.query as Record<string, unknown>;
    const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
    const collection = text(query.collection);
    const recordId = text(query.recordId);
    const userId = text(query.userId);
    const limit = query.limit === undefined ? 200 : Number(query.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1_000)
      throw new HttpError(400, 'badRequest', { message: 'limit must be 1…1000' });
    const rows = await context.sql.query<AuditRow>(
      `select id, at, user_id, operation, collection, record_ids, detail from audit_log
        where ($1::text is null or collection = $1)
          and ($2::text is null or record_ids @> array[$2::text])
          and ($3::text is null or user_id = $3)
        order by id desc limit $4`,
      [collection, recordId, userId, limit],
    );
    await writeAudit(
      context.sql,
      {
        userId: userOf(request).id,
        operation: 'auditRead',
        ...(collection ? { collection } : {}),
        recordIds: recordId ? [recordId] : [],
      },
      context.now(),
    );
    return rows.map((row) => ({
      id: Number(row.id),
      at: Number(row.at),
      userId: row.user_id,
      operation: row.operation,
      collection: row.collection,
      // Asked about one record, a pull of thousands answers with that record only.
      recordIds: recordId ? [recordId] : row.record_ids,
      recordCount: row.record_ids.length,
      detail: row.detail,
    }));
  });
};
