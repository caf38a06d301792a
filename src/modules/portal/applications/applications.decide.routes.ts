// HTTP of deciding: the decide section shown in the case view, and its POST.
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { tenantScope } from '../../../platform/db/tenant-scope.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { defineRoute, type RouteDefinition } from '../../../platform/http/route.ts';
import { translate } from '../../../platform/i18n/i18n.ts';
import { listNoticeTemplates } from '../notices/notices.index.ts';
import type { PortalDeps } from '../portal.deps.ts';
import { decideApplication } from './applications.decide.ts';
import { decideText } from './applications.decide.messages.ts';
import { DecideSection } from './applications.decide.pages.tsx';
import { backToCase, showCaseWithErrors, staffOf, tenantOf } from './applications.office.routes.ts';
import type { CaseView } from './applications.office.case.pages.tsx';
import { APPLICATION_PATHS } from './applications.paths.ts';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function createDecideSection(deps: PortalDeps) {
  return async (
    request: FastifyRequest,
    view: CaseView,
    values?: { vorlage: string; begruendung: string },
    errors?: { field: string; message: string }[],
  ) => {
    const templates = await tenantScope(
      deps.db as Kysely<unknown>,
      tenantOf(request),
    )((trx) => listNoticeTemplates(trx, view.application.service_id));
    return DecideSection({ ctx: request.ctx, applicationId: view.application.id, templates, values, errors });
  };
}

export function createDecideRoutes(deps: PortalDeps): RouteDefinition[] {
  const section = createDecideSection(deps);
  return [
    defineRoute({
      method: 'POST',
      url: APPLICATION_PATHS.officeAction(':id', 'entscheiden'),
      access: { permission: 'portal.work_applications' },
      schema: {
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        body: Type.Object({
          vorlage: Type.Optional(Type.String({ maxLength: 40 })),
          begruendung: Type.Optional(Type.String({ maxLength: 20_000 })),
        }),
        summary: 'Antrag entscheiden: Bescheid aus Vorlage erstellen, ablegen und zustellen',
        tags: ['Online-Dienste (Verwaltung)'],
        consumes: ['application/x-www-form-urlencoded'],
        produces: ['text/html'],
      },
      handler: async ({ request, reply, params, body }) => {
        const values = { vorlage: body.vorlage ?? '', begruendung: body.begruendung ?? '' };
        const locale = request.ctx.locale;
        const problems: { field: string; message: string }[] = [];
        if (values.begruendung.trim().length > 5000)
          problems.push({ field: 'begruendung', message: translate(locale, decideText.reasonTooLong) });
        try {
          if (problems.length === 0)
            await decideApplication(deps, tenantOf(request), staffOf(request), {
              applicationId: params.id,
              templateId: uuid.test(values.vorlage) ? values.vorlage : '00000000-0000-0000-0000-000000000000',
              reason: values.begruendung.trim(),
            });
        } catch (error) {
          if (!(error instanceof AppError) || error.code !== 'portal.template_missing') throw error;
          problems.push({ field: 'vorlage', message: translate(locale, error.text) });
        }
        if (problems.length > 0)
          return showCaseWithErrors(deps, request, reply, params.id, problems, {}, (view) =>
            section(request, view, values, problems),
          );
        return backToCase(reply, params.id, 'entschieden');
      },
    }),
  ];
}
