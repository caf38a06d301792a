// Builds the HTTP server: security headers, CSRF, rate limit, tenant and language per request,
// OpenAPI from the route schemas, static assets, health and metrics, and the one error handler.
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyRequest } from 'fastify';
import { isLocale, pickLocale } from '../i18n/i18n.ts';
import type { TenantResolver } from '../tenancy/tenant-resolver.ts';
import { securityHeaders } from './security-headers.ts';
import { ApiDocsPage, type OpenApiDocument } from './api-docs.page.tsx';
import { platformErrors } from './app-error.ts';
import {
  CSRF_COOKIE,
  CSRF_FIELD,
  CSRF_HEADER,
  csrfTokenFor,
  isValidCsrfToken,
  newCsrfSecret,
  unsafeMethods,
} from './csrf.ts';
import { handleError, sendError } from './error-handler.ts';
import type { Metrics } from './metrics.ts';
import type { RequestContext } from './request-context.ts';
import type { RouteAccess, RouteDefinition } from './route.ts';

export interface ServerOptions {
  routes: RouteDefinition[];
  tenantResolver: TenantResolver;
  /** The policy place: throws an AppError (401/403) when the request may not use a route. */
  authorize: (request: FastifyRequest, access: RouteAccess) => Promise<void>;
  secret: string;
  metrics: Metrics;
  bodyLimit: number;
  rateLimitPerMinute: number;
  trustProxy: boolean;
  logLevel: string;
  /** Pretty logs for people at a terminal; JSON lines otherwise. */
  prettyLogs?: boolean;
  secureCookies?: boolean;
  /** Where browsers that must sign in are redirected (see handleError); unset = 401 page. */
  signInLocation?: (requestedPath: string) => string;
}

const assetRoots = {
  kern: fileURLToPath(new URL('../../../node_modules/@kern-ux/native/dist/', import.meta.url)),
  htmx: fileURLToPath(new URL('../../../node_modules/htmx.org/dist/', import.meta.url)),
  app: fileURLToPath(new URL('../ui/assets/', import.meta.url)),
};

const requestIdPattern = /^[A-Za-z0-9._-]{1,64}$/;

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered from the route list, for the policy test to enumerate. */
    rathausRoutes: RouteDefinition[];
  }
  interface FastifyContextConfig {
    rathaus?: { access: RouteAccess; csrf: 'required' | 'bearer-exempt'; tenant: 'required' | 'none' };
  }
}

export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: options.logLevel,
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
      ...(options.prettyLogs
        ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss' } } }
        : {}),
    },
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && requestIdPattern.test(given) ? given : randomUUID();
    },
    bodyLimit: options.bodyLimit,
    trustProxy: options.trustProxy,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    ajv: {
      customOptions: { allErrors: true, coerceTypes: 'array', removeAdditional: false, useDefaults: true },
    },
  });

  app.decorateRequest('ctx', null as unknown as RequestContext);
  app.decorateReply('html', function (markup: { toString(): string }, statusCode?: number) {
    if (statusCode) this.status(statusCode);
    return this.type('text/html; charset=utf-8').send(markup.toString());
  });

  await app.register(cookie);
  await app.register(formbody, { bodyLimit: options.bodyLimit });
  // Uploads are streamed by the route that reads them (request.parts() with its own limits); these
  // defaults only guard a route that forgets to set them.
  await app.register(multipart, { limits: { fileSize: options.bodyLimit, files: 1, fields: 20, parts: 25 } });
  await app.register(rateLimit, {
    global: true,
    max: options.rateLimitPerMinute,
    timeWindow: '1 minute',
    errorResponseBuilder: () => platformErrors.rate_limited(),
    // The limit headers only on refusals: sending them with every response costs throughput for nothing.
    addHeadersOnExceeding: {
      'x-ratelimit-limit': false,
      'x-ratelimit-remaining': false,
      'x-ratelimit-reset': false,
    },
  });

  const headers = securityHeaders({ hsts: options.secureCookies ?? false });
  app.addHook('onRequest', async (request, reply) => {
    reply.headers(headers);
    reply.header('x-request-id', request.id);
    const queryLang = (request.query as Record<string, unknown> | undefined)?.lang;
    if (isLocale(queryLang)) {
      reply.setCookie('lang', queryLang, {
        path: '/',
        sameSite: 'lax',
        httpOnly: true,
        maxAge: 31_536_000,
        secure: options.secureCookies ?? false,
      });
    }
    let csrfSecret = request.cookies[CSRF_COOKIE];
    const tenant = await options.tenantResolver.resolve(request.hostname);
    const ctx: RequestContext = {
      locale: pickLocale({
        explicit: isLocale(queryLang) ? queryLang : request.cookies.lang,
        acceptLanguage: request.headers['accept-language'],
      }),
      tenant,
      path: request.url,
      // The CSRF cookie is set only when a page actually renders a form.
      get csrfToken() {
        if (!csrfSecret) {
          csrfSecret = newCsrfSecret();
          reply.setCookie(CSRF_COOKIE, csrfSecret, {
            path: '/',
            sameSite: 'lax',
            httpOnly: true,
            secure: options.secureCookies ?? false,
          });
        }
        return csrfTokenFor(csrfSecret, options.secret);
      },
    };
    request.ctx = ctx;
  });

  app.addHook('onResponse', async (request, reply) => {
    options.metrics.requestDuration.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status_code: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
  });

  app.setErrorHandler((error, request, reply) =>
    handleError(error as FastifyError, request, reply, { signInLocation: options.signInLocation }),
  );
  app.setNotFoundHandler((request, reply) => sendError(request, reply, platformErrors.not_found()));

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Rathaus API', version: '1', description: 'Schnittstellen des digitalen Rathauses' },
    },
  });

  await app.register(fastifyStatic, { root: assetRoots.app, prefix: '/assets/app/', maxAge: '1h' });
  await app.register(fastifyStatic, {
    root: assetRoots.kern,
    prefix: '/assets/kern/',
    decorateReply: false,
    maxAge: '1d',
  });
  await app.register(fastifyStatic, {
    root: assetRoots.htmx,
    prefix: '/assets/htmx/',
    decorateReply: false,
    maxAge: '1d',
    allowedPath: (pathName) => pathName === '/htmx.min.js',
  });

  app.decorate('rathausRoutes', options.routes);
  for (const route of options.routes) registerRoute(app, route, options);

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/api/docs', { schema: { hide: true } }, async (request, reply) =>
    reply.html(ApiDocsPage({ ctx: request.ctx, document: app.swagger() as unknown as OpenApiDocument })),
  );
  return app;
}

function registerRoute(app: FastifyInstance, route: RouteDefinition, options: ServerOptions): void {
  const { summary, description, tags, hide, consumes, produces, ...validation } = route.schema;
  const rathaus = {
    access: route.access,
    csrf: route.csrf ?? 'required',
    tenant: route.tenant ?? 'required',
  };
  app.route({
    method: route.method,
    url: route.url,
    schema: { ...validation, summary, description, tags, hide, consumes, produces },
    config: { rathaus, ...(route.rateLimit ? { rateLimit: route.rateLimit } : {}) },
    ...(route.bodyLimit ? { bodyLimit: route.bodyLimit } : {}),
    preValidation: async (request) => {
      if (rathaus.tenant === 'required' && !request.ctx.tenant) throw platformErrors.unknown_tenant();
      if (!unsafeMethods.has(request.method)) return;
      const authorization = request.headers.authorization ?? '';
      if (rathaus.csrf === 'bearer-exempt' && authorization.startsWith('Bearer ')) return;
      const body = request.body as Record<string, unknown> | undefined;
      const token =
        request.headers[CSRF_HEADER] ??
        body?.[CSRF_FIELD] ??
        (request.query as Record<string, unknown>)?.[CSRF_FIELD];
      if (!isValidCsrfToken(request.cookies[CSRF_COOKIE], token, options.secret))
        throw platformErrors.csrf_failed();
      if (body && typeof body === 'object') delete body[CSRF_FIELD];
    },
    preHandler: async (request) => {
      await options.authorize(request, route.access);
    },
    handler: async (request, reply) =>
      route.handler({
        request,
        reply,
        body: request.body,
        query: request.query,
        params: request.params,
      }),
  });
}
