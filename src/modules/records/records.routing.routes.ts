// HTTP for routings (Mitzeichnung, Zeichnung): a document's routing page and starting one (records.write,
// and records.policies mayChange in the use case), the inbox, and acting on a step (records.read: whom a
// step is addressed to is decided in the use case).
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../platform/http/app-error.ts';
import { defineRoute, type RouteDefinition } from '../../platform/http/route.ts';
import { translate, type Text } from '../../platform/i18n/i18n.ts';
import { actOnStep, type StepOutcome } from './records.routing.act.ts';
import { listStartedByMe, listWaitingForMe } from './records.routing.inbox.ts';
import { RoutingInboxPage } from './records.routing.inbox.pages.tsx';
import { routingText } from './records.routing.messages.ts';
import { DocumentRoutingPage, type RoutingForm } from './records.routing.pages.tsx';
import {
  cancelRouting,
  describeDocumentRouting,
  MAX_CO_SIGN_STEPS,
  startRouting,
} from './records.routing.usecases.ts';
import { ROUTINGS_PATH, routingActionPath, routingFormPath } from './records.workflow.paths.ts';
import type { WorkflowRouteDeps } from './records.workflow.routes.ts';

const read = { permission: 'records.read' } as const;
const write = { permission: 'records.write' } as const;
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const tags = ['E-Akte: Mitzeichnung'];
const form = { tags, consumes: ['application/x-www-form-urlencoded'], produces: ['text/html'] };
const choice = Type.String({ maxLength: 100, default: '' });

const StartForm = Type.Object({
  // Everything has a default: access is decided after validation, so an empty post must pass it.
  version: Type.String({ pattern: '^[0-9]{1,9}$', default: '0' }),
  zeilen: Type.String({ pattern: '^[0-9]{1,2}$', default: '1' }),
  zeichnung: choice,
  aktion: Type.Union([Type.Literal('starten'), Type.Literal('hinzufuegen')], { default: 'starten' }),
  ...Object.fromEntries(Array.from({ length: MAX_CO_SIGN_STEPS }, (_, i) => [`schritt-${i + 1}`, choice])),
});
// The comment is capped generously here and checked against its limit (2000) in the use case.
const ActForm = Type.Object({
  position: Type.String({ pattern: '^[0-9]{1,2}$', default: '0' }),
  kommentar: Type.String({ maxLength: 8000, default: '' }),
});

const documentNotices: Record<string, Text> = {
  gestartet: routingText.started,
  abgebrochen: routingText.cancelled,
};
const inboxNotices: Record<StepOutcome, Text> = {
  co_signed: routingText.done_co_signed,
  signed: routingText.done_signed,
  returned: routingText.done_returned,
};

export function createRoutingRoutes({ scopeOf, actorOf, audit, now }: WorkflowRouteDeps): RouteDefinition[] {
  const documentPage = async (
    request: FastifyRequest,
    documentId: string,
    extra: { form?: RoutingForm; errors?: { field: string; message: string }[]; notice?: Text } = {},
  ) => {
    const actor = actorOf(request);
    const data = await describeDocumentRouting({ scope: scopeOf(request), actor, documentId });
    return DocumentRoutingPage({ ctx: request.ctx, actor, data, ...extra });
  };
  const inboxPage = async (
    request: FastifyRequest,
    extra: Omit<
      Parameters<typeof RoutingInboxPage>[0],
      'ctx' | 'actor' | 'waiting' | 'nextCursor' | 'started'
    > & {
      cursor?: string | undefined;
    } = {},
  ) => {
    const actor = actorOf(request);
    const { items, nextCursor } = await listWaitingForMe({
      scope: scopeOf(request),
      actor,
      cursor: extra.cursor,
    });
    const started = await listStartedByMe({ scope: scopeOf(request), actor, now: now() });
    return RoutingInboxPage({ ctx: request.ctx, actor, waiting: items, nextCursor, started, ...extra });
  };
  const act = (decision: 'approve' | 'return') =>
    defineRoute({
      method: 'POST',
      url: routingActionPath(':id', decision === 'approve' ? 'mitzeichnen' : 'zurueckgeben'),
      access: read,
      schema: {
        params: IdParams,
        body: ActForm,
        summary:
          decision === 'approve'
            ? 'Den aktuellen Schritt mitzeichnen oder (als letzten) zeichnen'
            : 'Die Mitzeichnung mit Begründung zurückgeben',
        ...form,
      },
      handler: async ({ request, reply, params, body }) => {
        try {
          const result = await actOnStep({
            scope: scopeOf(request),
            audit,
            actor: actorOf(request),
            now: now(),
            routingId: params.id,
            position: Number(body.position),
            comment: body.kommentar,
            decision,
          });
          if (result.ok) return reply.redirect(`${ROUTINGS_PATH}?ergebnis=${result.outcome}`, 303);
          const error = translate(request.ctx.locale, result.error);
          const failed = { routingId: params.id, comment: body.kommentar, error };
          return reply.html(await inboxPage(request, { failed }), 400);
        } catch (error) {
          // Conflicts (someone acted first, a new version, an ended routing) come back with the list.
          if (!(error instanceof AppError) || error.statusCode !== 409) throw error;
          const problem = translate(request.ctx.locale, error.text);
          return reply.html(await inboxPage(request, { problem }), 409);
        }
      },
    });

  return [
    defineRoute({
      method: 'GET',
      url: routingFormPath(':id'),
      access: read,
      schema: {
        params: IdParams,
        querystring: Type.Object({
          ergebnis: Type.Optional(Type.Union([Type.Literal('gestartet'), Type.Literal('abgebrochen')])),
        }),
        summary: 'Mitzeichnungen eines Dokuments ansehen und eine starten (Formular)',
        tags,
        produces: ['text/html'],
      },
      handler: async ({ request, reply, params, query }) => {
        reply.header('cache-control', 'no-store');
        const notice = query.ergebnis ? documentNotices[query.ergebnis] : undefined;
        return reply.html(await documentPage(request, params.id, notice ? { notice } : {}));
      },
    }),
    defineRoute({
      method: 'POST',
      url: routingFormPath(':id'),
      access: write,
      schema: {
        params: IdParams,
        body: StartForm,
        summary: 'Mitzeichnung der aktuellen Version starten (geordnete Kette, zuletzt die Zeichnung)',
        ...form,
      },
      handler: async ({ request, reply, params, body }) => {
        const fields = body as Record<string, string>;
        const rows = Math.min(Math.max(Number(body.zeilen), 1), MAX_CO_SIGN_STEPS);
        const coSigners = Array.from({ length: rows }, (_, i) => fields[`schritt-${i + 1}`] ?? '');
        const state: RoutingForm = { rows, coSigners, signOff: body.zeichnung };
        if (body.aktion === 'hinzufuegen') {
          // Without JavaScript, "add a step" is a round trip that shows one more row.
          const more = { ...state, rows: Math.min(rows + 1, MAX_CO_SIGN_STEPS) };
          return reply.html(await documentPage(request, params.id, { form: more }));
        }
        const result = await startRouting({
          scope: scopeOf(request),
          audit,
          actor: actorOf(request),
          now: now(),
          documentId: params.id,
          version: Number(body.version),
          coSigners,
          signOff: body.zeichnung,
        });
        if (result.ok) return reply.redirect(`${routingFormPath(params.id)}?ergebnis=gestartet`, 303);
        const errors = result.errors.map((e) => ({
          field: e.field,
          message: translate(request.ctx.locale, e.text, e.values),
        }));
        return reply.html(await documentPage(request, params.id, { form: state, errors }), 400);
      },
    }),
    defineRoute({
      method: 'GET',
      url: ROUTINGS_PATH,
      access: read,
      schema: {
        querystring: Type.Object({
          ab: Type.Optional(Type.String({ maxLength: 100 })),
          ergebnis: Type.Optional(
            Type.Union([Type.Literal('co_signed'), Type.Literal('signed'), Type.Literal('returned')]),
          ),
        }),
        summary: 'Mitzeichnungen, die auf mich warten, und von mir gestartete',
        tags,
        produces: ['text/html'],
      },
      handler: async ({ request, reply, query }) => {
        reply.header('cache-control', 'no-store');
        const notice = query.ergebnis ? inboxNotices[query.ergebnis] : undefined;
        return reply.html(await inboxPage(request, { cursor: query.ab, notice }));
      },
    }),
    act('approve'),
    act('return'),
    defineRoute({
      method: 'POST',
      url: routingActionPath(':id', 'abbrechen'),
      access: read,
      schema: { params: IdParams, summary: 'Mitzeichnung abbrechen (wer sie gestartet hat)', ...form },
      handler: async ({ request, reply, params }) => {
        const { documentId } = await cancelRouting({
          scope: scopeOf(request),
          audit,
          actor: actorOf(request),
          now: now(),
          routingId: params.id,
        });
        return reply.redirect(`${routingFormPath(documentId)}?ergebnis=abgebrochen`, 303);
      },
    }),
  ];
}
