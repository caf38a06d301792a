// Cases (Vorgänge): created inside an open file with the file's next number, closed and reopened, and
// moved to another file (both files changeable by the person, the target open). Every change is audited;
// a move on the case and on both files, so each file's history shows what left and what came.
import { decodeTimeIdCursor, pageSize, toPage } from '../../platform/db/keyset.ts';
import { createCaseReadRepository, type CaseListFilter } from './records.cases.read.repository.ts';
import { createCasesRepository, loadCaseForChange, loadCaseForRead } from './records.cases.repository.ts';
import { recordsAuditActor } from './records.core.actor.ts';
import { checkTitle, isUuid, type Checked, type FieldProblem } from './records.core.fields.ts';
import { createOrgRepository } from './records.core.org.repository.ts';
import { recordsErrors } from './records.errors.ts';
import { DEFAULT_PAGE_SIZE } from './records.files.queries.ts';
import { createFilesRepository } from './records.files.repository.ts';
import type { FileDeps } from './records.files.usecases.ts';
import { fieldText } from './records.messages.ts';
import { mayChange, maySee, type RecordsViewer } from './records.policies.ts';
import type { RecordsScope } from './records.plan.usecases.ts';

export async function createCase(
  deps: FileDeps & { fileId: string; title: string; responsibleStaffId?: string | null | undefined },
): Promise<Checked<{ caseId: string; number: number }>> {
  const { scope, audit, caller, now, fileId } = deps;
  const errors: FieldProblem[] = [];
  const title = checkTitle('title', deps.title, errors);
  return scope(async (trx) => {
    const files = createFilesRepository({ trx });
    // A share lock: cases may be added side by side, but the file cannot be closed meanwhile.
    const file = await files.findFile(fileId, 'share');
    if (!file || !maySee(caller.viewer, file)) throw recordsErrors.not_found();
    if (!mayChange(caller.viewer, file)) throw recordsErrors.not_allowed();
    if (file.status === 'closed') throw recordsErrors.file_closed();
    if (errors.length > 0) return { ok: false, errors };
    const org = createOrgRepository({ trx });
    // The person in charge: as asked; else whoever creates it, if they work in the department; else the file's.
    let responsibleStaffId: string | null;
    if (deps.responsibleStaffId === undefined)
      responsibleStaffId =
        caller.actor.kind === 'staff' && (await org.worksIn(caller.actor.id, file.departmentId))
          ? caller.actor.id
          : file.responsibleStaffId;
    else if (!deps.responsibleStaffId) responsibleStaffId = null;
    else if (
      isUuid(deps.responsibleStaffId) &&
      (await org.worksIn(deps.responsibleStaffId, file.departmentId))
    )
      responsibleStaffId = deps.responsibleStaffId;
    else return { ok: false, errors: [{ field: 'responsibleStaffId', text: fieldText.responsibleInvalid }] };

    const cases = createCasesRepository({ trx });
    const number = await cases.nextCaseNumber(fileId);
    const caseId = await cases.insertCase({
      fileId,
      number,
      title,
      departmentId: file.departmentId,
      responsibleStaffId,
      createdBy: caller.actor.kind === 'staff' ? caller.actor.id : null,
      createdAt: now(),
    });
    await audit.append(trx, {
      actor: recordsAuditActor(caller.actor, file.departmentId),
      action: 'records.case_created',
      object: { type: 'case', id: caseId },
      summary: { fileId, fileReference: file.reference, number, title, responsibleStaffId },
    });
    return { ok: true, caseId, number };
  });
}

/** Closes (status closed) or reopens a case of an open file. */
export async function setCaseClosed(deps: FileDeps & { caseId: string; closed: boolean }): Promise<void> {
  const { scope, audit, caller, now, caseId, closed } = deps;
  await scope(async (trx) => {
    const loaded = await loadCaseForChange(trx, caller.viewer, caseId, {
      lock: 'update',
      allowClosedCase: true,
    });
    if (closed && loaded.case.status === 'closed') throw recordsErrors.case_already_closed();
    if (!closed && loaded.case.status === 'open') throw recordsErrors.case_not_closed();
    await createCasesRepository({ trx }).setStatus(caseId, closed ? 'closed' : 'open', now());
    await audit.append(trx, {
      actor: recordsAuditActor(caller.actor, loaded.file.departmentId),
      action: closed ? 'records.case_closed' : 'records.case_reopened',
      object: { type: 'case', id: caseId },
      summary: { fileId: loaded.file.id, fileReference: loaded.file.reference, number: loaded.case.number },
    });
  });
}

type MoveTarget = { fileId: string } | { reference: string };

/**
 * Moves a case (open or closed) out of an open file into another open file. The case keeps its number;
 * department and person in charge follow the target file unless the person also works there.
 */
export async function moveCase(
  deps: Omit<FileDeps, 'now'> & { caseId: string; target: MoveTarget },
): Promise<Checked<{ fileId: string }>> {
  const { scope, audit, caller, caseId, target } = deps;
  return scope(async (trx) => {
    const loaded = await loadCaseForChange(trx, caller.viewer, caseId, {
      lock: 'update',
      allowClosedCase: true,
    });
    const files = createFilesRepository({ trx });
    const targetId =
      'fileId' in target
        ? isUuid(target.fileId)
          ? target.fileId
          : undefined
        : await files.findFileIdByReference(target.reference.trim());
    const targetFile = targetId ? await files.findFile(targetId, 'share') : undefined;
    if (!targetFile || !maySee(caller.viewer, targetFile)) {
      if ('fileId' in target) throw recordsErrors.not_found();
      return { ok: false, errors: [{ field: 'reference', text: fieldText.referenceUnknown }] };
    }
    if (targetFile.id === loaded.file.id) throw recordsErrors.move_to_same_file();
    if (!mayChange(caller.viewer, targetFile)) throw recordsErrors.not_allowed();
    if (targetFile.status === 'closed') throw recordsErrors.file_closed();

    const responsible = loaded.case.responsibleStaffId;
    const keepsPerson =
      responsible !== null &&
      (await createOrgRepository({ trx }).worksIn(responsible, targetFile.departmentId));
    await createCasesRepository({ trx }).moveCase(caseId, {
      fileId: targetFile.id,
      departmentId: targetFile.departmentId,
      responsibleStaffId: keepsPerson ? responsible : targetFile.responsibleStaffId,
    });
    const actor = recordsAuditActor(caller.actor, loaded.file.departmentId);
    const move = {
      caseId,
      number: loaded.case.number,
      fromFileId: loaded.file.id,
      fromReference: loaded.file.reference,
      toFileId: targetFile.id,
      toReference: targetFile.reference,
    };
    await audit.append(trx, {
      actor,
      action: 'records.case_moved',
      object: { type: 'case', id: caseId },
      summary: move,
    });
    await audit.append(trx, {
      actor,
      action: 'records.case_moved_out',
      object: { type: 'file', id: loaded.file.id },
      summary: move,
    });
    await audit.append(trx, {
      actor: recordsAuditActor(caller.actor, targetFile.departmentId),
      action: 'records.case_moved_in',
      object: { type: 'file', id: targetFile.id },
      summary: move,
    });
    return { ok: true, fileId: targetFile.id };
  });
}

/** One page of the cases the viewer may see, newest first (exported for the benchmarks). */
export async function listCases({
  scope,
  viewer,
  filter = {},
  cursor,
  limit = DEFAULT_PAGE_SIZE,
}: {
  scope: RecordsScope;
  viewer: RecordsViewer;
  filter?: CaseListFilter;
  cursor?: string | undefined;
  limit?: number;
}) {
  const size = pageSize(limit);
  const after = cursor ? decodeTimeIdCursor(cursor) : undefined;
  const rows = await scope((trx) =>
    createCaseReadRepository({ trx }).listCases(viewer, filter, after, size + 1),
  );
  return toPage(rows, size, (row) => ({ at: row.createdAt, id: row.id }));
}

export const CASE_DOCUMENTS_SHOWN = 200;

/** A case with its names and documents (no content); records.not_found if invisible. */
export async function describeCase({
  scope,
  viewer,
  caseId,
}: {
  scope: RecordsScope;
  viewer: RecordsViewer;
  caseId: string;
}) {
  return scope(async (trx) => {
    const loaded = await loadCaseForRead(trx, viewer, caseId);
    const cases = createCaseReadRepository({ trx });
    const names = await cases.findCaseDetails(caseId);
    const documents = await cases.listDocuments(caseId, CASE_DOCUMENTS_SHOWN + 1);
    return {
      ...loaded,
      details: names!,
      documents: documents.slice(0, CASE_DOCUMENTS_SHOWN),
      moreDocuments: documents.length > CASE_DOCUMENTS_SHOWN,
    };
  });
}
