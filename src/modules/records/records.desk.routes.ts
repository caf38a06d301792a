// HTTP for the clerk's desk: GET /intern/arbeitsplatz (records.read; every list on it is filtered by
// records.policies in SQL).
import { Type } from '@sinclair/typebox';
import { defineRoute, type RouteDefinition } from '../../platform/http/route.ts';
import { DeskPage } from './records.desk.pages.tsx';
import { describeDesk } from './records.desk.usecases.ts';
import { DESK_PATH } from './records.workflow.paths.ts';
import type { WorkflowRouteDeps } from './records.workflow.routes.ts';

export function createDeskRoutes({ scopeOf, actorOf, now }: WorkflowRouteDeps): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET',
      url: DESK_PATH,
      access: { permission: 'records.read' },
      schema: {
        querystring: Type.Object({
          vorgaenge: Type.Optional(Type.String({ maxLength: 100 })),
          ergebnis: Type.Optional(Type.Literal('erledigt')),
        }),
        summary: 'Mein Arbeitsplatz: meine Vorgänge, fällige Wiedervorlagen, wartende Mitzeichnungen',
        tags: ['E-Akte: Arbeitsplatz'],
        produces: ['text/html'],
      },
      handler: async ({ request, reply, query }) => {
        const actor = actorOf(request);
        const desk = await describeDesk({
          scope: scopeOf(request),
          actor,
          now: now(),
          casesCursor: query.vorgaenge,
        });
        reply.header('cache-control', 'no-store');
        return reply.html(DeskPage({ ctx: request.ctx, actor, desk, marked: query.ergebnis === 'erledigt' }));
      },
    }),
  ];
}
