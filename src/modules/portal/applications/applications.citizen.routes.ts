// HTTP of the citizen's side: the form runner (steps, summary, submit) and "Meine Anträge".
// Steps are posted as multipart when they hold a file field, else urlencoded; either way the body goes
// to the forms engine, which validates every field on the server whatever the browser sent.
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { platformErrors } from '../../../platform/http/app-error.ts';
import { defineRoute, type RouteDefinition } from '../../../platform/http/route.ts';
import { translate } from '../../../platform/i18n/i18n.ts';
import { tenantScope } from '../../../platform/db/tenant-scope.ts';
import { citizenOf } from '../../citizens/index.ts';
import { discardReceived, receiveUpload, type ReceivedUpload } from '../../records/index.ts';
import { findServiceBySlug } from '../catalogue/catalogue.index.ts';
import { paymentStatusOf, requestOrigin, startPayment } from '../payments/payments.index.ts';
import {
  firstIncompleteStepId,
  mayOpenStep,
  mayOpenSummary,
  nextStepId,
  previousStepId,
} from '../forms/forms.flow.ts';
import type { PostedBody } from '../forms/forms.parse.ts';
import { findStep } from '../forms/forms.validate.ts';
import type { PortalDeps } from '../portal.deps.ts';
import {
  ApplicationPage,
  ApplicationsListPage,
  StepPage,
  SummaryPage,
} from './applications.citizen.pages.tsx';
import { loadAnswers, loadDraft, saveStep } from './applications.drafts.ts';
import { applicationsErrors } from './applications.errors.ts';
import { applicationsText } from './applications.messages.ts';
import { APPLICATION_PATHS } from './applications.paths.ts';
import { renderReceipt } from './applications.receipt.ts';
import { createApplicationsRepository } from './applications.repository.ts';
import { onlineServiceFor } from './applications.services.ts';
import { submitApplication } from './applications.submit.ts';
import type { ApplicationsTables } from './applications.tables.ts';

const tags = ['Online-Dienste'];
const html = ['text/html'];
const access = { permission: 'citizen.account' } as const;
const SlugParams = Type.Object({ slug: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,99}$' }) });
const StepParams = Type.Object({
  slug: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,99}$' }),
  step: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,59}$' }),
});
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FormBody = Type.Record(Type.String(), Type.Union([Type.String(), Type.Array(Type.String())]));
// A form has at most a few dozen fields (and group items); the limit keeps a flood of parts out.
const MAX_FORM_FIELDS = 400;

function tenantIdOf(request: FastifyRequest): string {
  const tenant = request.ctx.tenant;
  if (!tenant) throw platformErrors.unknown_tenant();
  return tenant.id;
}

function noStore(reply: FastifyReply) {
  reply.header('cache-control', 'no-store');
}

export function createCitizenApplicationRoutes(deps: PortalDeps): RouteDefinition[] {
  const db = deps.db as Kysely<ApplicationsTables>;

  /** The service behind the address, when it can be applied for online now. */
  async function serviceOf(request: FastifyRequest, slug: string) {
    const service = await tenantScope(db, tenantIdOf(request))((trx) => findServiceBySlug(trx, slug));
    const online = onlineServiceFor(service?.formKey);
    if (!service || !online) throw platformErrors.not_found();
    if (!service.online) throw applicationsErrors.service_offline();
    return { service, online };
  }

  const keyOf = (request: FastifyRequest, serviceId: string) => ({
    tenantId: tenantIdOf(request),
    citizenId: citizenOf(request).id,
    serviceId,
  });

  return [
    defineRoute({
      method: 'GET',
      url: APPLICATION_PATHS.start(':slug'),
      access,
      schema: { params: SlugParams, summary: 'Online-Antrag beginnen oder fortsetzen', tags, produces: html },
      handler: async ({ request, reply, params }) => {
        const { service, online } = await serviceOf(request, params.slug);
        const answers = await loadAnswers(deps, keyOf(request, service.id));
        const stepId = firstIncompleteStepId(online.form, answers);
        return reply.redirect(
          stepId ? APPLICATION_PATHS.step(params.slug, stepId) : APPLICATION_PATHS.summary(params.slug),
          303,
        );
      },
    }),
    defineRoute({
      method: 'GET',
      url: APPLICATION_PATHS.step(':slug', ':step'),
      access,
      schema: { params: StepParams, summary: 'Ein Schritt des Online-Antrags', tags, produces: html },
      handler: async ({ request, reply, params }) => {
        const { service, online } = await serviceOf(request, params.slug);
        if (!findStep(online.form, params.step)) throw platformErrors.not_found();
        const answers = await loadAnswers(deps, keyOf(request, service.id));
        // A step further on than the first unfinished one (typed into the address): back to that one.
        if (!mayOpenStep(online.form, answers, params.step))
          return reply.redirect(APPLICATION_PATHS.start(params.slug), 303);
        noStore(reply);
        const previous = previousStepId(online.form, answers, params.step);
        return reply.html(
          StepPage({
            ctx: request.ctx,
            serviceName: service.name,
            slug: params.slug,
            online,
            stepId: params.step,
            values: answers,
            problems: [],
            ...(previous ? { backHref: APPLICATION_PATHS.step(params.slug, previous) } : {}),
          }),
        );
      },
    }),
    defineRoute({
      method: 'POST',
      url: APPLICATION_PATHS.step(':slug', ':step'),
      access,
      bodyLimit: deps.ingest.maxFileBytes,
      schema: {
        params: StepParams,
        summary: 'Einen Schritt des Online-Antrags senden (und als Entwurf speichern)',
        description:
          'application/x-www-form-urlencoded, oder multipart/form-data bei Schritten mit Datei-Feldern (CSRF-Token dann im Parameter _csrf).',
        tags,
        consumes: ['application/x-www-form-urlencoded', 'multipart/form-data'],
        produces: html,
      },
      handler: async ({ request, reply, params }) => {
        const { service, online } = await serviceOf(request, params.slug);
        if (!findStep(online.form, params.step)) throw platformErrors.not_found();
        const key = keyOf(request, service.id);
        if (!mayOpenStep(online.form, await loadAnswers(deps, key), params.step))
          return reply.redirect(APPLICATION_PATHS.start(params.slug), 303);
        let upload: ReceivedUpload | undefined;
        let body: PostedBody;
        if (request.isMultipart()) {
          upload = await receiveUpload(request, deps.ingest, { maxFiles: 20, maxFields: MAX_FORM_FIELDS });
          body = upload.values;
        } else {
          body = (request.body ?? {}) as PostedBody;
          if (typeof body !== 'object' || Array.isArray(body)) body = {};
        }
        let parsed;
        try {
          parsed = await saveStep(deps, key, {
            online,
            stepId: params.step,
            body,
            files: upload?.files ?? [],
          });
        } finally {
          if (upload) await discardReceived(upload);
        }
        if (parsed.problems.length > 0 || parsed.action) {
          noStore(reply);
          const previous = previousStepId(online.form, parsed.values, params.step);
          return reply.code(parsed.problems.length > 0 ? 400 : 200).html(
            StepPage({
              ctx: request.ctx,
              serviceName: service.name,
              slug: params.slug,
              online,
              stepId: params.step,
              values: parsed.values,
              raw: parsed.raw,
              problems: parsed.problems,
              ...(previous ? { backHref: APPLICATION_PATHS.step(params.slug, previous) } : {}),
            }),
          );
        }
        const next = nextStepId(online.form, parsed.values, params.step);
        return reply.redirect(
          next ? APPLICATION_PATHS.step(params.slug, next) : APPLICATION_PATHS.summary(params.slug),
          303,
        );
      },
    }),
    defineRoute({
      method: 'GET',
      url: APPLICATION_PATHS.summary(':slug'),
      access,
      schema: { params: SlugParams, summary: 'Angaben prüfen vor dem Absenden', tags, produces: html },
      handler: async ({ request, reply, params }) => {
        const { service, online } = await serviceOf(request, params.slug);
        const { draftId, answers } = await loadDraft(deps, keyOf(request, service.id));
        if (!mayOpenSummary(online.form, answers))
          return reply.redirect(APPLICATION_PATHS.start(params.slug), 303);
        noStore(reply);
        return reply.html(
          SummaryPage({
            ctx: request.ctx,
            serviceName: service.name,
            slug: params.slug,
            online,
            values: answers,
            draftId,
            errors: [],
          }),
        );
      },
    }),
    defineRoute({
      method: 'POST',
      url: APPLICATION_PATHS.submit(':slug'),
      access,
      schema: {
        params: SlugParams,
        body: FormBody,
        summary: 'Den Antrag verbindlich absenden',
        tags,
        consumes: ['application/x-www-form-urlencoded'],
        produces: html,
      },
      handler: async ({ request, reply, params, body }) => {
        const { service, online } = await serviceOf(request, params.slug);
        const key = keyOf(request, service.id);
        const postedDraft =
          typeof body.entwurf === 'string' && uuidPattern.test(body.entwurf) ? body.entwurf : undefined;
        if (body.erklaerung !== 'ja') {
          const { draftId, answers } = await loadDraft(deps, key);
          return reply.code(400).html(
            SummaryPage({
              ctx: request.ctx,
              serviceName: service.name,
              slug: params.slug,
              online,
              values: answers,
              draftId,
              errors: [
                {
                  field: 'erklaerung',
                  message: translate(request.ctx.locale, applicationsText.declarationMissing),
                },
              ],
            }),
          );
        }
        const result = await submitApplication(deps, {
          tenantId: key.tenantId,
          citizenId: key.citizenId,
          service: { id: service.id, name: service.name, departmentId: service.departmentId },
          online,
          draftId: postedDraft,
        });
        // Something is missing after all (a step skipped by URL, a form changed meanwhile): to that step.
        if (!result.ok) {
          const first = result.problems[0]!;
          return reply.redirect(APPLICATION_PATHS.step(params.slug, first.stepId), 303);
        }
        return reply.redirect(`${APPLICATION_PATHS.detail(result.applicationId)}?eingereicht=1`, 303);
      },
    }),
    defineRoute({
      method: 'GET',
      url: APPLICATION_PATHS.list,
      access,
      schema: { summary: 'Meine Anträge', tags, produces: html },
      handler: async ({ request, reply }) => {
        const citizen = citizenOf(request);
        const applications = await tenantScope(
          db,
          tenantIdOf(request),
        )((trx) => createApplicationsRepository({ trx }).listOfCitizen(citizen.id, 200));
        noStore(reply);
        return reply.html(ApplicationsListPage({ ctx: request.ctx, applications }));
      },
    }),
    defineRoute({
      method: 'GET',
      url: APPLICATION_PATHS.detail(':id'),
      access,
      schema: {
        params: IdParams,
        querystring: Type.Object({ eingereicht: Type.Optional(Type.String()) }),
        summary: 'Ein Antrag mit seinem Stand',
        tags,
        produces: html,
      },
      handler: async ({ request, reply, params, query }) => {
        const citizen = citizenOf(request);
        const application = await tenantScope(
          db,
          tenantIdOf(request),
        )((trx) => createApplicationsRepository({ trx }).findOfCitizen(citizen.id, params.id));
        if (!application) throw applicationsErrors.application_not_found();
        const payment =
          application.feeCents > 0
            ? await paymentStatusOf(deps, {
                tenantId: tenantIdOf(request),
                subjectType: 'application',
                subjectId: application.id,
              })
            : undefined;
        noStore(reply);
        return reply.html(
          ApplicationPage({
            payment,
            ctx: request.ctx,
            application: { ...application, answers: application.answers as Record<string, never> },
            online: onlineServiceFor(application.formKey),
            justSubmitted: query.eingereicht === '1',
          }),
        );
      },
    }),
    defineRoute({
      method: 'POST',
      url: APPLICATION_PATHS.pay(':id'),
      access,
      schema: {
        params: IdParams,
        summary: 'Die Gebühr eines Antrags online bezahlen (weiter zum Zahlungsanbieter)',
        tags,
        consumes: ['application/x-www-form-urlencoded'],
        produces: html,
      },
      handler: async ({ request, reply, params }) => {
        const citizen = citizenOf(request);
        const tenantId = tenantIdOf(request);
        const application = await tenantScope(
          db,
          tenantId,
        )((trx) => createApplicationsRepository({ trx }).findOfCitizen(citizen.id, params.id));
        if (!application || application.feeCents <= 0) throw applicationsErrors.application_not_found();
        const { redirectUrl } = await startPayment(deps, {
          tenantId,
          subjectType: 'application',
          subjectId: application.id,
          citizenId: citizen.id,
          amountCents: application.feeCents,
          purpose: `${application.serviceName}, Antrag ${application.reference}`.slice(0, 140),
          returnPath: APPLICATION_PATHS.detail(application.id),
          origin: requestOrigin(request),
        });
        return reply.redirect(redirectUrl, 303);
      },
    }),
    defineRoute({
      method: 'GET',
      url: APPLICATION_PATHS.receipt(':id'),
      access,
      schema: {
        params: IdParams,
        summary: 'Eingangsbestätigung als PDF',
        tags,
        produces: ['application/pdf'],
      },
      handler: async ({ request, reply, params }) => {
        const citizen = citizenOf(request);
        const tenantId = tenantIdOf(request);
        const application = await tenantScope(
          db,
          tenantId,
        )((trx) => createApplicationsRepository({ trx }).findOfCitizen(citizen.id, params.id));
        if (!application) throw applicationsErrors.application_not_found();
        const pdf = await renderReceipt(deps, tenantId, application, citizen.id);
        noStore(reply);
        return reply
          .header('content-type', 'application/pdf')
          .header(
            'content-disposition',
            `attachment; filename="Eingangsbestaetigung-${application.reference}.pdf"`,
          )
          .header('x-content-type-options', 'nosniff')
          .send(pdf);
      },
    }),
  ];
}
