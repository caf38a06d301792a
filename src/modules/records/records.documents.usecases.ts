// Filing documents and new versions, and editing their metadata. Each upload is committed completely
// or not at all: the content is checked and written to the blob store first (under a claim), then one
// transaction inserts document, version, text, the OCR job and the audit entry and releases the claim.
import type { Kysely } from 'kysely';
import type { BlobStore } from '../../platform/blobs/blob-store.ts';
import { withTenant, type TenantTransaction } from '../../platform/db/tenant-scope.ts';
import type { JobQueue } from '../../platform/jobs/index.ts';
import type { AuditTrail } from '../audit/index.ts';
import { loadCaseForChange, loadCaseForRead, type LoadedCase } from './records.cases.repository.ts';
import { recordsAuditActor, type RecordsCaller } from './records.core.actor.ts';
import { createDocumentsRepository, type DocumentMetadata } from './records.documents.repository.ts';
import type { FieldError } from './records.documents.schemas.ts';
import { recordsErrors } from './records.errors.ts';
import { abandonClaim, claimAndStoreBlob, releaseClaim } from './records.ingest.blobs.ts';
import { inspectStaged, type IngestSettings, type StagedFile } from './records.ingest.ts';
import type { DocumentsDb } from './records.ingest.tables.ts';
import { scheduleBlobSweep } from './records.ingest.sweep.ts';
import { enqueueOcr } from './records.ocr.ts';
import type { DocumentTextStatus } from './records.tables.ts';

export interface DocumentsDeps {
  db: Kysely<unknown>;
  blobs: BlobStore;
  jobs: JobQueue;
  audit: AuditTrail;
  now: () => Date;
  settings: IngestSettings;
}

type Trx = TenantTransaction<DocumentsDb>;

const scoped = <T>(deps: DocumentsDeps, tenantId: string, work: (trx: Trx) => Promise<T>) =>
  withTenant(deps.db as Kysely<DocumentsDb>, tenantId, work);

/** A place the same content already lies (only places the person may see). */
export interface ContentPlace {
  documentId: string;
  documentTitle: string;
  version: number;
  caseId: string;
  caseNumber: number;
  caseTitle: string;
  fileId: string;
  fileReference: string;
  fileTitle: string;
}

export interface FiledContent {
  documentId: string;
  version: number;
  fileName: string;
  textStatus: DocumentTextStatus;
  duplicates: ContentPlace[];
}

/**
 * Checked before a single byte of an upload is read: the case exists, the person may see it and add to
 * it, and its file and the case are open. Throws records.not_found / not_allowed / file_closed / case_closed.
 */
export async function loadUploadTarget(
  deps: DocumentsDeps,
  tenantId: string,
  caller: RecordsCaller,
  caseId: string,
) {
  return scoped(deps, tenantId, (trx) => loadCaseForChange(trx, caller.viewer, caseId));
}

export async function loadCaseForUploadPage(
  deps: DocumentsDeps,
  tenantId: string,
  caller: RecordsCaller,
  caseId: string,
) {
  return scoped(deps, tenantId, (trx) => loadCaseForRead(trx, caller.viewer, caseId));
}

/** The same checks for a new version: the document's case must take changes. */
export async function loadVersionTarget(
  deps: DocumentsDeps,
  tenantId: string,
  caller: RecordsCaller,
  documentId: string,
) {
  return scoped(deps, tenantId, async (trx) => {
    const document = await createDocumentsRepository({ trx }).findDocument(documentId);
    if (!document) throw recordsErrors.not_found();
    const loaded = await loadCaseForChange(trx, caller.viewer, document.caseId);
    return { document, loaded };
  });
}

/**
 * Writes the checked content under a claim, runs `record` in one transaction, and releases the claim
 * there. If anything fails after the blob was written, the claim is dropped and the blob deleted when
 * nothing else uses it (a crash in between is left to collectUnreferencedBlobs).
 */
async function storeAndRecord<T>(
  deps: DocumentsDeps,
  tenantId: string,
  staged: StagedFile,
  record: (trx: Trx) => Promise<T>,
): Promise<T> {
  // Before the claim: should we die between claim and commit, the cleanup is already queued.
  await scheduleBlobSweep(deps.jobs, deps.now());
  const claimId = await claimAndStoreBlob({
    db: deps.db,
    blobs: deps.blobs,
    tenantId,
    sha256: staged.sha256,
    sourcePath: staged.path,
  });
  try {
    return await scoped(deps, tenantId, async (trx) => {
      const result = await record(trx);
      await releaseClaim<DocumentsDb>(trx, claimId);
      return result;
    });
  } catch (error) {
    await abandonClaim({ db: deps.db, blobs: deps.blobs, tenantId, claimId, sha256: staged.sha256 });
    throw error;
  }
}

/** Files one uploaded file as a new document of the case (version 1). Refusals are thrown as ingest errors. */
export async function addDocument(
  deps: DocumentsDeps,
  input: {
    tenantId: string;
    caller: RecordsCaller;
    caseId: string;
    staged: StagedFile;
    fileName: string;
    metadata: DocumentMetadata;
  },
): Promise<FiledContent> {
  const { tenantId, caller, staged, fileName, metadata } = input;
  const inspected = await inspectStaged(staged, deps.settings);
  return storeAndRecord(deps, tenantId, staged, async (trx) => {
    // Checked again inside the transaction, with a share lock: the file cannot close underneath us.
    const loaded = await loadCaseForChange(trx, caller.viewer, input.caseId);
    const repository = createDocumentsRepository({ trx });
    const at = deps.now();
    const createdBy = caller.actor.kind === 'staff' ? caller.actor.id : null;
    const documentId = await repository.insertDocument({
      ...metadata,
      caseId: input.caseId,
      createdBy,
      createdAt: at,
    });
    await repository.insertVersion({
      documentId,
      version: 1,
      sha256: staged.sha256,
      byteSize: staged.size,
      mediaType: inspected.mediaType,
      fileName,
      createdBy,
      createdAt: at,
      textStatus: inspected.textStatus,
      pageCount: inspected.pageCount,
    });
    if (inspected.text) await repository.saveText(documentId, 1, inspected.text.source, inspected.text.body);
    if (inspected.textStatus === 'ocr_pending')
      await enqueueOcr(deps.jobs, trx, { tenantId, documentId, version: 1 });
    const duplicates = await repository.findContentElsewhere(caller.viewer, staged.sha256, documentId);
    await deps.audit.append<DocumentsDb>(trx, {
      actor: recordsAuditActor(caller.actor, loaded.file.departmentId),
      action: 'records.document_added',
      object: { type: 'document', id: documentId },
      summary: {
        caseId: input.caseId,
        fileReference: loaded.file.reference,
        title: metadata.title,
        documentType: metadata.documentType,
        version: 1,
        fileName,
        mediaType: inspected.mediaType,
        byteSize: staged.size,
        sha256: staged.sha256,
        ...(duplicates.length > 0 ? { sameContentAs: duplicates.map((place) => place.documentId) } : {}),
      },
    });
    return { documentId, version: 1, fileName, textStatus: inspected.textStatus, duplicates };
  });
}

/** Files an upload as the next version of a document; earlier versions stay as they are. */
export async function addVersion(
  deps: DocumentsDeps,
  input: {
    tenantId: string;
    caller: RecordsCaller;
    documentId: string;
    staged: StagedFile;
    fileName: string;
  },
): Promise<FiledContent> {
  const { tenantId, caller, staged, fileName, documentId } = input;
  const inspected = await inspectStaged(staged, deps.settings);
  return storeAndRecord(deps, tenantId, staged, async (trx) => {
    const repository = createDocumentsRepository({ trx });
    // The document row is locked first, so two uploads at once get consecutive numbers.
    const document = await repository.lockDocument(documentId);
    if (!document) throw recordsErrors.not_found();
    const loaded = await loadCaseForChange(trx, caller.viewer, document.caseId);
    const version = document.currentVersion + 1;
    const at = deps.now();
    const createdBy = caller.actor.kind === 'staff' ? caller.actor.id : null;
    await repository.insertVersion({
      documentId,
      version,
      sha256: staged.sha256,
      byteSize: staged.size,
      mediaType: inspected.mediaType,
      fileName,
      createdBy,
      createdAt: at,
      textStatus: inspected.textStatus,
      pageCount: inspected.pageCount,
    });
    await repository.setCurrentVersion(documentId, version);
    if (inspected.text)
      await repository.saveText(documentId, version, inspected.text.source, inspected.text.body);
    if (inspected.textStatus === 'ocr_pending')
      await enqueueOcr(deps.jobs, trx, { tenantId, documentId, version });
    const duplicates = await repository.findContentElsewhere(caller.viewer, staged.sha256, documentId);
    await deps.audit.append<DocumentsDb>(trx, {
      actor: recordsAuditActor(caller.actor, loaded.file.departmentId),
      action: 'records.document_version_added',
      object: { type: 'document', id: documentId },
      summary: {
        version,
        fileName,
        mediaType: inspected.mediaType,
        byteSize: staged.size,
        sha256: staged.sha256,
      },
    });
    return { documentId, version, fileName, textStatus: inspected.textStatus, duplicates };
  });
}

/**
 * Saves edited metadata if nobody saved in between (`rowVersion` is what the form was built from).
 * Returns the changed fields; throws records.stale_version on a conflict.
 */
export async function changeMetadata(
  deps: DocumentsDeps,
  input: {
    tenantId: string;
    caller: RecordsCaller;
    documentId: string;
    rowVersion: number;
    read: (current: DocumentMetadata) => { metadata: DocumentMetadata; errors: FieldError[] };
  },
): Promise<
  { ok: true; changed: string[] } | { ok: false; errors: FieldError[]; metadata: DocumentMetadata }
> {
  return scoped(deps, input.tenantId, async (trx) => {
    const repository = createDocumentsRepository({ trx });
    const document = await repository.lockDocument(input.documentId);
    if (!document) throw recordsErrors.not_found();
    const loaded = await loadCaseForChange(trx, input.caller.viewer, document.caseId, {
      allowClosedCase: true,
    });
    const current = await repository.findDocument(input.documentId);
    if (!current) throw recordsErrors.not_found();
    const before: DocumentMetadata = {
      title: current.title,
      documentType: current.documentType,
      direction: current.direction,
      receivedOn: current.receivedOn,
      sentOn: current.sentOn,
      sender: current.sender,
      tags: current.tags,
    };
    const { metadata, errors } = input.read(before);
    if (errors.length > 0) return { ok: false as const, errors, metadata };
    if (document.rowVersion !== input.rowVersion) throw recordsErrors.stale_version();
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const key of Object.keys(metadata) as (keyof DocumentMetadata)[]) {
      if (JSON.stringify(before[key]) !== JSON.stringify(metadata[key]))
        changes[key] = { from: before[key], to: metadata[key] };
    }
    if (Object.keys(changes).length === 0) return { ok: true as const, changed: [] };
    if (!(await repository.updateMetadata(input.documentId, input.rowVersion, metadata)))
      throw recordsErrors.stale_version();
    await deps.audit.append<DocumentsDb>(trx, {
      actor: recordsAuditActor(input.caller.actor, loaded.file.departmentId),
      action: 'records.document_metadata_changed',
      object: { type: 'document', id: input.documentId },
      summary: { changes },
    });
    return { ok: true as const, changed: Object.keys(changes) };
  });
}

/** A document for reading (viewer, API): throws records.not_found when unknown or invisible. */
export async function loadDocument(trx: Trx, caller: RecordsCaller, documentId: string) {
  const repository = createDocumentsRepository({ trx });
  const document = await repository.findDocument(documentId);
  if (!document) throw recordsErrors.not_found();
  const loaded: LoadedCase = await loadCaseForRead(trx, caller.viewer, document.caseId);
  return { document, loaded, repository };
}
