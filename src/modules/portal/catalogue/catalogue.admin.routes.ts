// The administration of the catalogue (portal.manage_catalogue: administrators): list, create, edit,
// and taking a service offline temporarily. Every change is audited by the use cases.
import { Type, type TProperties } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { defineRoute, type RouteDefinition } from '../../../platform/http/route.ts';
import { translate, type Text } from '../../../platform/i18n/i18n.ts';
import type { PortalDeps } from '../portal.deps.ts';
import { AdminListPage, ServiceFormPage } from './catalogue.admin.pages.tsx';
import { noStore, pageErrors, scopeFor, staffActorOf, staffForms, staffPages } from './catalogue.http.ts';
import { adminText } from './catalogue.messages.ts';
import { CATALOGUE_PATHS } from './catalogue.paths.ts';
import {
  createService,
  loadDepartments,
  loadServiceForEdit,
  searchCatalogue,
  setServiceOnline,
  updateService,
} from './catalogue.usecases.ts';
import { FEE_ROWS, emptyInput, inputOf, type ServiceInput } from './catalogue.validation.ts';

const manage = { permission: 'portal.manage_catalogue' } as const;
const field = (maxLength: number) => Type.Optional(Type.String({ maxLength }));
const feeFields: TProperties = {};
for (let index = 0; index < FEE_ROWS; index += 1) {
  feeFields[`feeLabel${index}`] = field(1000);
  feeFields[`feeAmount${index}`] = field(100);
  feeFields[`feeNote${index}`] = field(1000);
}
const ServiceForm = Type.Object({
  slug: field(1000),
  leikaKey: field(100),
  name: field(1000),
  nameEn: field(1000),
  summary: field(2000),
  summaryEn: field(2000),
  description: field(20000),
  descriptionEn: field(20000),
  departmentId: field(100),
  requiredDocuments: field(20000),
  legalBasis: field(5000),
  onlineLevel: field(40),
  formKey: field(200),
  online: field(10),
  keywords: field(5000),
  ...feeFields,
});
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const NoticeQuery = Type.Object({ ergebnis: Type.Optional(Type.String({ maxLength: 40 })) });
const OnlineForm = Type.Object({ online: field(10) });

const notices: Record<string, Text> = {
  angelegt: adminText.created,
  gespeichert: adminText.saved,
  online: adminText.wentOnline,
  offline: adminText.wentOffline,
};

function noticeOf(request: FastifyRequest, result: string | undefined): string | undefined {
  const notice = result ? notices[result] : undefined;
  return notice && translate(request.ctx.locale, notice);
}

/** The form as typed; fields a browser leaves out (an unticked checkbox) are empty. */
function inputOfForm(body: Record<string, string | undefined>): ServiceInput {
  const value = (name: string) => body[name] ?? '';
  return {
    slug: value('slug'),
    leikaKey: value('leikaKey'),
    name: value('name'),
    nameEn: value('nameEn'),
    summary: value('summary'),
    summaryEn: value('summaryEn'),
    description: value('description'),
    descriptionEn: value('descriptionEn'),
    departmentId: value('departmentId'),
    fees: Array.from({ length: FEE_ROWS }, (_, index) => ({
      label: value(`feeLabel${index}`),
      amount: value(`feeAmount${index}`),
      note: value(`feeNote${index}`),
    })),
    requiredDocuments: value('requiredDocuments'),
    legalBasis: value('legalBasis'),
    onlineLevel: value('onlineLevel'),
    formKey: value('formKey'),
    online: value('online') === 'ja',
    keywords: value('keywords'),
  };
}

export function createCatalogueAdminRoutes(deps: PortalDeps): RouteDefinition[] {
  const scopeOf = scopeFor(deps.db);
  const { audit } = deps;
  return [
    defineRoute({
      method: 'GET',
      url: CATALOGUE_PATHS.admin,
      access: manage,
      schema: { querystring: NoticeQuery, summary: 'Leistungskatalog verwalten', ...staffPages },
      handler: async ({ request, reply, query }) => {
        noStore(reply);
        const actor = staffActorOf(request);
        const { services } = await searchCatalogue({ scope: scopeOf(request), query: '', onlyOnline: false });
        return reply.html(
          AdminListPage({ ctx: request.ctx, actor, services, notice: noticeOf(request, query.ergebnis) }),
        );
      },
    }),
    defineRoute({
      method: 'GET',
      url: CATALOGUE_PATHS.adminNew,
      access: manage,
      schema: { summary: 'Neue Leistung (Formular)', ...staffPages },
      handler: async ({ request, reply }) => {
        noStore(reply);
        const actor = staffActorOf(request);
        const { departments } = await loadDepartments({ scope: scopeOf(request) });
        return reply.html(ServiceFormPage({ ctx: request.ctx, actor, departments, values: emptyInput }));
      },
    }),
    defineRoute({
      method: 'POST',
      url: CATALOGUE_PATHS.adminNew,
      access: manage,
      schema: { body: ServiceForm, summary: 'Neue Leistung anlegen', ...staffForms },
      handler: async ({ request, reply, body }) => {
        const actor = staffActorOf(request);
        const scope = scopeOf(request);
        const input = inputOfForm(body as Record<string, string | undefined>);
        const result = await createService({ scope, audit, actor, input });
        if (!result.ok) {
          const { departments } = await loadDepartments({ scope });
          const errors = pageErrors(request, result.errors);
          return reply.html(
            ServiceFormPage({ ctx: request.ctx, actor, departments, values: input, errors }),
            400,
          );
        }
        return reply.redirect(`${CATALOGUE_PATHS.adminService(result.serviceId)}?ergebnis=angelegt`, 303);
      },
    }),
    defineRoute({
      method: 'GET',
      url: `${CATALOGUE_PATHS.admin}/:id`,
      access: manage,
      schema: {
        params: IdParams,
        querystring: NoticeQuery,
        summary: 'Leistung bearbeiten (Formular)',
        ...staffPages,
      },
      handler: async ({ request, reply, params, query }) => {
        noStore(reply);
        const actor = staffActorOf(request);
        const { service, departments } = await loadServiceForEdit({
          scope: scopeOf(request),
          serviceId: params.id,
        });
        return reply.html(
          ServiceFormPage({
            ctx: request.ctx,
            actor,
            departments,
            service,
            values: inputOf(service),
            notice: noticeOf(request, query.ergebnis),
          }),
        );
      },
    }),
    defineRoute({
      method: 'POST',
      url: `${CATALOGUE_PATHS.admin}/:id`,
      access: manage,
      schema: { params: IdParams, body: ServiceForm, summary: 'Leistung ändern', ...staffForms },
      handler: async ({ request, reply, params, body }) => {
        const actor = staffActorOf(request);
        const scope = scopeOf(request);
        const input = inputOfForm(body as Record<string, string | undefined>);
        const result = await updateService({ scope, audit, actor, serviceId: params.id, input });
        if (!result.ok) {
          const { service, departments } = await loadServiceForEdit({ scope, serviceId: params.id });
          const errors = pageErrors(request, result.errors);
          return reply.html(
            ServiceFormPage({ ctx: request.ctx, actor, departments, service, values: input, errors }),
            400,
          );
        }
        return reply.redirect(`${CATALOGUE_PATHS.adminService(params.id)}?ergebnis=gespeichert`, 303);
      },
    }),
    defineRoute({
      method: 'POST',
      url: `${CATALOGUE_PATHS.admin}/:id/online`,
      access: manage,
      schema: {
        params: IdParams,
        body: OnlineForm,
        summary: 'Leistung online oder vorübergehend offline stellen',
        ...staffForms,
      },
      handler: async ({ request, reply, params, body }) => {
        const actor = staffActorOf(request);
        const online = body.online === 'ja';
        await setServiceOnline({ scope: scopeOf(request), audit, actor, serviceId: params.id, online });
        return reply.redirect(
          `${CATALOGUE_PATHS.adminService(params.id)}?ergebnis=${online ? 'online' : 'offline'}`,
          303,
        );
      },
    }),
  ];
}
