import type { FastifyInstance } from 'fastify';
import type { LoginResponse } from '../../shared/sync/syncProtocol';
import { findLoginByUsername } from '../auth/accountStore';
import { maxPasswordLength } from '../auth/passwordHasher';
import { createSession, revokeSession } from '../auth/sessionStore';
import { writeAudit } from '../audit/writeAudit';
import { requireUser, sessionOf, userOf } from './authenticate';
import { HttpError } from './HttpError';
import type { ServerContext } from './ServerContext';

export const registerAuthRoutes = (app: FastifyInstance, context: ServerContext) => {
  const { sql, hasher, rateLimiter } = context;
  // Verified against when the username is unknown, so both failures take the same time.
  const dummyHash = hasher.hash('not a password of anyone');

  app.post('/auth/login', async (request, reply) => {
    const body = request.body as Record<string, unknown> | undefined;
    const username = typeof body?.username === 'string' ? body.username.trim() : '';
    const password = typeof body?.password === 'string' ? body.password : '';
    if (username === '' || password === '' || username.length > 200 || password.length > maxPasswordLength)
      throw new HttpError(400, 'badRequest', { message: 'username and password are required' });
    const account = username.toLowerCase();
    const waitMs = rateLimiter.checkAttempt(request.ip, account, context.now());
    if (waitMs > 0) {
      reply.header('retry-after', Math.ceil(waitMs / 1000));
      throw new HttpError(429, 'tooManyAttempts');
    }
    const login = await findLoginByUsername(sql, username);
    const isValid = await hasher.verify(login?.passwordHash ?? (await dummyHash), password);
    if (!login || !isValid) {
      rateLimiter.recordFailure(request.ip, account, context.now());
      await writeAudit(sql, { userId: login?.user.id ?? null, operation: 'loginFailed' }, context.now());
      throw new HttpError(401, 'invalidCredentials');
    }
    rateLimiter.recordSuccess(account);
    const now = context.now();
    if (hasher.needsRehash(login.passwordHash)) {
      await sql.query('update users set password_hash = $2 where id = $1', [
        login.user.id,
        await hasher.hash(password),
      ]);
    }
    const session = await sql.transaction(async (tx) => {
      const created = await createSession(tx, login.user.id, context.sessionPolicy, now);
      await writeAudit(tx, { userId: login.user.id, operation: 'login' }, now);
      return created;
    });
    const response: LoginResponse = { token: session.token, expiresAt: session.expiresAt, user: login.user };
    return response;
  });

  app.get('/auth/me', { preHandler: requireUser(context) }, async (request) => userOf(request));

  app.post('/auth/logout', { preHandler: requireUser(context) }, async (request, reply) => {
    const session = sessionOf(request);
    await sql.transaction(async (tx) => {
      await revokeSession(tx, session.tokenHash, context.now());
      await writeAudit(tx, { userId: session.user.id, operation: 'logout' }, context.now());
    });
    return reply.code(204).send();
  });
};
