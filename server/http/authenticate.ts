import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SessionUser, UserRole } from '../../shared/sync/syncProtocol';
import type { ActiveSession } from '../auth/sessionStore';
import { findActiveSession } from '../auth/sessionStore';
import { HttpError } from './HttpError';
import type { ServerContext } from './ServerContext';

const sessions = new WeakMap<FastifyRequest, ActiveSession>();

/**
 * The bearer token from `Authorization`, or from `access_token` in the query for clients that
 * cannot set headers (a browser EventSource). Request logs never contain the query string.
 */
export const tokenOf = (request: FastifyRequest): string | null => {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || null;
  const query = request.query as Record<string, unknown> | undefined;
  return typeof query?.access_token === 'string' ? query.access_token : null;
};

export const sessionOf = (request: FastifyRequest): ActiveSession => {
  const session = sessions.get(request);
  if (!session) throw new HttpError(401, 'unauthorized');
  return session;
};

/** The user of an authenticated request, or undefined (for logging). */
export const authenticatedUserOf = (request: FastifyRequest): SessionUser | undefined =>
  sessions.get(request)?.user;

export const userOf = (request: FastifyRequest): SessionUser => sessionOf(request).user;

/** A preHandler: refuses without a live session; `roles` narrows who may call the route. */
export const requireUser =
  (context: ServerContext, roles?: readonly UserRole[]) =>
  async (request: FastifyRequest, _reply: FastifyReply) => {
    const token = tokenOf(request);
    const session = token
      ? await findActiveSession(context.sql, token, context.sessionPolicy, context.now())
      : null;
    if (!session) throw new HttpError(401, 'unauthorized');
    sessions.set(request, session);
    if (roles && !roles.includes(session.user.role)) throw new HttpError(403, 'forbidden');
  };
