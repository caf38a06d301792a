import { Type } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import { accessErrors } from '../access/index.ts';
import { tenantScope } from '../../platform/db/tenant-scope.ts';
import { platformErrors } from '../../platform/http/app-error.ts';
import { defineRoute, type RouteDefinition } from '../../platform/http/route.ts';
import { AUDIT_PATH, AuditPage } from './audit.pages.tsx';
import type { AuditTables } from './audit.tables.ts';
import { listAuditEntries } from './audit.usecases.ts';

const AuditQuery = Type.Object({
  objekttyp: Type.Optional(Type.String({ maxLength: 100 })),
  objekt: Type.Optional(Type.String({ maxLength: 200 })),
  aktion: Type.Optional(Type.String({ maxLength: 100 })),
  vor: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,18}$' })),
});

export function createAuditRoutes({ db }: { db: Kysely<unknown> }): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET',
      url: AUDIT_PATH,
      access: { permission: 'audit.read' },
      schema: {
        summary: 'Protokoll (Audit-Trail) lesen',
        tags: ['Protokoll'],
        querystring: AuditQuery,
        produces: ['text/html'],
      },
      handler: async ({ request, reply, query }) => {
        const tenant = request.ctx.tenant;
        if (!tenant) throw platformErrors.unknown_tenant();
        if (!request.actor) throw accessErrors.unauthenticated();
        // Empty form fields arrive as empty strings: they mean "no filter".
        const filter = {
          objectType: query.objekttyp || undefined,
          objectId: query.objekt || undefined,
          action: query.aktion || undefined,
        };
        const { entries, nextBeforeSeq } = await listAuditEntries({
          scope: tenantScope(db as Kysely<AuditTables>, tenant.id),
          filter,
          beforeSeq: query.vor,
        });
        return reply.html(
          AuditPage({ ctx: request.ctx, actor: request.actor, filter, entries, nextBeforeSeq }),
        );
      },
    }),
  ];
}
