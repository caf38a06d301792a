// The administration of notice templates (portal.manage_catalogue: administrators): the templates of a
// service, create, edit, and a preview as PDF. Every change is audited by the use cases.
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { tenantScope } from '../../../platform/db/tenant-scope.ts';
import { platformErrors } from '../../../platform/http/app-error.ts';
import { defineRoute, type RouteDefinition } from '../../../platform/http/route.ts';
import { translate } from '../../../platform/i18n/i18n.ts';
import { renderPdf } from '../../../platform/pdf/index.ts';
import { accessErrors, type StaffActor } from '../../access/index.ts';
import type { PortalDeps } from '../portal.deps.ts';
import { loadSiteInfo } from '../portal.site.ts';
import { answerFieldsOf, formOf } from './notices.forms.ts';
import { pageText } from './notices.messages.ts';
import { TemplateFormPage, TemplateListPage, type PageError } from './notices.pages.tsx';
import { NOTICE_PATHS } from './notices.paths.ts';
import type { NoticesTables } from './notices.tables.ts';
import {
  createTemplate,
  loadService,
  loadServiceTemplates,
  loadTemplate,
  previewSpec,
  updateTemplate,
  type NoticesScope,
} from './notices.usecases.ts';
import {
  emptyInput,
  fieldLabels,
  inputOf,
  LIMITS,
  type FieldProblem,
  type TemplateInput,
} from './notices.validation.ts';

const manage = { permission: 'portal.manage_catalogue' } as const;
const staffPages = { tags: ['Bescheidvorlagen (Verwaltung)'], produces: ['text/html'] };
const staffForms = { ...staffPages, consumes: ['application/x-www-form-urlencoded'] };
// The schema bounds what is read at all; the use case's checks give the German field messages below it.
const field = (maxLength: number) => Type.Optional(Type.String({ maxLength }));
const TemplateForm = Type.Object({
  name: field(LIMITS.name * 10),
  kind: field(40),
  subject: field(LIMITS.subject * 10),
  body: field(LIMITS.body * 2),
  legalRemedy: field(LIMITS.legalRemedy * 2),
  active: field(10),
});
const ServiceParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const TemplateParams = Type.Object({ templateId: Type.String({ format: 'uuid' }) });
const ResultQuery = Type.Object({ ergebnis: Type.Optional(Type.String({ maxLength: 40 })) });

function scopeFor(db: Kysely<unknown>) {
  return (request: FastifyRequest): NoticesScope =>
    tenantScope(db as Kysely<NoticesTables>, tenantIdOf(request));
}

function tenantIdOf(request: FastifyRequest): string {
  const tenant = request.ctx.tenant;
  if (!tenant) throw platformErrors.unknown_tenant();
  return tenant.id;
}

/** Pages are for people: an API client that reaches a staff page gets 401, never a page. */
function staffActorOf(request: FastifyRequest): StaffActor {
  if (!request.actor) throw accessErrors.unauthenticated();
  return request.actor;
}

// Administration pages show drafts and a CSRF token: never kept in shared caches.
function noStore(reply: FastifyReply): void {
  reply.header('cache-control', 'no-store');
}

function pageErrors(request: FastifyRequest, problems: FieldProblem[]): PageError[] {
  const { locale } = request.ctx;
  return problems.map((problem) => ({
    field: problem.field,
    message: translate(locale, problem.text, {
      label: translate(locale, fieldLabels[problem.field]),
      ...problem.values,
    }),
  }));
}

/** The form as typed; fields a browser leaves out (an unticked checkbox) are empty. */
function inputOfForm(body: Partial<Record<keyof TemplateInput, string>>): TemplateInput {
  return {
    name: body.name ?? '',
    kind: body.kind ?? '',
    subject: body.subject ?? '',
    body: body.body ?? '',
    legalRemedy: body.legalRemedy ?? '',
    active: body.active === 'ja',
  };
}

const results = { angelegt: pageText.created, gespeichert: pageText.saved };

export function createNoticesRoutes(deps: PortalDeps): RouteDefinition[] {
  const scopeOf = scopeFor(deps.db);
  const { audit } = deps;
  return [
    defineRoute({
      method: 'GET',
      url: NOTICE_PATHS.ofService(':id'),
      access: manage,
      schema: { params: ServiceParams, summary: 'Bescheidvorlagen einer Leistung', ...staffPages },
      handler: async ({ request, reply, params }) => {
        noStore(reply);
        const actor = staffActorOf(request);
        const { service, templates } = await loadServiceTemplates({
          scope: scopeOf(request),
          serviceId: params.id,
        });
        return reply.html(TemplateListPage({ ctx: request.ctx, actor, service, templates }));
      },
    }),
    defineRoute({
      method: 'GET',
      url: NOTICE_PATHS.newOfService(':id'),
      access: manage,
      schema: { params: ServiceParams, summary: 'Neue Bescheidvorlage (Formular)', ...staffPages },
      handler: async ({ request, reply, params }) => {
        noStore(reply);
        const actor = staffActorOf(request);
        const { service } = await loadService({ scope: scopeOf(request), serviceId: params.id });
        const answerFields = answerFieldsOf(formOf(service));
        return reply.html(
          TemplateFormPage({ ctx: request.ctx, actor, service, values: emptyInput, answerFields }),
        );
      },
    }),
    defineRoute({
      method: 'POST',
      url: NOTICE_PATHS.newOfService(':id'),
      access: manage,
      schema: {
        params: ServiceParams,
        body: TemplateForm,
        summary: 'Bescheidvorlage anlegen',
        ...staffForms,
      },
      handler: async ({ request, reply, params, body }) => {
        const actor = staffActorOf(request);
        const scope = scopeOf(request);
        const input = inputOfForm(body);
        const result = await createTemplate({ scope, audit, actor, serviceId: params.id, input });
        if (!result.ok) {
          const { service } = await loadService({ scope, serviceId: params.id });
          const errors = pageErrors(request, result.errors);
          const answerFields = answerFieldsOf(formOf(service));
          return reply.html(
            TemplateFormPage({ ctx: request.ctx, actor, service, values: input, answerFields, errors }),
            400,
          );
        }
        return reply.redirect(`${NOTICE_PATHS.template(result.templateId)}?ergebnis=angelegt`, 303);
      },
    }),
    defineRoute({
      method: 'GET',
      url: NOTICE_PATHS.template(':templateId'),
      access: manage,
      schema: {
        params: TemplateParams,
        querystring: ResultQuery,
        summary: 'Bescheidvorlage bearbeiten (Formular)',
        ...staffPages,
      },
      handler: async ({ request, reply, params, query }) => {
        noStore(reply);
        const actor = staffActorOf(request);
        const { template, service } = await loadTemplate({
          scope: scopeOf(request),
          templateId: params.templateId,
        });
        const result =
          query.ergebnis === 'angelegt' || query.ergebnis === 'gespeichert' ? query.ergebnis : undefined;
        return reply.html(
          TemplateFormPage({
            ctx: request.ctx,
            actor,
            service,
            template,
            values: inputOf(template),
            answerFields: answerFieldsOf(formOf(service)),
            notice: result && translate(request.ctx.locale, results[result]),
          }),
        );
      },
    }),
    defineRoute({
      method: 'POST',
      url: NOTICE_PATHS.template(':templateId'),
      access: manage,
      schema: {
        params: TemplateParams,
        body: TemplateForm,
        summary: 'Bescheidvorlage ändern',
        ...staffForms,
      },
      handler: async ({ request, reply, params, body }) => {
        const actor = staffActorOf(request);
        const scope = scopeOf(request);
        const input = inputOfForm(body);
        const result = await updateTemplate({ scope, audit, actor, templateId: params.templateId, input });
        if (!result.ok) {
          const { template, service } = await loadTemplate({ scope, templateId: params.templateId });
          const errors = pageErrors(request, result.errors);
          const answerFields = answerFieldsOf(formOf(service));
          return reply.html(
            TemplateFormPage({
              ctx: request.ctx,
              actor,
              service,
              template,
              values: input,
              answerFields,
              errors,
            }),
            400,
          );
        }
        return reply.redirect(`${NOTICE_PATHS.template(params.templateId)}?ergebnis=gespeichert`, 303);
      },
    }),
    defineRoute({
      method: 'GET',
      url: NOTICE_PATHS.preview(':templateId'),
      access: manage,
      schema: {
        params: TemplateParams,
        summary: 'Vorschau einer Bescheidvorlage mit Beispieldaten (PDF)',
        tags: staffPages.tags,
        produces: ['application/pdf'],
      },
      handler: async ({ request, reply, params }) => {
        const actor = staffActorOf(request);
        const { template, service } = await loadTemplate({
          scope: scopeOf(request),
          templateId: params.templateId,
        });
        const site = await loadSiteInfo(deps.db, tenantIdOf(request));
        // A plain PDF: a preview is never filed, so it needs no PDF/A conversion (and no Ghostscript).
        const pdf = renderPdf(previewSpec({ template, service, site, actor, now: deps.now() }));
        noStore(reply);
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', 'inline; filename="Bescheidvorlage-Vorschau.pdf"')
          .header('x-content-type-options', 'nosniff')
          .send(pdf);
      },
    }),
  ];
}
