// What the catalogue's route files share: the tenant scope of a request, the signed-in staff member and
// the conversion of field problems into page errors.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { tenantScope } from '../../../platform/db/tenant-scope.ts';
import { platformErrors } from '../../../platform/http/app-error.ts';
import { translate } from '../../../platform/i18n/i18n.ts';
import { accessErrors, type StaffActor } from '../../access/index.ts';
import type { PageError } from './catalogue.admin.pages.tsx';
import type { CatalogueTables } from './catalogue.tables.ts';
import type { CatalogueScope } from './catalogue.usecases.ts';
import type { FieldProblem } from './catalogue.validation.ts';

export const publicPages = { tags: ['Leistungskatalog'], produces: ['text/html'] };
export const staffPages = { tags: ['Leistungskatalog (Verwaltung)'], produces: ['text/html'] };
export const staffForms = { ...staffPages, consumes: ['application/x-www-form-urlencoded'] };

export function scopeFor(db: Kysely<unknown>) {
  return (request: FastifyRequest): CatalogueScope => {
    const tenant = request.ctx.tenant;
    if (!tenant) throw platformErrors.unknown_tenant();
    return tenantScope(db as Kysely<CatalogueTables>, tenant.id);
  };
}

/** Pages are for people: an API client that reaches a staff page gets 401, never a page. */
export function staffActorOf(request: FastifyRequest): StaffActor {
  if (!request.actor) throw accessErrors.unauthenticated();
  return request.actor;
}

export function pageErrors(request: FastifyRequest, problems: FieldProblem[]): PageError[] {
  return problems.map((problem) => ({
    field: problem.field,
    message: translate(request.ctx.locale, problem.text, problem.values),
  }));
}

// Administration pages show unpublished drafts and a CSRF token: never kept in shared caches.
export function noStore(reply: FastifyReply): void {
  reply.header('cache-control', 'no-store');
}
