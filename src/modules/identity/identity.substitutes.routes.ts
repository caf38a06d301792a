// HTTP for substitutes: /intern/konto/vertretung, for everyone in the staff area.
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { accessErrors } from '../access/index.ts';
import type { AuditTrail } from '../audit/index.ts';
import { tenantScope } from '../../platform/db/tenant-scope.ts';
import { platformErrors } from '../../platform/http/app-error.ts';
import { defineRoute, type RouteDefinition } from '../../platform/http/route.ts';
import { translate } from '../../platform/i18n/i18n.ts';
import { SUBSTITUTES_PATH, SubstitutesPage } from './identity.substitutes.pages.tsx';
import type { SubstituteTables } from './identity.substitutes.repository.ts';
import { describeSubstitutes, endSubstitution, nameSubstitute } from './identity.substitutes.usecases.ts';

const text = Type.Optional(Type.String({ maxLength: 100 }));

export function createSubstitutesRoutes({
  db,
  audit,
  now,
}: {
  db: Kysely<SubstituteTables>;
  audit: AuditTrail;
  now: () => Date;
}): RouteDefinition[] {
  const scopeOf = (request: FastifyRequest) => {
    const tenant = request.ctx.tenant;
    if (!tenant) throw platformErrors.unknown_tenant();
    return tenantScope(db, tenant.id);
  };
  const actorOf = (request: FastifyRequest) => {
    if (!request.actor) throw accessErrors.unauthenticated();
    return request.actor;
  };
  return [
    defineRoute({
      method: 'GET',
      url: SUBSTITUTES_PATH,
      access: { permission: 'staff.area' },
      schema: {
        querystring: Type.Object({
          ergebnis: Type.Optional(Type.Union([Type.Literal('eingetragen'), Type.Literal('beendet')])),
        }),
        summary: 'Vertretung eintragen und ansehen',
        tags: ['Identität'],
        produces: ['text/html'],
      },
      handler: async ({ request, reply, query }) => {
        const actor = actorOf(request);
        const data = await describeSubstitutes({ scope: scopeOf(request), staffId: actor.id, now: now() });
        reply.header('cache-control', 'no-store');
        return reply.html(
          SubstitutesPage({
            ctx: request.ctx,
            actor,
            ...data,
            created: query.ergebnis === 'eingetragen',
            ended: query.ergebnis === 'beendet',
          }),
        );
      },
    }),
    defineRoute({
      method: 'POST',
      url: SUBSTITUTES_PATH,
      access: { permission: 'staff.area' },
      schema: {
        body: Type.Object({ absentStaffId: text, substituteStaffId: text, from: text, until: text }),
        summary: 'Vertretung eintragen (für sich; Administration für alle)',
        tags: ['Identität'],
        consumes: ['application/x-www-form-urlencoded'],
        produces: ['text/html'],
      },
      handler: async ({ request, reply, body }) => {
        const actor = actorOf(request);
        const input = {
          absentStaffId: body.absentStaffId || actor.id,
          substituteStaffId: body.substituteStaffId ?? '',
          from: body.from ?? '',
          until: body.until ?? '',
        };
        const result = await nameSubstitute({ scope: scopeOf(request), audit, actor, now: now(), ...input });
        if (result.ok) return reply.redirect(`${SUBSTITUTES_PATH}?ergebnis=eingetragen`, 303);
        const data = await describeSubstitutes({ scope: scopeOf(request), staffId: actor.id, now: now() });
        const errors = result.errors.map((e) => ({
          field: e.field,
          message: translate(request.ctx.locale, e.text),
        }));
        return reply.html(SubstitutesPage({ ctx: request.ctx, actor, ...data, form: input, errors }), 400);
      },
    }),
    defineRoute({
      method: 'POST',
      url: `${SUBSTITUTES_PATH}/:id/beenden`,
      access: { permission: 'staff.area' },
      schema: {
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        summary: 'Vertretung vorzeitig beenden (die abwesende Person; Administration für alle)',
        tags: ['Identität'],
        consumes: ['application/x-www-form-urlencoded'],
      },
      handler: async ({ request, reply, params }) => {
        const { found } = await endSubstitution({
          scope: scopeOf(request),
          audit,
          actor: actorOf(request),
          now: now(),
          substitutionId: params.id,
        });
        // Someone else's substitution is "not found" for a person without the right to end it.
        if (!found) throw platformErrors.not_found();
        return reply.redirect(`${SUBSTITUTES_PATH}?ergebnis=beendet`, 303);
      },
    }),
  ];
}
