// Who may act in a routing (Geschäftsgang). Read with records.policies.ts: acting always also needs
// seeing the document, which the use cases check first.
import type { StaffActor } from '../access/index.ts';
import { actingAs } from './records.workflow.acting.ts';

/** The roles that make someone a member of a department for a step addressed to it. */
const departmentMemberRoles = new Set(['clerk', 'head_of_department']);

/**
 * May the actor co-sign, sign off or return this step? The addressed person; for a step addressed to a
 * department any of its clerks and heads; or a substitute of one of them (then on behalf of that person).
 */
export function mayActOnStep(
  actor: StaffActor,
  step: { staffId: string | null; departmentId: string | null },
): { onBehalfOf: string | null } | undefined {
  return actingAs(actor, (identity) =>
    step.staffId !== null
      ? identity.staffId === step.staffId
      : identity.roles.some(
          (grant) => departmentMemberRoles.has(grant.role) && grant.departmentId === step.departmentId,
        ),
  );
}

/** May the actor cancel the routing? Whoever started it, the person they started it for, or a substitute. */
export function mayCancelRouting(
  actor: StaffActor,
  routing: { initiatedBy: string; initiatedOnBehalfOf: string | null },
): { onBehalfOf: string | null } | undefined {
  return actingAs(
    actor,
    (identity) =>
      identity.staffId === routing.initiatedBy || identity.staffId === routing.initiatedOnBehalfOf,
  );
}
