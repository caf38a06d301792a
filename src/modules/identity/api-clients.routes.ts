// HTTP for API clients: the administration page (list, create, revoke) and GET /api/v1/me, which
// tells a staff session or an API client who it is.
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { accessErrors, onBehalfOf, type StaffActor } from '../access/index.ts';
import type { AuditTrail } from '../audit/index.ts';
import { tenantScope } from '../../platform/db/tenant-scope.ts';
import { platformErrors } from '../../platform/http/app-error.ts';
import { defineRoute, type RouteDefinition } from '../../platform/http/route.ts';
import { translate } from '../../platform/i18n/i18n.ts';
import { apiClientText } from './api-clients.messages.ts';
import { API_CLIENTS_PATH, ApiClientsPage, type ApiClientFieldError } from './api-clients.pages.tsx';
import type { ApiClientTables } from './api-clients.repository.ts';
import {
  createApiClient,
  listApiClients,
  revokeApiClient,
  validateApiClientInput,
  type ApiClientInputError,
} from './api-clients.usecases.ts';

const manage = { permission: 'identity.manage_api_clients' } as const;

// Fields may arrive empty or missing: the page answers that with its own error summary.
const CreateForm = Type.Object({
  name: Type.Optional(Type.String({ maxLength: 1000 })),
  scopes: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 50 })),
});
const ListQuery = Type.Object({
  ergebnis: Type.Optional(Type.Literal('widerrufen')),
});
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

const TenantShape = Type.Object({ slug: Type.String(), name: Type.String() });
const MeResponse = Type.Union([
  Type.Object(
    {
      kind: Type.Literal('staff'),
      id: Type.String({ format: 'uuid' }),
      displayName: Type.String(),
      tenant: TenantShape,
      roles: Type.Array(Type.Object({ role: Type.String(), departmentId: Type.String({ format: 'uuid' }) })),
    },
    { title: 'Mitarbeiterin oder Mitarbeiter (Sitzung)' },
  ),
  Type.Object(
    {
      kind: Type.Literal('api_client'),
      id: Type.String({ format: 'uuid' }),
      name: Type.String(),
      tenant: TenantShape,
      scopes: Type.Array(Type.String()),
    },
    { title: 'API-Zugang (Bearer-Token)' },
  ),
]);
const ErrorResponse = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String() }),
  requestId: Type.String(),
});

function noStore(reply: FastifyReply): void {
  reply.header('cache-control', 'no-store');
}

/** The signed-in person; authorize() has already required one with the permission. */
function staffOf(request: FastifyRequest): StaffActor {
  if (!request.actor) throw accessErrors.unauthenticated();
  return request.actor;
}

/** The administrator as the audit trail names them (a substitute acts "on behalf of" the absent admin). */
function auditActorOf(actor: StaffActor) {
  return {
    type: 'staff' as const,
    id: actor.id,
    onBehalfOf: onBehalfOf(actor, 'identity.manage_api_clients') ?? null,
  };
}

const inputErrorText = {
  'name:missing': apiClientText.nameMissing,
  'name:too_long': apiClientText.nameTooLong,
  'scopes:unknown': apiClientText.scopesUnknown,
} as const;

export function createApiClientsRoutes({
  db,
  audit,
  now,
}: {
  db: Kysely<ApiClientTables>;
  audit: AuditTrail;
  now: () => Date;
}): RouteDefinition[] {
  const scopeOf = (request: FastifyRequest) => {
    const tenant = request.ctx.tenant;
    if (!tenant) throw platformErrors.unknown_tenant();
    return tenantScope(db, tenant.id);
  };

  return [
    defineRoute({
      method: 'GET',
      url: API_CLIENTS_PATH,
      access: manage,
      schema: {
        querystring: ListQuery,
        summary: 'API-Zugänge verwalten',
        tags: ['Identität'],
        produces: ['text/html'],
      },
      handler: async ({ request, reply, query }) => {
        const { clients } = await listApiClients({ scope: scopeOf(request) });
        noStore(reply);
        return reply.html(
          ApiClientsPage({
            ctx: request.ctx,
            actor: staffOf(request),
            clients,
            notice: query.ergebnis === 'widerrufen' ? 'revoked' : undefined,
          }),
        );
      },
    }),

    defineRoute({
      method: 'POST',
      url: API_CLIENTS_PATH,
      access: manage,
      schema: {
        body: CreateForm,
        summary: 'API-Zugang anlegen; der Zugangsschlüssel wird einmal angezeigt',
        tags: ['Identität'],
        consumes: ['application/x-www-form-urlencoded'],
        produces: ['text/html'],
      },
      handler: async ({ request, reply, body }) => {
        const actor = staffOf(request);
        const scope = scopeOf(request);
        const form = { name: body.name ?? '', scopes: body.scopes ?? [] };
        const checked = validateApiClientInput(form);
        // The token page must never be cached: it is the only copy of the token.
        noStore(reply);
        if (!checked.ok) {
          const errors: ApiClientFieldError[] = checked.errors.map((error: ApiClientInputError) => ({
            field: error.field,
            message: translate(
              request.ctx.locale,
              inputErrorText[`${error.field}:${error.problem}` as keyof typeof inputErrorText],
            ),
          }));
          const { clients } = await listApiClients({ scope });
          return reply.html(ApiClientsPage({ ctx: request.ctx, actor, clients, form, errors }), 400);
        }
        const { client } = await createApiClient({
          scope,
          audit,
          actor: auditActorOf(actor),
          name: checked.value.name,
          scopes: checked.value.scopes,
          now: now(),
        });
        request.log.info({ apiClientId: client.id }, 'API client created');
        const { clients } = await listApiClients({ scope });
        return reply.html(ApiClientsPage({ ctx: request.ctx, actor, clients, created: client }), 201);
      },
    }),

    defineRoute({
      method: 'POST',
      url: `${API_CLIENTS_PATH}/:id/widerrufen`,
      access: manage,
      schema: {
        params: IdParams,
        summary: 'API-Zugang widerrufen',
        tags: ['Identität'],
        consumes: ['application/x-www-form-urlencoded'],
      },
      handler: async ({ request, reply, params }) => {
        const { found } = await revokeApiClient({
          scope: scopeOf(request),
          audit,
          actor: auditActorOf(staffOf(request)),
          id: params.id,
          now: now(),
        });
        if (!found) throw platformErrors.not_found();
        request.log.info({ apiClientId: params.id }, 'API client revoked');
        return reply.redirect(`${API_CLIENTS_PATH}?ergebnis=widerrufen`, 303);
      },
    }),

    defineRoute({
      method: 'GET',
      url: '/api/v1/me',
      access: { permission: 'api.me' },
      schema: {
        summary: 'Wer fragt: die angemeldete Person oder der API-Zugang',
        description:
          'Antwortet für eine Sitzung von Mitarbeitenden (Cookie) oder einen API-Zugang (`Authorization: Bearer rh_…`); sonst 401.',
        tags: ['Identität'],
        response: { 200: MeResponse, 401: ErrorResponse },
      },
      handler: async ({ request, reply }) => {
        const principal = request.principal;
        const tenant = request.ctx.tenant;
        if (!principal || !tenant) throw accessErrors.unauthenticated();
        noStore(reply);
        const tenantShape = { slug: tenant.slug, name: tenant.name };
        if (principal.kind === 'staff')
          return {
            kind: 'staff',
            id: principal.id,
            displayName: principal.displayName,
            tenant: tenantShape,
            roles: principal.roles,
          };
        return {
          kind: 'api_client',
          id: principal.id,
          name: principal.name,
          tenant: tenantShape,
          scopes: principal.scopes,
        };
      },
    }),
  ];
}
