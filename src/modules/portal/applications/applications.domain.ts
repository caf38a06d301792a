// What a domain module with its own office action (see OnlineService.officeAction) uses of an application:
// load it for deciding — the same checks as the generic decide (department, claim, status), under a row
// lock — and mark it decided once its own work is done, in the caller's transaction so both commit together.
import type { TenantTransaction } from '../../../platform/db/tenant-scope.ts';
import type { StaffActor } from '../../access/index.ts';
import type { AuditTrail } from '../../audit/index.ts';
import { createInboxRepository } from './applications.inbox.repository.ts';
import { loadForAction } from './applications.office.usecases.ts';
import type { ApplicationsTables } from './applications.tables.ts';

export interface ApplicationForDecision {
  id: string;
  reference: string;
  citizenId: string;
  caseId: string;
  fileReference: string;
  formKey: string;
  serviceName: string;
  departmentId: string;
  answers: Record<string, unknown>;
  submittedAt: Date;
}

const own = (trx: TenantTransaction<unknown>) => trx as unknown as TenantTransaction<ApplicationsTables>;

/** The application the actor may decide now (claimed by them, in progress); else the usual errors. */
export async function applicationForDecision(
  trx: TenantTransaction<unknown>,
  actor: StaffActor,
  applicationId: string,
): Promise<ApplicationForDecision> {
  const row = await loadForAction(own(trx), actor, applicationId, ['in_progress']);
  return {
    id: row.id,
    reference: row.reference,
    citizenId: row.citizen_id,
    caseId: row.case_id,
    fileReference: row.file_reference,
    formKey: row.form_key,
    serviceName: row.service_name,
    departmentId: row.department_id,
    answers: row.answers,
    submittedAt: row.submitted_at,
  };
}

/** Sets the application decided and records who did it and what came of it. */
export async function markApplicationDecided(
  trx: TenantTransaction<unknown>,
  deps: { audit: AuditTrail; now: () => Date },
  actor: StaffActor,
  input: { applicationId: string; reference: string; outcome: Record<string, unknown> },
): Promise<void> {
  await createInboxRepository({ trx: own(trx) }).setStatus(input.applicationId, 'decided', deps.now());
  await deps.audit.append(trx, {
    actor: { type: 'staff', id: actor.id },
    action: 'portal.application_decided',
    object: { type: 'application', id: input.applicationId },
    summary: { reference: input.reference, ...input.outcome },
  });
}
