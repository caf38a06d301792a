// Files (Akten): creating one under a plan group with a generated reference, editing its metadata with
// optimistic concurrency, closing (zdA) and reopening. Each change writes its audit entry in the same
// transaction. Closing needs every case closed: a file is "zu den Akten" only when its work is done.
import type { AuditTrail } from '../audit/index.ts';
import { createCasesRepository } from './records.cases.repository.ts';
import { recordsAuditActor, type RecordsCaller } from './records.core.actor.ts';
import {
  checkConfidentiality,
  checkDisposal,
  checkRetention,
  checkTitle,
  isUuid,
  type Checked,
  type FieldProblem,
} from './records.core.fields.ts';
import { createOrgRepository } from './records.core.org.repository.ts';
import { recordsErrors } from './records.errors.ts';
import { createFilesRepository, type FileChanges } from './records.files.repository.ts';
import { retentionUntil } from './records.files.retention.ts';
import { fieldText } from './records.messages.ts';
import { mayChange, maySee, type RecordsViewer } from './records.policies.ts';
import { createPlanRepository } from './records.plan.repository.ts';
import type { RecordsScope } from './records.plan.usecases.ts';
import {
  formatReference,
  localYear,
  nextReferenceNumber,
  type ReferencePattern,
} from './records.reference.ts';

export interface FileDeps {
  scope: RecordsScope;
  audit: AuditTrail;
  caller: RecordsCaller;
  now: () => Date;
}

/** The departments where the viewer may keep files; undefined = every department (Registratur, API client). */
export function writableDepartments(viewer: RecordsViewer): string[] | undefined {
  if (viewer.kind === 'api_client') return viewer.mayWrite ? undefined : [];
  return viewer.recordsManager ? undefined : viewer.writableDepartmentIds;
}

export interface NewFileInput {
  planNodeId: string;
  title: string;
  departmentId: string;
  /** undefined: the person creating it (when they work in the department); '' or null: nobody. */
  responsibleStaffId?: string | null | undefined;
  /** '' or undefined: the plan group's default. */
  confidentiality?: string | undefined;
  retentionYears?: string | undefined;
  disposal?: string | undefined;
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === '23505';
}

export async function createFile(
  deps: FileDeps & { pattern: ReferencePattern; input: NewFileInput },
): Promise<Checked<{ fileId: string; reference: string }>> {
  const { scope, audit, caller, now, pattern, input } = deps;
  const errors: FieldProblem[] = [];
  const title = checkTitle('title', input.title, errors);
  if (!isUuid(input.planNodeId)) errors.push({ field: 'planNodeId', text: fieldText.planNodeMissing });
  const allowed = writableDepartments(caller.viewer);
  if (!isUuid(input.departmentId) || (allowed && !allowed.includes(input.departmentId)))
    errors.push({ field: 'departmentId', text: fieldText.departmentMissing });
  const explicit = {
    confidentiality: checkConfidentiality('confidentiality', input.confidentiality ?? '', errors, true),
    retentionYears: checkRetention('retentionYears', input.retentionYears ?? '', errors, true),
    disposal: checkDisposal('disposal', input.disposal ?? '', errors, true),
  };
  if (errors.length > 0) return { ok: false, errors };
  const createdAt = now();

  try {
    return await scope(async (trx) => {
      const plan = createPlanRepository({ trx });
      const org = createOrgRepository({ trx });
      const node = await plan.findNode(input.planNodeId);
      if (!node) return { ok: false, errors: [{ field: 'planNodeId', text: fieldText.planNodeMissing }] };
      if (!(await plan.isUsable(node.id)))
        return { ok: false, errors: [{ field: 'planNodeId', text: fieldText.planNodeInactive }] };
      const department = await org.findDepartment(input.departmentId);
      if (!department)
        return { ok: false, errors: [{ field: 'departmentId', text: fieldText.departmentMissing }] };
      const responsibleStaffId = await resolveResponsible(
        caller,
        input.responsibleStaffId,
        department.id,
        org,
      );
      if (responsibleStaffId === false)
        return { ok: false, errors: [{ field: 'responsibleStaffId', text: fieldText.responsibleInvalid }] };

      const defaults = await plan.defaultsOf(node.id);
      const values = {
        confidentiality: explicit.confidentiality ?? defaults.confidentiality ?? 'internal',
        retentionYears: explicit.retentionYears ?? defaults.retentionYears,
        disposal: explicit.disposal ?? defaults.disposal,
      };
      // The plan gives no default and the person gave none: ask rather than invent a legal period.
      const missing: FieldProblem[] = [];
      if (values.retentionYears === null)
        missing.push({ field: 'retentionYears', text: fieldText.retentionInvalid });
      if (values.disposal === null) missing.push({ field: 'disposal', text: fieldText.disposalInvalid });
      if (missing.length > 0) return { ok: false, errors: missing };
      const facts = {
        departmentId: department.id,
        confidentiality: values.confidentiality,
        responsibleStaffId,
      };
      if (!maySee(caller.viewer, facts))
        return { ok: false, errors: [{ field: 'confidentiality', text: fieldText.wouldLoseAccess }] };

      const year = localYear(createdAt);
      const number = await nextReferenceNumber(trx, node.id, year);
      const reference = formatReference(pattern, {
        planCode: node.code,
        departmentNumber: department.number,
        year,
        number,
      });
      const fileId = await createFilesRepository({ trx }).insertFile({
        planNodeId: node.id,
        reference,
        title,
        departmentId: department.id,
        responsibleStaffId,
        confidentiality: values.confidentiality,
        retentionYears: values.retentionYears!,
        disposal: values.disposal!,
        createdBy: caller.actor.kind === 'staff' ? caller.actor.id : null,
        createdAt,
      });
      await audit.append(trx, {
        actor: recordsAuditActor(caller.actor, department.id),
        action: 'records.file_created',
        object: { type: 'file', id: fileId },
        summary: {
          reference,
          title,
          planCode: node.code,
          department: department.number,
          responsibleStaffId,
          ...values,
        },
      });
      return { ok: true, fileId, reference };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw recordsErrors.reference_taken();
    throw error;
  }
}

/** false: the named person does not work in the department. */
async function resolveResponsible(
  caller: RecordsCaller,
  requested: string | null | undefined,
  departmentId: string,
  org: ReturnType<typeof createOrgRepository>,
): Promise<string | null | false> {
  if (requested === undefined) {
    if (caller.actor.kind !== 'staff') return null;
    return (await org.worksIn(caller.actor.id, departmentId)) ? caller.actor.id : null;
  }
  if (requested === null || requested === '') return null;
  if (!isUuid(requested) || !(await org.worksIn(requested, departmentId))) return false;
  return requested;
}

export interface FileEditInput {
  title: string;
  departmentId: string;
  responsibleStaffId: string | null;
  confidentiality: string;
  retentionYears: string;
  disposal: string;
  rowVersion: number;
}

/**
 * Saves the metadata if nobody saved in between (records.stale_version otherwise). A new department
 * must be one where the person may keep files; the file's cases follow it.
 */
export async function editFile(
  deps: FileDeps & { fileId: string; input: FileEditInput },
): Promise<Checked<object>> {
  const { scope, audit, caller, fileId, input } = deps;
  const errors: FieldProblem[] = [];
  const title = checkTitle('title', input.title, errors);
  const confidentiality = checkConfidentiality('confidentiality', input.confidentiality, errors, false);
  const retentionYears = checkRetention('retentionYears', input.retentionYears, errors, false);
  const disposal = checkDisposal('disposal', input.disposal, errors, false);
  if (!isUuid(input.departmentId)) errors.push({ field: 'departmentId', text: fieldText.departmentMissing });
  return scope(async (trx) => {
    const files = createFilesRepository({ trx });
    const file = await files.findFile(fileId, 'update');
    if (!file || !maySee(caller.viewer, file)) throw recordsErrors.not_found();
    if (!mayChange(caller.viewer, file)) throw recordsErrors.not_allowed();
    if (file.status === 'closed') throw recordsErrors.file_closed();
    if (file.rowVersion !== input.rowVersion) throw recordsErrors.stale_version();
    if (errors.length > 0) return { ok: false, errors };
    const org = createOrgRepository({ trx });
    const allowed = writableDepartments(caller.viewer);
    const departmentChanged = input.departmentId !== file.departmentId;
    if (
      departmentChanged &&
      ((allowed && !allowed.includes(input.departmentId)) || !(await org.findDepartment(input.departmentId)))
    )
      return { ok: false, errors: [{ field: 'departmentId', text: fieldText.departmentMissing }] };
    const responsible = input.responsibleStaffId || null;
    if (responsible && (!isUuid(responsible) || !(await org.worksIn(responsible, input.departmentId))))
      return { ok: false, errors: [{ field: 'responsibleStaffId', text: fieldText.responsibleInvalid }] };
    const changes: FileChanges = {
      title,
      departmentId: input.departmentId,
      responsibleStaffId: responsible,
      confidentiality: confidentiality!,
      retentionYears: retentionYears!,
      disposal: disposal!,
    };
    if (!maySee(caller.viewer, changes))
      return { ok: false, errors: [{ field: 'confidentiality', text: fieldText.wouldLoseAccess }] };
    if (!(await files.updateFile(fileId, input.rowVersion, changes))) throw recordsErrors.stale_version();
    if (departmentChanged)
      await createCasesRepository({ trx }).setDepartmentOfFileCases(fileId, input.departmentId);
    const diff: Record<string, { from: unknown; to: unknown }> = {};
    for (const key of Object.keys(changes) as (keyof FileChanges)[])
      if (file[key] !== changes[key]) diff[key] = { from: file[key], to: changes[key] };
    await audit.append(trx, {
      actor: recordsAuditActor(caller.actor, file.departmentId),
      action: 'records.file_changed',
      object: { type: 'file', id: fileId },
      summary: { reference: file.reference, changes: diff },
    });
    return { ok: true };
  });
}

/** Closes a file whose cases are all closed; its retention clock starts at the end of this year. */
export async function closeFile(deps: FileDeps & { fileId: string }): Promise<{ retentionUntil: string }> {
  const { scope, audit, caller, now, fileId } = deps;
  return scope(async (trx) => {
    const files = createFilesRepository({ trx });
    const file = await files.findFile(fileId, 'update');
    if (!file || !maySee(caller.viewer, file)) throw recordsErrors.not_found();
    if (!mayChange(caller.viewer, file)) throw recordsErrors.not_allowed();
    if (file.status === 'closed') throw recordsErrors.file_already_closed();
    const openCases = await createCasesRepository({ trx }).countOpenCases(fileId);
    if (openCases > 0) throw recordsErrors.file_has_open_cases({ openCases });
    const closedAt = now();
    const until = retentionUntil(closedAt, file.retentionYears);
    await files.closeFile(fileId, closedAt, until);
    await audit.append(trx, {
      actor: recordsAuditActor(caller.actor, file.departmentId),
      action: 'records.file_closed',
      object: { type: 'file', id: fileId },
      summary: { reference: file.reference, retentionYears: file.retentionYears, retentionUntil: until },
    });
    return { retentionUntil: until };
  });
}

/** Only the Registratur reopens a closed file; its retention clock stops. */
export async function reopenFile(deps: FileDeps & { fileId: string }): Promise<void> {
  const { scope, audit, caller, fileId } = deps;
  await scope(async (trx) => {
    const files = createFilesRepository({ trx });
    const file = await files.findFile(fileId, 'update');
    if (!file || !maySee(caller.viewer, file)) throw recordsErrors.not_found();
    if (caller.viewer.kind !== 'staff' || !caller.viewer.recordsManager)
      throw recordsErrors.reopen_needs_records_manager();
    if (file.status !== 'closed') throw recordsErrors.file_not_closed();
    await files.reopenFile(fileId);
    await audit.append(trx, {
      actor: recordsAuditActor(caller.actor, file.departmentId),
      action: 'records.file_reopened',
      object: { type: 'file', id: fileId },
      summary: { reference: file.reference, retentionUntilWas: file.retentionUntil },
    });
  });
}
