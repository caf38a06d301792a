// Intake from the online services: an application becomes a case in the responsible department's
// collective file (Sammelakte, one per service, department and year), with its documents, inside the
// caller's transaction — so the portal stores the submission and the E-Akte its case in ONE commit, or
// neither. The content is already in the blob store (put by the caller before the transaction); the
// version rows reference it (records_blob_refs follows by trigger). No viewer check here: the portal has
// decided that the citizen may submit; the audit trail names the citizen (or the staff member) as actor.
import { sql } from 'kysely';
import type { TenantTransaction } from '../../platform/db/tenant-scope.ts';
import type { JobQueue } from '../../platform/jobs/index.ts';
import type { AuditEvent, AuditTrail } from '../audit/index.ts';
import { createCasesRepository } from './records.cases.repository.ts';
import { createDocumentsRepository } from './records.documents.repository.ts';
import { recordsErrors } from './records.errors.ts';
import { createOrgRepository } from './records.core.org.repository.ts';
import { createFilesRepository } from './records.files.repository.ts';
import type { DocumentsDb } from './records.ingest.tables.ts';
import { enqueueOcr } from './records.ocr.ts';
import { createPlanRepository } from './records.plan.repository.ts';
import {
  formatReference,
  localYear,
  nextReferenceNumber,
  type ReferencePattern,
} from './records.reference.ts';
import type { DocumentDirection, DocumentTextStatus, RecordsDb } from './records.tables.ts';

export interface IntakeDocument {
  title: string;
  documentType: string;
  direction: DocumentDirection;
  receivedOn?: string | null;
  sentOn?: string | null;
  sender?: string | null;
  sha256: string;
  byteSize: number;
  mediaType: string;
  fileName: string;
  pageCount?: number | null;
  /** Known text (our own PDF's content, an upload's text layer); else OCR when `textStatus` asks for it. */
  text?: string | null;
  textStatus: DocumentTextStatus;
}

export interface OpenCaseInput {
  planCode: string;
  departmentId: string;
  /** The collective file's title without the year, e.g. "Bewohnerparkausweise". */
  fileTitle: string;
  caseTitle: string;
  actor: AuditEvent['actor'];
  documents: IntakeDocument[];
}

export interface OpenedCase {
  fileId: string;
  fileReference: string;
  caseId: string;
  caseNumber: number;
  documentIds: string[];
}

export interface RecordsIntake {
  openCase(trx: TenantTransaction<unknown>, input: OpenCaseInput): Promise<OpenedCase>;
  addDocuments(
    trx: TenantTransaction<unknown>,
    input: { caseId: string; actor: AuditEvent['actor']; documents: IntakeDocument[] },
  ): Promise<string[]>;
}

type Trx = TenantTransaction<RecordsDb & DocumentsDb>;

export function createRecordsIntake(deps: {
  audit: AuditTrail;
  jobs: JobQueue;
  now: () => Date;
  pattern: ReferencePattern;
}): RecordsIntake {
  async function collectiveFile(trx: Trx, input: OpenCaseInput, at: Date) {
    const plan = createPlanRepository({ trx });
    const node = await plan.findNodeByCode(input.planCode);
    if (!node || !(await plan.isUsable(node.id))) throw recordsErrors.intake_plan_missing();
    const year = localYear(at);
    const title = `${input.fileTitle} ${year}`;
    // One collective file per title, department and year, even when two submissions arrive at once.
    await sql`select pg_advisory_xact_lock(hashtext(${`records.intake:${node.id}:${input.departmentId}:${title}`}))`.execute(
      trx,
    );
    const existing = await trx
      .selectFrom('records_files')
      .select(['id', 'reference'])
      .where('plan_node_id', '=', node.id)
      .where('department_id', '=', input.departmentId)
      .where('title', '=', title)
      .where('status', '=', 'open')
      .orderBy('created_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (existing) return { fileId: existing.id, reference: existing.reference };
    const defaults = await plan.defaultsOf(node.id);
    if (defaults.retentionYears === null || defaults.disposal === null)
      throw recordsErrors.intake_plan_missing();
    const department = await createOrgRepository({ trx }).findDepartment(input.departmentId);
    if (!department) throw recordsErrors.intake_plan_missing();
    const number = await nextReferenceNumber(trx, node.id, year);
    const reference = formatReference(deps.pattern, {
      planCode: node.code,
      departmentNumber: department.number,
      year,
      number,
    });
    const fileId = await createFilesRepository({ trx }).insertFile({
      planNodeId: node.id,
      reference,
      title,
      departmentId: input.departmentId,
      responsibleStaffId: null,
      // Applications hold personal data: internal to the department unless the plan says stricter.
      confidentiality: defaults.confidentiality === 'confidential' ? 'confidential' : 'internal',
      retentionYears: defaults.retentionYears,
      disposal: defaults.disposal,
      createdBy: null,
      createdAt: at,
    });
    await deps.audit.append(trx as TenantTransaction<unknown>, {
      actor: input.actor,
      action: 'records.file_created',
      object: { type: 'file', id: fileId },
      summary: { reference, title, planCode: node.code, intake: true },
    });
    return { fileId, reference };
  }

  async function addDocuments(
    trx: Trx,
    caseId: string,
    actor: AuditEvent['actor'],
    documents: IntakeDocument[],
    at: Date,
  ): Promise<string[]> {
    const repository = createDocumentsRepository({ trx });
    const ids: string[] = [];
    const tenant = await sql<{ id: string }>`select app_tenant_id() as id`.execute(trx);
    const tenantId = tenant.rows[0]!.id;
    for (const document of documents) {
      const documentId = await repository.insertDocument({
        title: document.title,
        documentType: document.documentType,
        direction: document.direction,
        receivedOn: document.receivedOn ?? null,
        sentOn: document.sentOn ?? null,
        sender: document.sender ?? null,
        tags: [],
        caseId,
        createdBy: null,
        createdAt: at,
      });
      await repository.insertVersion({
        documentId,
        version: 1,
        sha256: document.sha256,
        byteSize: document.byteSize,
        mediaType: document.mediaType,
        fileName: document.fileName,
        createdBy: null,
        createdAt: at,
        textStatus: document.textStatus,
        pageCount: document.pageCount ?? null,
      });
      if (document.text) await repository.saveText(documentId, 1, 'text_layer', document.text);
      if (document.textStatus === 'ocr_pending')
        await enqueueOcr(deps.jobs, trx, { tenantId, documentId, version: 1 });
      await deps.audit.append(trx as TenantTransaction<unknown>, {
        actor,
        action: 'records.document_added',
        object: { type: 'document', id: documentId },
        summary: { caseId, title: document.title, fileName: document.fileName, sha256: document.sha256 },
      });
      ids.push(documentId);
    }
    return ids;
  }

  return {
    async openCase(outer, input) {
      const trx = outer as unknown as Trx;
      const at = deps.now();
      const file = await collectiveFile(trx, input, at);
      const cases = createCasesRepository({ trx });
      const number = await cases.nextCaseNumber(file.fileId);
      const caseId = await cases.insertCase({
        fileId: file.fileId,
        number,
        title: input.caseTitle,
        departmentId: input.departmentId,
        responsibleStaffId: null,
        createdBy: null,
        createdAt: at,
      });
      await deps.audit.append(trx as TenantTransaction<unknown>, {
        actor: input.actor,
        action: 'records.case_created',
        object: { type: 'case', id: caseId },
        summary: { fileId: file.fileId, fileReference: file.reference, number, title: input.caseTitle },
      });
      const documentIds = await addDocuments(trx, caseId, input.actor, input.documents, at);
      return { fileId: file.fileId, fileReference: file.reference, caseId, caseNumber: number, documentIds };
    },

    async addDocuments(outer, input) {
      const trx = outer as unknown as Trx;
      const open = await trx
        .selectFrom('records_cases')
        .innerJoin('records_files', 'records_files.id', 'records_cases.file_id')
        .select(['records_cases.status as caseStatus', 'records_files.status as fileStatus'])
        .where('records_cases.id', '=', input.caseId)
        .forShare()
        .executeTakeFirst();
      if (!open) throw recordsErrors.not_found();
      if (open.fileStatus === 'closed') throw recordsErrors.file_closed();
      return addDocuments(trx, input.caseId, input.actor, input.documents, deps.now());
    },
  };
}
