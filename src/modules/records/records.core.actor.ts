// Who acts in the E-Akte, as the visibility rule and the audit trail need it. Every records route turns
// its principal (staff session or API client) into these two once, through this file.
import type { FastifyRequest } from 'fastify';
import { accessErrors, type ApiClientActor, type StaffActor } from '../access/index.ts';
import type { AuditEvent } from '../audit/index.ts';
import { recordsViewer, type RecordsViewer } from './records.policies.ts';

export type RecordsActor = StaffActor | ApiClientActor;

/** Staff session or API client; authorize() has already checked the route's permission. */
export function recordsActorOf(request: FastifyRequest): RecordsActor {
  if (!request.principal) throw accessErrors.unauthenticated();
  return request.principal;
}

/** Pages are for people: an API client that reaches a page route gets 401, never a page. */
export function staffActorOf(request: FastifyRequest): StaffActor {
  if (!request.actor) throw accessErrors.unauthenticated();
  return request.actor;
}

export interface RecordsCaller {
  actor: RecordsActor;
  viewer: RecordsViewer;
}

export function recordsCaller(actor: RecordsActor): RecordsCaller {
  return { actor, viewer: recordsViewer(actor) };
}

const writingRoles = ['clerk', 'head_of_department'];

/**
 * The audit actor for a change to a record of `departmentId`. A substitute who may write there only
 * through an absent colleague's roles (Vertretung) acts on that colleague's behalf; the entry says so.
 */
export function recordsAuditActor(actor: RecordsActor, departmentId?: string): AuditEvent['actor'] {
  if (actor.kind === 'api_client') return { type: 'api_client', id: actor.id };
  const holds = (roles: StaffActor['roles']) =>
    roles.some(
      (grant) =>
        grant.role === 'records_manager' ||
        (departmentId !== undefined &&
          grant.departmentId === departmentId &&
          writingRoles.includes(grant.role)),
    );
  if (holds(actor.roles) || departmentId === undefined) return { type: 'staff', id: actor.id };
  const absent = actor.actingFor?.find((person) => holds(person.roles));
  return { type: 'staff', id: actor.id, onBehalfOf: absent?.staffId ?? null };
}

/** Plan maintenance (records.manage_plan: records_manager, admin), possibly as a substitute. */
export function planAuditActor(actor: StaffActor): AuditEvent['actor'] {
  const planRoles = ['records_manager', 'admin'];
  if (actor.roles.some((grant) => planRoles.includes(grant.role))) return { type: 'staff', id: actor.id };
  const absent = actor.actingFor?.find((person) =>
    person.roles.some((grant) => planRoles.includes(grant.role)),
  );
  return { type: 'staff', id: actor.id, onBehalfOf: absent?.staffId ?? null };
}
