// Resubmissions (Wiedervorlagen): a case returns to someone's desk on a day. Anyone who may see a case
// may set one for themselves; for a colleague of the responsible department only someone who may change
// the case (its department's clerks and heads, the Registratur), and only for a colleague who may see it.
import type { TenantScope } from '../../platform/db/tenant-scope.ts';
import type { Text } from '../../platform/i18n/i18n.ts';
import type { StaffActor } from '../access/index.ts';
import type { AuditTrail } from '../audit/index.ts';
import { mayChange, maySee, recordsViewer } from './records.policies.ts';
import {
  createResubmissionsRepository,
  decodeDueCursor,
  encodeDueCursor,
} from './records.resubmissions.repository.ts';
import { resubmissionText as text } from './records.resubmissions.messages.ts';
import { actingAs, staffIdsOf, viewerOf } from './records.workflow.acting.ts';
import { localDay, parseDay, yearsAfter } from './records.workflow.days.ts';
import { recordsErrors } from './records.errors.ts';
import {
  createWorkflowLookups,
  type CaseFacts,
  type WorkflowTransaction,
} from './records.workflow.repository.ts';
import type { WorkflowTables } from './records.workflow.tables.ts';

export type WorkflowScope = TenantScope<WorkflowTables>;

export const NOTE_MAX = 1000;
const PAGE_SIZE = 50;

export interface ResubmissionFieldError {
  field: 'staffId' | 'dueOn' | 'note';
  text: Text;
}

async function visibleCase(trx: WorkflowTransaction, actor: StaffActor, caseId: string) {
  const found = await createWorkflowLookups({ trx }).caseFacts(caseId);
  if (!found || !maySee(recordsViewer(actor), found.facts)) throw recordsErrors.not_found();
  return found;
}

/** Active clerks and heads of the case's department, other than the actor, who may see the case. */
async function colleaguesFor(trx: WorkflowTransaction, actor: StaffActor, found: CaseFacts) {
  const lookups = createWorkflowLookups({ trx });
  const members = await lookups.departmentMembers([found.facts.departmentId]);
  const unique = [...new Map(members.filter((m) => m.id !== actor.id).map((m) => [m.id, m])).values()];
  const roles = await lookups.rolesOf(unique.map((m) => m.id));
  return unique
    .filter((m) => maySee(viewerOf({ staffId: m.id, roles: roles.get(m.id) ?? [] }), found.facts))
    .map((m) => ({ id: m.id, displayName: m.displayName }));
}

/** What the form shows: the case, its open resubmissions and whom the actor may choose. */
export async function describeResubmissionForm({
  scope,
  actor,
  caseId,
}: {
  scope: WorkflowScope;
  actor: StaffActor;
  caseId: string;
}) {
  return scope(async (trx) => {
    const found = await visibleCase(trx, actor, caseId);
    const forOthers = mayChange(recordsViewer(actor), found.facts);
    return {
      case: found,
      open: await createResubmissionsRepository({ trx }).listOpenOfCase(caseId),
      colleagues: forOthers ? await colleaguesFor(trx, actor, found) : [],
    };
  });
}

/** Sets a resubmission; audits records.resubmission_set in the same transaction. */
export async function setResubmission({
  scope,
  audit,
  actor,
  now,
  caseId,
  staffId,
  dueOn,
  note,
}: {
  scope: WorkflowScope;
  audit: AuditTrail;
  actor: StaffActor;
  now: Date;
  caseId: string;
  /** Empty: for the actor. */
  staffId: string;
  dueOn: string;
  note: string;
}): Promise<{ ok: true; resubmissionId: string } | { ok: false; errors: ResubmissionFieldError[] }> {
  return scope(async (trx) => {
    const found = await visibleCase(trx, actor, caseId);
    if (found.fileStatus === 'closed') throw recordsErrors.file_closed();
    if (found.status === 'closed') throw recordsErrors.case_closed();
    const errors: ResubmissionFieldError[] = [];
    const today = localDay(now);
    const due = parseDay(dueOn);
    if (!due) errors.push({ field: 'dueOn', text: text.dateInvalid });
    else if (due < today) errors.push({ field: 'dueOn', text: text.dateInPast });
    else if (due > yearsAfter(today, 10)) errors.push({ field: 'dueOn', text: text.dateTooFar });
    const trimmedNote = note.trim();
    if (trimmedNote.length > NOTE_MAX) errors.push({ field: 'note', text: text.noteTooLong });

    const target = staffId === '' ? actor.id : staffId;
    const forSelf = target === actor.id;
    // For oneself seeing the case is enough; putting it on a colleague's desk assigns work, so it
    // takes the right to change the case, and the colleague must be one who can see it.
    const acting = actingAs(actor, (identity) =>
      forSelf ? maySee(viewerOf(identity), found.facts) : mayChange(viewerOf(identity), found.facts),
    );
    const colleague = forSelf || (await colleaguesFor(trx, actor, found)).some((c) => c.id === target);
    if (!acting || !colleague) errors.push({ field: 'staffId', text: text.forInvalid });
    if (errors.length > 0 || !due || !acting) return { ok: false as const, errors };

    const resubmissionId = await createResubmissionsRepository({ trx }).insert({
      caseId,
      staffId: target,
      dueOn: due,
      note: trimmedNote === '' ? null : trimmedNote,
      createdBy: actor.id,
      createdAt: now,
    });
    await audit.append(trx, {
      actor: { type: 'staff', id: actor.id, onBehalfOf: acting.onBehalfOf },
      action: 'records.resubmission_set',
      object: { type: 'case', id: caseId },
      // The note stays in the record; the trail, which is kept for ever, only says that there is one.
      summary: { resubmissionId, forStaffId: target, dueOn: due, withNote: trimmedNote !== '' },
    });
    return { ok: true as const, resubmissionId };
  });
}

/**
 * Marks a resubmission done: the person it is for, or their substitute (recorded on behalf of them).
 * Anyone else gets not_found: other people's reminders are not theirs to see. Done twice is done once.
 */
export async function markResubmissionDone({
  scope,
  audit,
  actor,
  now,
  resubmissionId,
}: {
  scope: WorkflowScope;
  audit: AuditTrail;
  actor: StaffActor;
  now: Date;
  resubmissionId: string;
}): Promise<{ changed: boolean }> {
  return scope(async (trx) => {
    const repository = createResubmissionsRepository({ trx });
    const row = await repository.findForUpdate(resubmissionId);
    if (!row || !staffIdsOf(actor).includes(row.staffId)) throw recordsErrors.not_found();
    if (row.doneAt) return { changed: false };
    const onBehalfOf = row.staffId === actor.id ? null : row.staffId;
    await repository.markDone({ id: row.id, doneAt: now, doneBy: actor.id, onBehalfOf });
    await audit.append(trx, {
      actor: { type: 'staff', id: actor.id, onBehalfOf },
      action: 'records.resubmission_done',
      object: { type: 'case', id: row.caseId },
      summary: { resubmissionId: row.id, forStaffId: row.staffId },
    });
    return { changed: true };
  });
}

/** "My resubmissions": the actor's and those of whom they stand in for, due first, then upcoming. */
export async function listMyResubmissions({
  scope,
  actor,
  now,
  cursor,
  dueOnly = false,
  limit = PAGE_SIZE,
}: {
  scope: WorkflowScope;
  actor: StaffActor;
  now: Date;
  cursor?: string | undefined;
  /** Only what is due today or overdue (the desk). */
  dueOnly?: boolean;
  limit?: number;
}) {
  const today = localDay(now);
  const rows = await scope((trx) =>
    createResubmissionsRepository({ trx }).listOpen({
      staffIds: staffIdsOf(actor),
      viewer: recordsViewer(actor),
      after: decodeDueCursor(cursor),
      ...(dueOnly ? { dueUntil: today } : {}),
      limit: limit + 1,
    }),
  );
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    today,
    items,
    nextCursor: rows.length > limit && last ? encodeDueCursor({ dueOn: last.dueOn, id: last.id }) : null,
  };
}
