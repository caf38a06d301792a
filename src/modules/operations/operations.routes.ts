import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { accessErrors, type StaffActor } from '../access/index.ts';
import type { JobQueue } from '../../platform/jobs/index.ts';
import type { Mailer } from '../../platform/mail/index.ts';
import { platformErrors } from '../../platform/http/app-error.ts';
import { defineRoute, type RouteDefinition } from '../../platform/http/route.ts';
import { FailedJobsPage, OutboxMessagePage, OutboxPage } from './operations.pages.tsx';

const operate = { permission: 'platform.operate' } as const;
const PageQuery = Type.Object({
  vor: Type.Optional(Type.String({ maxLength: 200 })),
  ergebnis: Type.Optional(Type.Union([Type.Literal('wiederholt'), Type.Literal('nicht-wiederholt')])),
});
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

function tenantIdOf(ctx: { tenant?: { id: string } | undefined }): string {
  if (!ctx.tenant) throw platformErrors.unknown_tenant();
  return ctx.tenant.id;
}

/** The signed-in person; authorize() has already required one for these routes. */
function actorOf(request: FastifyRequest): StaffActor {
  if (!request.actor) throw accessErrors.unauthenticated();
  return request.actor;
}

export function createOperationsRoutes({
  jobs,
  mailer,
}: {
  jobs: JobQueue;
  mailer: Mailer;
}): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/intern/betrieb/auftraege',
      access: operate,
      schema: {
        summary: 'Fehlgeschlagene Hintergrundaufträge',
        tags: ['Betrieb'],
        querystring: PageQuery,
        produces: ['text/html'],
      },
      handler: async ({ request, reply, query }) => {
        const page = await jobs.listFailed({
          limit: 50,
          before: query.vor,
          tenantId: tenantIdOf(request.ctx),
        });
        const notice =
          query.ergebnis === 'wiederholt'
            ? 'retried'
            : query.ergebnis === 'nicht-wiederholt'
              ? 'not-retried'
              : undefined;
        return reply.html(
          FailedJobsPage({
            ctx: request.ctx,
            actor: actorOf(request),
            ...page,
            ...(notice ? { notice } : {}),
          }),
        );
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/intern/betrieb/auftraege/:id/wiederholen',
      access: operate,
      schema: { summary: 'Fehlgeschlagenen Auftrag erneut einreihen', tags: ['Betrieb'], params: IdParams },
      handler: async ({ request, reply, params }) => {
        const retried = await jobs.retry(params.id, { tenantId: tenantIdOf(request.ctx) });
        return reply.redirect(
          `/intern/betrieb/auftraege?ergebnis=${retried ? 'wiederholt' : 'nicht-wiederholt'}`,
          303,
        );
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/intern/betrieb/postausgang',
      access: operate,
      schema: {
        summary: 'Postausgang (E-Mails)',
        tags: ['Betrieb'],
        querystring: PageQuery,
        produces: ['text/html'],
      },
      handler: async ({ request, reply, query }) => {
        const page = await mailer.listOutbox({
          limit: 50,
          before: query.vor,
          tenantId: tenantIdOf(request.ctx),
        });
        return reply.html(OutboxPage({ ctx: request.ctx, actor: actorOf(request), ...page }));
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/intern/betrieb/postausgang/:id',
      access: operate,
      schema: {
        summary: 'Eine E-Mail des Postausgangs',
        tags: ['Betrieb'],
        params: IdParams,
        produces: ['text/html'],
      },
      handler: async ({ request, reply, params }) => {
        const message = await mailer.getOutboxMessage(params.id);
        if (!message || message.tenantId !== tenantIdOf(request.ctx)) throw platformErrors.not_found();
        return reply.html(OutboxMessagePage({ ctx: request.ctx, actor: actorOf(request), message }));
      },
    }),
  ];
}
