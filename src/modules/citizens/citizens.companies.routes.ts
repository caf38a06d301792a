// HTTP for business accounts: the list with the choice whom to act for, creating and changing a company,
// and one company's page. Access: every signed-in citizen (citizen.account); whether they belong to the
// company, and as what, the use cases decide.
import type { FastifyRequest } from 'fastify';
import { defineRoute, type RouteDefinition } from '../../platform/http/route.ts';
import { translate, type Text } from '../../platform/i18n/i18n.ts';
import { companyErrors } from './citizens.errors.ts';
import { companyText } from './citizens.companies.messages.ts';
import { CompaniesPage, CompanyFormPage, emptyCompanyForm } from './citizens.companies.pages.tsx';
import {
  actFor,
  createCompany,
  getCompany,
  listMyCompanies,
  updateCompany,
} from './citizens.companies.usecases.ts';
import { checkCompany, type CompanyForm } from './citizens.companies.validation.ts';
import { CompanyPage } from './citizens.company.pages.tsx';
import {
  CITIZEN_SESSION_COOKIE,
  citizenOf,
  errorsOf,
  form,
  html,
  noStore,
  scopeFor,
  tags,
  type CitizenRoutesOptions,
} from './citizens.http.ts';
import type { FieldError } from './citizens.layout.tsx';
import { CITIZEN_PATHS } from './citizens.paths.ts';
import { ActingForForm, CompanyFormBody, CompanyParams, NoticeQuery } from './citizens.schemas.ts';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a page reports after a redirect (?hinweis=…); unknown values are ignored. */
export const notices: Record<string, Text> = {
  angelegt: companyText.created,
  gespeichert: companyText.saved,
  eingeladen: companyText.invited,
  rolle: companyText.roleChanged,
  entfernt: companyText.memberRemoved,
  angenommen: companyText.invitationAccepted,
  auswahl: companyText.actingChanged,
  verlassen: companyText.left,
};

export function noticeOf(request: FastifyRequest, hinweis: string | undefined): string | undefined {
  const text = hinweis !== undefined && Object.hasOwn(notices, hinweis) ? notices[hinweis] : undefined;
  return text ? translate(request.ctx.locale, text) : undefined;
}

/** The company page as a member sees it, with an optional notice, problem or invitation form errors. */
export async function companyPage(
  options: CitizenRoutesOptions,
  request: FastifyRequest,
  companyId: string,
  extra: {
    notice?: string;
    problem?: string;
    inviteValues?: { email: string; role: string };
    errors?: FieldError[];
  } = {},
) {
  const actor = citizenOf(request);
  const view = await getCompany({
    scope: scopeFor(options.db)(request),
    citizenId: actor.id,
    companyId,
    now: options.now(),
  });
  return CompanyPage({ ctx: request.ctx, citizenId: actor.id, view, ...extra });
}

export function createCompaniesRoutes(options: CitizenRoutesOptions): RouteDefinition[] {
  const { audit, now } = options;
  const scopeOf = scopeFor(options.db);
  const account = { permission: 'citizen.account' } as const;

  return [
    defineRoute({
      method: 'GET',
      url: CITIZEN_PATHS.companies,
      access: account,
      schema: {
        querystring: NoticeQuery,
        summary: 'Unternehmenskonten: Übersicht und Auswahl, für wen man handelt',
        tags,
        produces: html,
      },
      handler: async ({ request, reply, query }) => {
        const actor = citizenOf(request);
        const { companies } = await listMyCompanies({ scope: scopeOf(request), citizenId: actor.id });
        noStore(reply);
        return reply.html(
          CompaniesPage({
            ctx: request.ctx,
            displayName: actor.displayName,
            companies,
            actingFor: actor.businessId,
            notice: noticeOf(request, query.hinweis),
          }),
        );
      },
    }),

    defineRoute({
      method: 'POST',
      url: CITIZEN_PATHS.actingFor,
      access: account,
      schema: {
        body: ActingForForm,
        summary: 'Wählen, für wen man handelt (sich selbst oder ein Unternehmen)',
        tags,
        consumes: form,
      },
      handler: async ({ request, reply, body }) => {
        const actor = citizenOf(request);
        const companyId = body.companyId.trim() === '' ? null : body.companyId.trim();
        if (companyId !== null && !uuidPattern.test(companyId)) throw companyErrors.company_not_found();
        await actFor({
          scope: scopeOf(request),
          audit,
          citizenId: actor.id,
          sessionToken: request.cookies[CITIZEN_SESSION_COOKIE],
          companyId,
        });
        return reply.redirect(`${CITIZEN_PATHS.companies}?hinweis=auswahl`, 303);
      },
    }),

    defineRoute({
      method: 'GET',
      url: CITIZEN_PATHS.companyNew,
      access: account,
      schema: { summary: 'Formular: Unternehmen anlegen', tags, produces: html },
      handler: async ({ request, reply }) => {
        noStore(reply);
        return reply.html(CompanyFormPage({ ctx: request.ctx, values: emptyCompanyForm }));
      },
    }),

    defineRoute({
      method: 'POST',
      url: CITIZEN_PATHS.companyNew,
      access: account,
      schema: {
        body: CompanyFormBody,
        summary: 'Unternehmen anlegen (man wird seine vertretungsberechtigte Person)',
        tags,
        consumes: form,
        produces: html,
      },
      handler: async ({ request, reply, body }) => {
        const actor = citizenOf(request);
        const { problems, company } = checkCompany(body);
        if (problems.length > 0) {
          noStore(reply);
          return reply.html(
            CompanyFormPage({
              ctx: request.ctx,
              values: body,
              errors: errorsOf(request.ctx.locale, problems),
            }),
            400,
          );
        }
        const { companyId } = await createCompany({
          scope: scopeOf(request),
          audit,
          citizenId: actor.id,
          company,
          now: now(),
        });
        return reply.redirect(`${CITIZEN_PATHS.company(companyId)}?hinweis=angelegt`, 303);
      },
    }),

    defineRoute({
      method: 'GET',
      url: '/konto/unternehmen/:id',
      access: account,
      schema: {
        params: CompanyParams,
        querystring: NoticeQuery,
        summary: 'Ein Unternehmenskonto: Angaben und Mitglieder',
        tags,
        produces: html,
      },
      handler: async ({ request, reply, params, query }) => {
        const notice = noticeOf(request, query.hinweis);
        const page = await companyPage(options, request, params.id, notice ? { notice } : {});
        noStore(reply);
        return reply.html(page);
      },
    }),

    defineRoute({
      method: 'GET',
      url: '/konto/unternehmen/:id/bearbeiten',
      access: account,
      schema: { params: CompanyParams, summary: 'Formular: Unternehmensdaten ändern', tags, produces: html },
      handler: async ({ request, reply, params }) => {
        const actor = citizenOf(request);
        const { company, role } = await getCompany({
          scope: scopeOf(request),
          citizenId: actor.id,
          companyId: params.id,
          now: now(),
        });
        if (role !== 'admin') throw companyErrors.company_admin_only();
        const values: CompanyForm = {
          name: company.name,
          legalForm: company.legalForm,
          registerCourt: company.registerCourt ?? '',
          registerNumber: company.registerNumber ?? '',
          taxNumber: company.taxNumber ?? '',
          street: company.street ?? '',
          postalCode: company.postalCode ?? '',
          city: company.city ?? '',
        };
        noStore(reply);
        return reply.html(CompanyFormPage({ ctx: request.ctx, companyId: params.id, values }));
      },
    }),

    defineRoute({
      method: 'POST',
      url: '/konto/unternehmen/:id/bearbeiten',
      access: account,
      schema: {
        params: CompanyParams,
        body: CompanyFormBody,
        summary: 'Unternehmensdaten ändern',
        tags,
        consumes: form,
        produces: html,
      },
      handler: async ({ request, reply, params, body }) => {
        const actor = citizenOf(request);
        const { problems, company } = checkCompany(body);
        if (problems.length > 0) {
          // Only members learn that their input was wrong; others get "not found" as everywhere.
          await getCompany({
            scope: scopeOf(request),
            citizenId: actor.id,
            companyId: params.id,
            now: now(),
          });
          noStore(reply);
          return reply.html(
            CompanyFormPage({
              ctx: request.ctx,
              companyId: params.id,
              values: body,
              errors: errorsOf(request.ctx.locale, problems),
            }),
            400,
          );
        }
        await updateCompany({
          scope: scopeOf(request),
          audit,
          citizenId: actor.id,
          companyId: params.id,
          company,
        });
        return reply.redirect(`${CITIZEN_PATHS.company(params.id)}?hinweis=gespeichert`, 303);
      },
    }),
  ];
}
