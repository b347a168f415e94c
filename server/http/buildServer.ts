import { existsSync } from 'node:fs';
import type { DestinationStream } from 'pino';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import Fastify, { LogController } from 'fastify';
import { apiBasePath, clientVersionHeader } from '../../shared/sync/syncProtocol';
import { registerAdminRoutes } from './adminRoutes';
import { registerAuditRoutes } from './auditRoutes';
import { authenticatedUserOf } from './authenticate';
import { registerAuthRoutes } from './authRoutes';
import { isClientVersionSupported } from './clientVersion';
import { HttpError } from './HttpError';
import type { ServerContext } from './ServerContext';
import { registerRightsRoutes } from './rightsRoutes';
import { registerSyncRoutes } from './syncRoutes';

export type HttpOptions = {
  staticDirectory?: string;
  tls?: { cert: Buffer; key: Buffer };
  /** Origins allowed to call the API from another origin: the desktop app's `app://kontakt`. */
  corsOrigins?: readonly string[];
  logLevel?: string;
  logStream?: DestinationStream;
};

const pathOnly = (url: string) => url.split('?')[0]!;

export const defaultCorsOrigins = ['app://kontakt'];

/**
 * The HTTP face of the server. Logs carry method, path without query (it may hold a token),
 * status, duration and the user id: never bodies, headers or usernames.
 */
export const buildServer = (context: ServerContext, options: HttpOptions = {}): FastifyInstance => {
  const logger: FastifyServerOptions['logger'] = {
    level: options.logLevel ?? 'info',
    redact: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization'],
    serializers: {
      req: (request: { method: string; url: string }) => ({
        method: request.method,
        path: pathOnly(request.url),
      }),
    },
    ...(options.logStream ? { stream: options.logStream } : {}),
  };
  const app = Fastify({
    logger,
    // One line per request from the onResponse hook below, with the user id and without the query.
    logController: new LogController({ disableRequestLogging: true }),
    // Event streams never end by themselves; closing the server must end them.
    forceCloseConnections: true,
    bodyLimit: 20 * 1024 * 1024,
    ...(options.tls ? { https: options.tls } : {}),
  }) as unknown as FastifyInstance;

  const corsOrigins = options.corsOrigins ?? defaultCorsOrigins;
  const isApi = (url: string) => url === apiBasePath || url.startsWith(`${apiBasePath}/`);

  app.addHook('onRequest', async (request, reply) => {
    if (!isApi(request.url)) return;
    const origin = request.headers.origin;
    if (origin && corsOrigins.includes(origin)) {
      reply.header('access-control-allow-origin', origin);
      reply.header('vary', 'origin');
      if (request.method === 'OPTIONS') {
        reply.header('access-control-allow-methods', 'GET, POST, PATCH');
        reply.header('access-control-allow-headers', `authorization, content-type, ${clientVersionHeader}`);
        reply.header('access-control-max-age', '600');
        return reply.code(204).send();
      }
    }
    const query = request.query as Record<string, unknown> | undefined;
    const header = request.headers[clientVersionHeader];
    // EventSource cannot set headers, so the version may come as `clientVersion` in the query.
    const version =
      typeof header === 'string'
        ? header
        : typeof query?.clientVersion === 'string'
          ? query.clientVersion
          : undefined;
    if (!isClientVersionSupported(version, context.minClientVersion))
      throw new HttpError(426, 'clientOutdated', { minVersion: context.minClientVersion });
  });

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    // API answers hold personal data: no browser or proxy may keep a copy.
    if (isApi(request.url)) reply.header('cache-control', 'no-store');
  });

  app.addHook('onResponse', async (request, reply) => {
    const userId = authenticatedUserOf(request)?.id;
    request.log.info(
      {
        method: request.method,
        path: pathOnly(request.url),
        statusCode: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
        ...(userId ? { userId } : {}),
      },
      'request',
    );
  });

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof HttpError) return reply.code(error.statusCode).send(error.body);
    const statusCode = (error as { statusCode?: number }).statusCode;
    if (statusCode && statusCode >= 400 && statusCode < 500)
      return reply
        .code(statusCode)
        .send({ error: statusCode === 404 ? 'notFound' : 'badRequest', message: (error as Error).message });
    request.log.error(
      { err: { message: (error as Error).message, stack: (error as Error).stack } },
      'request failed',
    );
    return reply.code(500).send({ error: 'serverError' });
  });

  app.get('/health', async () => ({ status: 'ok' }));
  app.get('/ready', async (_request, reply) => {
    if (!context.isReady()) return reply.code(503).send({ status: 'starting' });
    try {
      await context.sql.query('select 1 from schema_migrations limit 1');
      return { status: 'ready' };
    } catch {
      return reply.code(503).send({ status: 'databaseUnavailable' });
    }
  });

  app.register(
    async (api) => {
      registerAuthRoutes(api, context);
      registerSyncRoutes(api, context);
      registerAdminRoutes(api, context);
      registerAuditRoutes(api, context);
      registerRightsRoutes(api, context);
      api.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: 'notFound' }));
    },
    { prefix: apiBasePath },
  );

  if (options.staticDirectory && existsSync(options.staticDirectory)) {
    app.register(fastifyStatic, { root: options.staticDirectory, index: ['index.html'] });
  } else if (options.staticDirectory) {
    app.log.warn({ staticDirectory: options.staticDirectory }, 'built app not found; serving the API only');
  }
  return app;
};
