// HTTP for resubmissions: set one on a case, list mine, mark one done. Pages for people (records.read):
// which cases someone may see is decided per case by records.policies, inside the use cases.
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { translate } from '../../platform/i18n/i18n.ts';
import { defineRoute, type RouteDefinition } from '../../platform/http/route.ts';
import { ResubmissionFormPage, ResubmissionListPage } from './records.resubmissions.pages.tsx';
import {
  describeResubmissionForm,
  listMyResubmissions,
  markResubmissionDone,
  setResubmission,
  type ResubmissionFieldError,
} from './records.resubmissions.usecases.ts';
import {
  DESK_PATH,
  RESUBMISSIONS_PATH,
  resubmissionDonePath,
  resubmissionFormPath,
} from './records.workflow.paths.ts';
import type { WorkflowRouteDeps } from './records.workflow.routes.ts';

const read = { permission: 'records.read' } as const;
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const tags = ['E-Akte: Wiedervorlagen'];
const form = { tags, consumes: ['application/x-www-form-urlencoded'], produces: ['text/html'] };

// The note is capped generously here and checked against its real limit (1000) in the use case, so an
// overlong note comes back with the form and a plain message instead of a bare 400.
const ResubmissionForm = Type.Object({
  staffId: Type.String({ maxLength: 100, default: '' }),
  dueOn: Type.String({ maxLength: 40, default: '' }),
  note: Type.String({ maxLength: 4000, default: '' }),
});

export function createResubmissionRoutes({
  scopeOf,
  actorOf,
  audit,
  now,
}: WorkflowRouteDeps): RouteDefinition[] {
  const messages = (request: FastifyRequest, errors: ResubmissionFieldError[]) =>
    errors.map((e) => ({ field: e.field, message: translate(request.ctx.locale, e.text) }));
  return [
    defineRoute({
      method: 'GET',
      url: resubmissionFormPath(':id'),
      access: read,
      schema: {
        params: IdParams,
        querystring: Type.Object({ ergebnis: Type.Optional(Type.Literal('gesetzt')) }),
        summary: 'Wiedervorlage zu einem Vorgang setzen (Formular)',
        tags,
        produces: ['text/html'],
      },
      handler: async ({ request, reply, params, query }) => {
        const actor = actorOf(request);
        const data = await describeResubmissionForm({ scope: scopeOf(request), actor, caseId: params.id });
        reply.header('cache-control', 'no-store');
        return reply.html(
          ResubmissionFormPage({ ctx: request.ctx, actor, data, created: query.ergebnis === 'gesetzt' }),
        );
      },
    }),
    defineRoute({
      method: 'POST',
      url: resubmissionFormPath(':id'),
      access: read,
      schema: {
        params: IdParams,
        body: ResubmissionForm,
        summary: 'Wiedervorlage setzen (für sich oder eine Kollegin/einen Kollegen des Amts)',
        ...form,
      },
      handler: async ({ request, reply, params, body }) => {
        const actor = actorOf(request);
        const result = await setResubmission({
          scope: scopeOf(request),
          audit,
          actor,
          now: now(),
          caseId: params.id,
          ...body,
        });
        if (result.ok) return reply.redirect(`${resubmissionFormPath(params.id)}?ergebnis=gesetzt`, 303);
        const data = await describeResubmissionForm({ scope: scopeOf(request), actor, caseId: params.id });
        return reply.html(
          ResubmissionFormPage({
            ctx: request.ctx,
            actor,
            data,
            form: body,
            errors: messages(request, result.errors),
          }),
          400,
        );
      },
    }),
    defineRoute({
      method: 'GET',
      url: RESUBMISSIONS_PATH,
      access: read,
      schema: {
        querystring: Type.Object({
          ab: Type.Optional(Type.String({ maxLength: 100 })),
          ergebnis: Type.Optional(Type.Literal('erledigt')),
        }),
        summary: 'Meine Wiedervorlagen (fällige zuerst)',
        tags,
        produces: ['text/html'],
      },
      handler: async ({ request, reply, query }) => {
        const actor = actorOf(request);
        const list = await listMyResubmissions({
          scope: scopeOf(request),
          actor,
          now: now(),
          cursor: query.ab,
        });
        reply.header('cache-control', 'no-store');
        return reply.html(
          ResubmissionListPage({
            ctx: request.ctx,
            actor,
            ...list,
            continued: query.ab !== undefined,
            marked: query.ergebnis === 'erledigt',
          }),
        );
      },
    }),
    defineRoute({
      method: 'POST',
      url: resubmissionDonePath(':id'),
      access: read,
      schema: {
        params: IdParams,
        body: Type.Object({ returnTo: Type.Optional(Type.String({ maxLength: 200 })) }),
        summary: 'Wiedervorlage als erledigt vermerken',
        ...form,
      },
      handler: async ({ request, reply, params, body }) => {
        await markResubmissionDone({
          scope: scopeOf(request),
          audit,
          actor: actorOf(request),
          now: now(),
          resubmissionId: params.id,
        });
        // Only our own pages are places to return to.
        const back = body.returnTo === DESK_PATH ? DESK_PATH : RESUBMISSIONS_PATH;
        return reply.redirect(`${back}?ergebnis=erledigt`, 303);
      },
    }),
  ];
}
