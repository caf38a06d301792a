// Acting on the current step of a routing: co-sign (Mitzeichnung), sign off (Zeichnung, the last step:
// it freezes the routed version), or return with a comment (the routing ends 'returned'). The routing
// row is locked first, so two members of an addressed department cannot both act on one step.
import type { Text } from '../../platform/i18n/i18n.ts';
import type { StaffActor } from '../access/index.ts';
import type { AuditTrail } from '../audit/index.ts';
import type { WorkflowScope } from './records.resubmissions.usecases.ts';
import { routingText as text } from './records.routing.messages.ts';
import { mayActOnStep } from './records.routing.policies.ts';
import { createRoutingRepository } from './records.routing.repository.ts';
import { loadVisibleDocument } from './records.routing.usecases.ts';
import { recordsErrors } from './records.errors.ts';
import { workflowErrors } from './records.workflow.errors.ts';

export const COMMENT_MAX = 2000;

export type StepOutcome = 'co_signed' | 'signed' | 'returned';

/**
 * Refusals, in this order: not_found (no such routing, or a document the actor may not see),
 * routing_not_running, routing_step_not_current (`position` is not the step whose turn it is),
 * routing_not_addressed, and for co-signing and sign-off also case_closed and routing_version_stale.
 * A missing comment on a return, or an overlong one, comes back as a field error.
 */
export async function actOnStep({
  scope,
  audit,
  actor,
  now,
  routingId,
  position,
  comment,
  decision,
}: {
  scope: WorkflowScope;
  audit: AuditTrail;
  actor: StaffActor;
  now: Date;
  routingId: string;
  position: number;
  comment: string;
  decision: 'approve' | 'return';
}): Promise<{ ok: true; outcome: StepOutcome; documentId: string } | { ok: false; error: Text }> {
  return scope(async (trx) => {
    const repository = createRoutingRepository({ trx });
    const routing = await repository.findForUpdate(routingId);
    if (!routing) throw recordsErrors.not_found();
    // Locked for the sign-off: a version uploaded at the same moment waits, or is seen here.
    const document = await loadVisibleDocument(trx, actor, routing.documentId, {
      lock: decision === 'approve',
    });
    if (routing.status !== 'running') throw workflowErrors.routing_not_running();
    const steps = await repository.stepsOf(routingId);
    const current = steps.find((step) => step.status === 'current');
    if (!current || current.position !== position) throw workflowErrors.routing_step_not_current();
    const acting = mayActOnStep(actor, current);
    if (!acting) throw workflowErrors.routing_not_addressed();

    const remark = comment.trim();
    if (remark.length > COMMENT_MAX) return { ok: false as const, error: text.commentTooLong };
    if (decision === 'return' && remark === '') return { ok: false as const, error: text.commentRequired };
    if (decision === 'approve') {
      if (document.case.fileStatus === 'closed') throw recordsErrors.file_closed();
      if (document.case.status === 'closed') throw recordsErrors.case_closed();
      if (document.currentVersion !== routing.version) throw workflowErrors.routing_version_stale();
    }

    const act = {
      routingId,
      position,
      actedBy: actor.id,
      onBehalfOf: acting.onBehalfOf,
      comment: remark === '' ? null : remark,
      at: now,
    };
    const auditActor = { type: 'staff' as const, id: actor.id, onBehalfOf: acting.onBehalfOf };
    const object = { type: 'document', id: routing.documentId };
    const summary = { routingId, version: routing.version, position, withComment: remark !== '' };

    if (decision === 'return') {
      await repository.recordAct({ ...act, status: 'returned' });
      await repository.end({ routingId, status: 'returned', at: now, by: actor.id });
      await audit.append(trx, { actor: auditActor, action: 'records.routing_returned', object, summary });
      return { ok: true as const, outcome: 'returned' as const, documentId: routing.documentId };
    }
    await repository.recordAct({ ...act, status: 'done' });
    if (current.kind === 'sign_off') {
      // The version was checked unfrozen when the routing started, and only a sign-off freezes it.
      await repository.freezeVersion(routing.documentId, routing.version, now);
      await repository.end({ routingId, status: 'signed', at: now, by: actor.id });
      await audit.append(trx, { actor: auditActor, action: 'records.routing_signed_off', object, summary });
      return { ok: true as const, outcome: 'signed' as const, documentId: routing.documentId };
    }
    const next = steps.find((step) => step.position === position + 1);
    if (!next) throw new Error(`routing ${routingId} has no step after co-signing step ${position}`);
    await repository.activate(routingId, next.position, now);
    await audit.append(trx, { actor: auditActor, action: 'records.routing_co_signed', object, summary });
    return { ok: true as const, outcome: 'co_signed' as const, documentId: routing.documentId };
  });
}
