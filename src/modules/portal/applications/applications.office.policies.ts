// Who works which applications: clerks and heads of the responsible department, themselves or as a
// substitute (Vertretung) for someone who is. Heads also assign and reassign. Read in one sitting.
import type { StaffActor } from '../../access/index.ts';

const workingRoles = ['clerk', 'head_of_department'];

function grantsOf(actor: StaffActor) {
  return [...actor.roles, ...(actor.actingFor ?? []).flatMap((person) => person.roles)];
}

/** Departments whose inbox the person sees. */
export function inboxDepartments(actor: StaffActor): string[] {
  const ids = grantsOf(actor)
    .filter((grant) => workingRoles.includes(grant.role))
    .map((grant) => grant.departmentId);
  return [...new Set(ids)];
}

export function mayWork(actor: StaffActor, application: { departmentId: string }): boolean {
  return inboxDepartments(actor).includes(application.departmentId);
}

/**
 * Departments the person heads (themselves or as substitute): they assign and reassign there — and in
 * every department below, which the use case adds from the organisation chart.
 */
export function headedDepartments(actor: StaffActor): string[] {
  return grantsOf(actor)
    .filter((grant) => grant.role === 'head_of_department')
    .map((grant) => grant.departmentId);
}

/**
 * Act on it (query, decide, close, notes): whoever holds the claim; nobody else until it is released or
 * reassigned — so two clerks never work the same application. Unclaimed: claim first.
 */
export function mayAct(
  actor: StaffActor,
  application: { departmentId: string; claimedBy: string | null },
): boolean {
  if (!mayWork(actor, application) || application.claimedBy === null) return false;
  const self = [actor.id, ...(actor.actingFor ?? []).map((person) => person.staffId)];
  return self.includes(application.claimedBy);
}
