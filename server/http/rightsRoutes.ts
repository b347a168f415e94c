import type { FastifyInstance } from 'fastify';
import type { ErasureRequest } from '../../shared/sync/syncProtocol';
import { eraseRecords, type ErasureTarget } from '../rights/eraseRecords';
import { isSyncCollection } from '../sync/recordDefinitions';
import { requireUser, userOf } from './authenticate';
import { HttpError } from './HttpError';
import type { ServerContext } from './ServerContext';

const maxErasureRecords = 1_000;

const targetsOf = (body: unknown): ErasureTarget[] => {
  const records = (body as Partial<ErasureRequest> | null)?.records;
  if (!Array.isArray(records) || records.length === 0 || records.length > maxErasureRecords)
    throw new HttpError(400, 'badRequest', { message: `records must list 1…${maxErasureRecords} records` });
  return records.map((record: unknown) => {
    const { collection, id } = (record ?? {}) as Record<string, unknown>;
    if (!isSyncCollection(collection) || typeof id !== 'string' || id === '' || id.length > 100)
      throw new HttpError(400, 'badRequest', { message: 'each record needs a synced collection and an id' });
    return { collection, id };
  });
};

/** Data subject rights on the server: erasure, for admins and coordinators of the records' units. */
export const registerRightsRoutes = (app: FastifyInstance, context: ServerContext) => {
  app.post(
    '/rights/erase',
    { preHandler: requireUser(context, ['admin', 'coordinator']) },
    async (request) => {
      const targets = targetsOf(request.body);
      const user = userOf(request);
      const outcome = await context.sql.transaction((tx) => eraseRecords(tx, user, targets, context.now()));
      if (outcome.erased > 0)
        await context.changeHub.announce([...new Set(targets.map((t) => t.collection))]);
      return outcome;
    },
  );
};
