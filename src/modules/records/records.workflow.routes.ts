// The workflow part of the E-Akte: resubmissions (Wiedervorlagen), co-signing and sign-off
// (Mitzeichnung, Zeichnung) and the clerk's desk (Mein Arbeitsplatz). records.module.ts spreads these in.
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { tenantScope } from '../../platform/db/tenant-scope.ts';
import { platformErrors } from '../../platform/http/app-error.ts';
import type { RouteDefinition } from '../../platform/http/route.ts';
import type { StaffActor } from '../access/index.ts';
import type { AuditTrail } from '../audit/index.ts';
import { staffActorOf } from './records.core.actor.ts';
import { createDeskRoutes } from './records.desk.routes.ts';
import { createResubmissionRoutes } from './records.resubmissions.routes.ts';
import { createRoutingRoutes } from './records.routing.routes.ts';
import type { WorkflowScope } from './records.resubmissions.usecases.ts';
import type { WorkflowTables } from './records.workflow.tables.ts';

export interface WorkflowRouteDeps {
  scopeOf: (request: FastifyRequest) => WorkflowScope;
  /** The signed-in staff member: these are pages for people, an API client never reaches them. */
  actorOf: (request: FastifyRequest) => StaffActor;
  audit: AuditTrail;
  now: () => Date;
}

export function createWorkflowRoutes(options: {
  db: Kysely<unknown>;
  audit: AuditTrail;
  now?: () => Date;
}): RouteDefinition[] {
  const db = options.db as Kysely<WorkflowTables>;
  const deps: WorkflowRouteDeps = {
    scopeOf: (request) => {
      const tenant = request.ctx.tenant;
      if (!tenant) throw platformErrors.unknown_tenant();
      return tenantScope(db, tenant.id);
    },
    // records.read also admits API clients; these pages are for people (an API client gets 401).
    actorOf: staffActorOf,
    audit: options.audit,
    now: options.now ?? (() => new Date()),
  };
  return [...createDeskRoutes(deps), ...createResubmissionRoutes(deps), ...createRoutingRoutes(deps)];
}
