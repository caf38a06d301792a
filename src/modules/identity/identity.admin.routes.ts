// HTTP for staff administration: departments, people, roles. Admins only (identity.administer).
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { accessErrors, type StaffActor } from '../access/index.ts';
import type { AuditTrail } from '../audit/index.ts';
import { tenantScope } from '../../platform/db/tenant-scope.ts';
import { platformErrors } from '../../platform/http/app-error.ts';
import { defineRoute, type RouteDefinition } from '../../platform/http/route.ts';
import { translate, type Text } from '../../platform/i18n/i18n.ts';
import { adminText } from './identity.admin.messages.ts';
import { DEPARTMENTS_PATH, DepartmentsPage, PEOPLE_PATH, PeoplePage } from './identity.admin.pages.tsx';
import { PersonPage } from './identity.admin.person.pages.tsx';
import * as admin from './identity.admin.usecases.ts';
import type { Passwords } from './identity.passwords.ts';
import type { IdentityTables } from './identity.tables.ts';

const administer = { permission: 'identity.administer' } as const;
const text = Type.Optional(Type.String({ maxLength: 1000 }));
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const form = {
  tags: ['Identität'],
  consumes: ['application/x-www-form-urlencoded'],
  produces: ['text/html'],
};
const notices: Record<string, Text> = {
  angelegt: adminText.departmentCreated,
  umbenannt: adminText.departmentRenamed,
  zugewiesen: adminText.roleGranted,
  entzogen: adminText.roleRevoked,
  deaktiviert: adminText.deactivated,
  reaktiviert: adminText.reactivated,
  person_angelegt: adminText.staffCreated,
};
const NoticeQuery = Type.Object({ ergebnis: Type.Optional(Type.String({ maxLength: 50 })) });

function staffOf(request: FastifyRequest): StaffActor {
  if (!request.actor) throw accessErrors.unauthenticated();
  return request.actor;
}
function noStore(reply: FastifyReply): void {
  reply.header('cache-control', 'no-store');
}

export function createAdminRoutes({
  db,
  audit,
  passwords,
}: {
  db: Kysely<IdentityTables>;
  audit: AuditTrail;
  passwords: Passwords;
}): RouteDefinition[] {
  const scopeOf = (request: FastifyRequest) => {
    const tenant = request.ctx.tenant;
    if (!tenant) throw platformErrors.unknown_tenant();
    return tenantScope(db, tenant.id);
  };
  const depsOf = (request: FastifyRequest) => ({ scope: scopeOf(request), audit, actor: staffOf(request) });
  const messages = (request: FastifyRequest, errors: admin.AdminFieldError[]) =>
    errors.map((e) => ({ field: e.field, message: translate(request.ctx.locale, e.text) }));

  const departmentsPage = async (
    request: FastifyRequest,
    extra: {
      form?: { number: string; name: string; parentId: string };
      errors?: admin.AdminFieldError[];
      notice?: Text | undefined;
    } = {},
  ) => {
    const { tree, departments } = await admin.listDepartments({ scope: scopeOf(request) });
    return DepartmentsPage({
      ctx: request.ctx,
      actor: staffOf(request),
      tree,
      departments,
      form: extra.form,
      errors: messages(request, extra.errors ?? []),
      notice: extra.notice,
    });
  };
  const personPage = async (
    request: FastifyRequest,
    staffId: string,
    extra: {
      form?: { departmentId: string; role: string };
      errors?: admin.AdminFieldError[];
      notice?: Text | undefined;
    } = {},
  ) => {
    const { person, departments } = await admin.describePersonForAdmin({ scope: scopeOf(request), staffId });
    if (!person) throw platformErrors.not_found();
    return PersonPage({
      ctx: request.ctx,
      actor: staffOf(request),
      person,
      departments,
      form: extra.form,
      errors: messages(request, extra.errors ?? []),
      notice: extra.notice,
    });
  };

  return [
    defineRoute({
      method: 'GET',
      url: DEPARTMENTS_PATH,
      access: administer,
      schema: {
        querystring: NoticeQuery,
        summary: 'Ämter verwalten',
        tags: ['Identität'],
        produces: ['text/html'],
      },
      handler: async ({ request, reply, query }) => {
        noStore(reply);
        return reply.html(await departmentsPage(request, { notice: notices[query.ergebnis ?? ''] }));
      },
    }),
    defineRoute({
      method: 'POST',
      url: DEPARTMENTS_PATH,
      access: administer,
      schema: {
        body: Type.Object({ number: text, name: text, parentId: text }),
        summary: 'Amt anlegen',
        ...form,
      },
      handler: async ({ request, reply, body }) => {
        const input = { number: body.number ?? '', name: body.name ?? '', parentId: body.parentId ?? '' };
        const result = await admin.createDepartment({ ...depsOf(request), ...input });
        if (!result.ok)
          return reply.html(await departmentsPage(request, { form: input, errors: result.errors }), 400);
        return reply.redirect(`${DEPARTMENTS_PATH}?ergebnis=angelegt`, 303);
      },
    }),
    defineRoute({
      method: 'POST',
      url: `${DEPARTMENTS_PATH}/:id/umbenennen`,
      access: administer,
      schema: { params: IdParams, body: Type.Object({ name: text }), summary: 'Amt umbenennen', ...form },
      handler: async ({ request, reply, params, body }) => {
        const result = await admin.renameDepartment({
          ...depsOf(request),
          departmentId: params.id,
          name: body.name ?? '',
        });
        if (!result.ok) return reply.html(await departmentsPage(request, { errors: result.errors }), 400);
        if (!result.found) throw platformErrors.not_found();
        return reply.redirect(`${DEPARTMENTS_PATH}?ergebnis=umbenannt`, 303);
      },
    }),
    defineRoute({
      method: 'GET',
      url: PEOPLE_PATH,
      access: administer,
      schema: {
        querystring: Type.Object({ nach: Type.Optional(Type.String({ maxLength: 100 })) }),
        summary: 'Personen verwalten (seitenweise)',
        tags: ['Identität'],
        produces: ['text/html'],
      },
      handler: async ({ request, reply, query }) => {
        const page = await admin.listStaffPage({ scope: scopeOf(request), cursor: query.nach });
        noStore(reply);
        return reply.html(
          PeoplePage({
            ctx: request.ctx,
            actor: staffOf(request),
            people: page.items,
            nextCursor: page.nextCursor,
          }),
        );
      },
    }),
    defineRoute({
      method: 'POST',
      url: PEOPLE_PATH,
      access: administer,
      schema: {
        body: Type.Object({ displayName: text, email: text, password: text }),
        summary: 'Person anlegen',
        ...form,
      },
      handler: async ({ request, reply, body }) => {
        const input = { displayName: body.displayName ?? '', email: body.email ?? '' };
        const result = await admin.createStaffMember({
          ...depsOf(request),
          passwords,
          ...input,
          password: body.password ?? '',
        });
        noStore(reply);
        if (!result.ok) {
          const page = await admin.listStaffPage({ scope: scopeOf(request) });
          return reply.html(
            PeoplePage({
              ctx: request.ctx,
              actor: staffOf(request),
              people: page.items,
              nextCursor: page.nextCursor,
              form: input,
              errors: messages(request, result.errors),
            }),
            400,
          );
        }
        return reply.redirect(`${PEOPLE_PATH}/${result.staffId}?ergebnis=person_angelegt`, 303);
      },
    }),
    defineRoute({
      method: 'GET',
      url: `${PEOPLE_PATH}/:id`,
      access: administer,
      schema: {
        params: IdParams,
        querystring: NoticeQuery,
        summary: 'Person: Rollen und Status',
        tags: ['Identität'],
        produces: ['text/html'],
      },
      handler: async ({ request, reply, params, query }) => {
        noStore(reply);
        return reply.html(await personPage(request, params.id, { notice: notices[query.ergebnis ?? ''] }));
      },
    }),
    ...(['deaktivieren', 'reaktivieren'] as const).map((verb) =>
      defineRoute({
        method: 'POST',
        url: `${PEOPLE_PATH}/:id/${verb}`,
        access: administer,
        schema: {
          params: IdParams,
          summary: verb === 'deaktivieren' ? 'Konto deaktivieren' : 'Konto wieder aktivieren',
          ...form,
        },
        handler: async ({ request, reply, params }) => {
          const active = verb === 'reaktivieren';
          const { found } = await admin.setStaffActive({ ...depsOf(request), staffId: params.id, active });
          if (!found) throw platformErrors.not_found();
          return reply.redirect(
            `${PEOPLE_PATH}/${params.id}?ergebnis=${active ? 'reaktiviert' : 'deaktiviert'}`,
            303,
          );
        },
      }),
    ),
    ...(['rollen', 'rollen/entziehen'] as const).map((action) =>
      defineRoute({
        method: 'POST',
        url: `${PEOPLE_PATH}/:id/${action}`,
        access: administer,
        schema: {
          params: IdParams,
          body: Type.Object({ departmentId: text, role: text }),
          summary: action === 'rollen' ? 'Rolle in einem Amt zuweisen' : 'Rolle in einem Amt entziehen',
          ...form,
        },
        handler: async ({ request, reply, params, body }) => {
          const input = { departmentId: body.departmentId ?? '', role: body.role ?? '' };
          const change = action === 'rollen' ? admin.grantRole : admin.revokeRole;
          const result = await change({ ...depsOf(request), staffId: params.id, ...input });
          if (!result.ok)
            return reply.html(
              await personPage(request, params.id, { form: input, errors: result.errors }),
              400,
            );
          if (!result.found) throw platformErrors.not_found();
          return reply.redirect(
            `${PEOPLE_PATH}/${params.id}?ergebnis=${action === 'rollen' ? 'zugewiesen' : 'entzogen'}`,
            303,
          );
        },
      }),
    ),
  ];
}
