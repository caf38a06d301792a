// What every records core route does first: the municipality's scope, who asks (viewer and actor),
// and the paths of the pages. Routes stay thin: authenticate → validate → authorise → use case → present.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { tenantScope } from '../../platform/db/tenant-scope.ts';
import { platformErrors } from '../../platform/http/app-error.ts';
import type { AuditTrail } from '../audit/index.ts';
import { recordsActorOf, recordsCaller, staffActorOf, type RecordsCaller } from './records.core.actor.ts';
import type { RecordsScope } from './records.plan.usecases.ts';
import type { ReferencePattern } from './records.reference.ts';
import type { RecordsDb } from './records.tables.ts';

export const PLAN_PATH = '/intern/aktenplan';
export const PLAN_IMPORT_PATH = '/intern/aktenplan/import';
export const FILES_PATH = '/intern/akten';
export const CASES_PATH = '/intern/vorgaenge';
export const API_PATH = '/api/v1/records';
export const DOCUMENTS_PAGE_PATH = '/intern/dokumente';

export const filePath = (fileId: string) => `${FILES_PATH}/${fileId}`;
export const casePath = (caseId: string) => `${CASES_PATH}/${caseId}`;
export const planNodePath = (nodeId: string) => `${PLAN_PATH}/${nodeId}`;

export interface RecordsCoreDeps {
  db: Kysely<unknown>;
  audit: AuditTrail;
  now: () => Date;
  pattern: ReferencePattern;
}

export function createRecordsHttp(deps: RecordsCoreDeps) {
  const scopeOf = (request: FastifyRequest): RecordsScope => {
    const tenant = request.ctx.tenant;
    if (!tenant) throw platformErrors.unknown_tenant();
    return tenantScope(deps.db as Kysely<RecordsDb>, tenant.id);
  };
  return {
    audit: deps.audit,
    now: deps.now,
    pattern: deps.pattern,
    scopeOf,
    /** For JSON routes: staff session or API client. */
    apiCaller(request: FastifyRequest): RecordsCaller {
      return recordsCaller(recordsActorOf(request));
    },
    /** For pages: a signed-in person only (401 for an API client that reaches a page). */
    pageCaller(request: FastifyRequest): RecordsCaller & { actor: ReturnType<typeof staffActorOf> } {
      const actor = staffActorOf(request);
      return { ...recordsCaller(actor), actor };
    },
    /** The dependencies a use case takes, for this request. */
    depsFor(request: FastifyRequest, caller: RecordsCaller) {
      return { scope: scopeOf(request), audit: deps.audit, caller, now: deps.now };
    },
  };
}

export type RecordsHttp = ReturnType<typeof createRecordsHttp>;

/** Record pages change with every edit and may hold confidential data: never cached. */
export function noStore(reply: FastifyReply): void {
  reply.header('cache-control', 'no-store');
}

/** Empty form fields arrive as ''; they mean "no filter". */
export function orUndefined(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
