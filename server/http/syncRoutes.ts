import type { OutgoingHttpHeaders } from 'node:http';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { PullResponse, StreamEvent, SyncCollection } from '../../shared/sync/syncProtocol';
import { findActiveSession } from '../auth/sessionStore';
import { writeAudit } from '../audit/writeAudit';
import { pullChanges, readDocumentInScope } from '../sync/pullChanges';
import { preparePush, pushChanges } from '../sync/pushChanges';
import { isSyncCollection } from '../sync/recordDefinitions';
import { requireUser, tokenOf, userOf } from './authenticate';
import { HttpError } from './HttpError';
import type { ServerContext } from './ServerContext';

export const defaultPullLimit = 200;
export const maxPullLimit = 1_000;

const collectionOf = (request: FastifyRequest): SyncCollection => {
  const { collection } = request.params as { collection?: string };
  if (!isSyncCollection(collection)) throw new HttpError(404, 'notFound');
  return collection;
};

const integerParam = (value: unknown, fallback: number, max = Number.MAX_SAFE_INTEGER): number => {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 0 || number > max)
    throw new HttpError(400, 'badRequest', { message: 'sequence and limit must be non-negative integers' });
  return number;
};

/** The highest sequence whose transaction has committed; every smaller one has committed too (see feedLock). */
const committedSequence = async (context: ServerContext, collection: SyncCollection): Promise<number> => {
  const rows = await context.sql.query<{ sequence: unknown }>(
    `select greatest((select max(sequence) from records where collection = $1),
                     (select max(sequence) from access_changes where collection = $1), 0) as sequence`,
    [collection],
  );
  return Number(rows[0]?.sequence ?? 0);
};

export const registerSyncRoutes = (app: FastifyInstance, context: ServerContext) => {
  const { sql } = context;
  const authenticated = { preHandler: requireUser(context) };

  app.get('/sync/:collection/pull', authenticated, async (request) => {
    const collection = collectionOf(request);
    const query = request.query as Record<string, unknown>;
    const since = integerParam(query.sequence, 0);
    const limit = Math.max(1, integerParam(query.limit, defaultPullLimit, maxPullLimit));
    const user = userOf(request);
    const pulled = await pullChanges(sql, user, collection, since, limit);
    if (pulled.documents.length > 0)
      await writeAudit(
        sql,
        { userId: user.id, operation: 'pull', collection, recordIds: pulled.documents.map((doc) => doc.id) },
        context.now(),
      );
    const response: PullResponse = {
      documents: pulled.documents,
      checkpoint:
        pulled.lastSequence !== null
          ? { sequence: pulled.lastSequence }
          : query.sequence !== undefined
            ? { sequence: since }
            : null,
    };
    return response;
  });

  app.post('/sync/:collection/push', authenticated, async (request) => {
    const collection = collectionOf(request);
    const user = userOf(request);
    const prepared = preparePush(collection, request.body);
    const outcome = await sql.transaction((tx) => pushChanges(tx, user, collection, prepared, context.now()));
    if (outcome.changedIds.length > 0) await context.changeHub.announce([collection]);
    return outcome.response;
  });

  // One record's current master: what a client fetches to replace a local change the server refused.
  app.get('/sync/:collection/documents/:id', authenticated, async (request) => {
    const collection = collectionOf(request);
    const { id } = request.params as { id: string };
    const user = userOf(request);
    const document = await readDocumentInScope(sql, user, collection, id);
    if (!document) throw new HttpError(404, 'notFound');
    await writeAudit(sql, { userId: user.id, operation: 'pull', collection, recordIds: [id] }, context.now());
    return document;
  });

  app.get('/sync/:collection/stream', authenticated, async (request, reply) => {
    const collection = collectionOf(request);
    const token = tokenOf(request)!;
    const query = request.query as Record<string, unknown>;
    let cursor =
      query.sequence !== undefined
        ? integerParam(query.sequence, 0)
        : await committedSequence(context, collection);
    // hijack() bypasses Fastify's reply: carry over headers set by hooks (CORS for app://kontakt).
    const hookHeaders = Object.fromEntries(
      Object.entries(reply.getHeaders()).filter(([, value]) => value !== undefined),
    ) as OutgoingHttpHeaders;
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      ...hookHeaders,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    const send = (event: StreamEvent) => raw.write(`data: ${JSON.stringify(event)}\n\n`);
    send('RESYNC');

    let isClosed = false;
    let isRunning = false;
    let isWakePending = false;
    const close = () => {
      if (isClosed) return;
      isClosed = true;
      unsubscribe();
      clearInterval(heartbeat);
      raw.end();
    };
    // Each wake re-reads the session, so a revoked token or a changed role or unit takes effect at once.
    const deliver = async () => {
      if (isRunning) {
        isWakePending = true;
        return;
      }
      isRunning = true;
      try {
        do {
          isWakePending = false;
          const session = await findActiveSession(sql, token, context.sessionPolicy, context.now());
          if (!session) return close();
          for (;;) {
            const pulled = await pullChanges(sql, session.user, collection, cursor, maxPullLimit);
            if (pulled.lastSequence === null || isClosed) break;
            cursor = pulled.lastSequence;
            if (pulled.documents.length === 0) continue;
            await writeAudit(
              sql,
              {
                userId: session.user.id,
                operation: 'stream',
                collection,
                recordIds: pulled.documents.map((d) => d.id),
              },
              context.now(),
            );
            send({ documents: pulled.documents, checkpoint: { sequence: cursor } });
          }
        } while (isWakePending && !isClosed);
      } catch (error) {
        request.log.error({ err: error }, 'stream delivery failed');
        close();
      } finally {
        isRunning = false;
      }
    };
    const unsubscribe = context.changeHub.subscribe(collection, () => void deliver());
    const heartbeat = setInterval(() => raw.write(': heartbeat\n\n'), context.heartbeatMs);
    raw.on('close', close);
    // Changes committed between reading the cursor and subscribing are not lost: deliver once now.
    await deliver();
  });
};
