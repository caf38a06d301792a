// Puts the API clients together for identity.module.ts: their routes and the client behind a bearer token.
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { ApiClientActor } from '../access/index.ts';
import type { AuditTrail } from '../audit/index.ts';
import { tenantScope } from '../../platform/db/tenant-scope.ts';
import type { RouteDefinition } from '../../platform/http/route.ts';
import type { ApiClientTables } from './api-clients.repository.ts';
import { createApiClientsRoutes } from './api-clients.routes.ts';
import { bearerTokenOf, hasBearerAuthorization, resolveApiClient } from './api-clients.usecases.ts';

export function createApiClients({
  db,
  audit,
  now,
}: {
  db: Kysely<unknown>;
  audit: AuditTrail;
  now: () => Date;
}): {
  routes: RouteDefinition[];
  /**
   * Undefined when the request carries no bearer token: then the session cookie decides. With one,
   * it is that token or nobody (`{ actor: undefined }`), never the cookie too.
   */
  resolveBearer: (request: FastifyRequest) => Promise<{ actor: ApiClientActor | undefined } | undefined>;
} {
  const clientsDb = db as Kysely<ApiClientTables>;
  return {
    routes: createApiClientsRoutes({ db: clientsDb, audit, now }),
    async resolveBearer(request) {
      const authorization = request.headers.authorization;
      if (!hasBearerAuthorization(authorization)) return undefined;
      const tenant = request.ctx.tenant;
      if (!tenant) return { actor: undefined };
      return resolveApiClient({
        scope: tenantScope(clientsDb, tenant.id),
        token: bearerTokenOf(authorization),
        now: now(),
      });
    },
  };
}
