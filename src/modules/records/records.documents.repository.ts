// SQL of documents and their versions (0012) inside a tenant scope. Visibility is the case's (its
// file's): use cases load the case through loadCaseForRead/loadCaseForChange before touching a document.
import { sql } from 'kysely';
import type { TenantTransaction } from '../../platform/db/tenant-scope.ts';
import type { DocumentsDb } from './records.ingest.tables.ts';
import { visibleWhere, type RecordsViewer } from './records.policies.ts';
import type { DocumentDirection, DocumentTextSource, DocumentTextStatus } from './records.tables.ts';

const scopeTenant = sql<string>`app_tenant_id()`;

export interface DocumentMetadata {
  title: string;
  documentType: string;
  direction: DocumentDirection;
  /** 'YYYY-MM-DD' or null. */
  receivedOn: string | null;
  sentOn: string | null;
  sender: string | null;
  tags: string[];
}

export interface NewVersion {
  documentId: string;
  version: number;
  sha256: string;
  byteSize: number;
  mediaType: string;
  fileName: string;
  createdBy: string | null;
  createdAt: Date;
  textStatus: DocumentTextStatus;
  pageCount: number | null;
}

export function createDocumentsRepository({ trx }: { trx: TenantTransaction<DocumentsDb> }) {
  return {
    async insertDocument(
      values: DocumentMetadata & { caseId: string; createdBy: string | null; createdAt: Date },
    ) {
      const row = await trx
        .insertInto('records_documents')
        .values({
          tenant_id: scopeTenant,
          case_id: values.caseId,
          title: values.title,
          document_type: values.documentType,
          direction: values.direction,
          received_on: values.receivedOn,
          sent_on: values.sentOn,
          sender: values.sender,
          tags: values.tags,
          current_version: 1,
          created_by: values.createdBy,
          created_at: values.createdAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async insertVersion(values: NewVersion) {
      await trx
        .insertInto('records_document_versions')
        .values({
          tenant_id: scopeTenant,
          document_id: values.documentId,
          version: values.version,
          content_sha256: values.sha256,
          byte_size: values.byteSize,
          media_type: values.mediaType,
          file_name: values.fileName,
          created_by: values.createdBy,
          created_at: values.createdAt,
          text_status: values.textStatus,
          page_count: values.pageCount,
        })
        .execute();
    },

    /** The text of a version; OCR replaces an earlier text layer (delete + insert renews extracted_at). */
    async saveText(documentId: string, version: number, source: DocumentTextSource, body: string) {
      await trx
        .deleteFrom('records_document_texts')
        .where('document_id', '=', documentId)
        .where('version', '=', version)
        .execute();
      await trx
        .insertInto('records_document_texts')
        .values({ tenant_id: scopeTenant, document_id: documentId, version, source, body })
        .execute();
    },

    /** The document row, locked against concurrent versions and edits until the transaction ends. */
    async lockDocument(documentId: string) {
      return trx
        .selectFrom('records_documents')
        .select(['id', 'case_id as caseId', 'current_version as currentVersion', 'row_version as rowVersion'])
        .where('id', '=', documentId)
        .forUpdate()
        .executeTakeFirst();
    },

    async setCurrentVersion(documentId: string, version: number) {
      await trx
        .updateTable('records_documents')
        .set({ current_version: version })
        .where('id', '=', documentId)
        .execute();
    },

    /** Optimistic concurrency: false when someone saved since `rowVersion` was read. */
    async updateMetadata(documentId: string, rowVersion: number, values: DocumentMetadata): Promise<boolean> {
      const result = await trx
        .updateTable('records_documents')
        .set({
          title: values.title,
          document_type: values.documentType,
          direction: values.direction,
          received_on: values.receivedOn,
          sent_on: values.sentOn,
          sender: values.sender,
          tags: values.tags,
          row_version: sql<number>`row_version + 1`,
        })
        .where('id', '=', documentId)
        .where('row_version', '=', rowVersion)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async findDocument(documentId: string) {
      return trx
        .selectFrom('records_documents as d')
        .leftJoin('identity_staff as s', 's.id', 'd.created_by')
        .select([
          'd.id',
          'd.case_id as caseId',
          'd.title',
          'd.document_type as documentType',
          'd.direction',
          sql<string | null>`to_char(d.received_on, 'YYYY-MM-DD')`.as('receivedOn'),
          sql<string | null>`to_char(d.sent_on, 'YYYY-MM-DD')`.as('sentOn'),
          'd.sender',
          'd.tags',
          'd.current_version as currentVersion',
          'd.row_version as rowVersion',
          'd.created_at as createdAt',
          's.display_name as createdByName',
        ])
        .where('d.id', '=', documentId)
        .executeTakeFirst();
    },

    /** Newest first; a document rarely has more than a handful, the cap keeps a pathological one cheap. */
    async listVersions(documentId: string, limit = 200) {
      const rows = await trx
        .selectFrom('records_document_versions as v')
        .leftJoin('identity_staff as s', 's.id', 'v.created_by')
        .select([
          'v.version',
          'v.content_sha256 as sha256',
          'v.byte_size as byteSize',
          'v.media_type as mediaType',
          'v.file_name as fileName',
          'v.created_at as createdAt',
          's.display_name as createdByName',
          'v.text_status as textStatus',
          'v.text_error as textError',
          'v.rendition_sha256 as renditionSha256',
          'v.page_count as pageCount',
          'v.frozen_at as frozenAt',
        ])
        .where('v.document_id', '=', documentId)
        .orderBy('v.version', 'desc')
        .limit(limit)
        .execute();
      return rows.map((row) => ({ ...row, byteSize: Number(row.byteSize) }));
    },

    async findVersion(documentId: string, version: number) {
      const row = await trx
        .selectFrom('records_document_versions')
        .select([
          'version',
          'content_sha256 as sha256',
          'byte_size as byteSize',
          'media_type as mediaType',
          'file_name as fileName',
          'text_status as textStatus',
          'rendition_sha256 as renditionSha256',
          'page_count as pageCount',
        ])
        .where('document_id', '=', documentId)
        .where('version', '=', version)
        .executeTakeFirst();
      return row ? { ...row, byteSize: Number(row.byteSize) } : undefined;
    },

    /**
     * Where else this content lies in the municipality — only places the viewer may see (in SQL, so an
     * invisible file is never even loaded).
     */
    async findContentElsewhere(viewer: RecordsViewer, sha256: string, exceptDocumentId: string, limit = 5) {
      return trx
        .selectFrom('records_document_versions as v')
        .innerJoin('records_documents as d', 'd.id', 'v.document_id')
        .innerJoin('records_cases as c', 'c.id', 'd.case_id')
        .innerJoin('records_files as f', 'f.id', 'c.file_id')
        .select([
          'd.id as documentId',
          'd.title as documentTitle',
          'v.version',
          'c.id as caseId',
          'c.number as caseNumber',
          'c.title as caseTitle',
          'f.id as fileId',
          'f.reference as fileReference',
          'f.title as fileTitle',
        ])
        .where('v.content_sha256', '=', sha256)
        .where('v.document_id', '<>', exceptDocumentId)
        .where(
          visibleWhere(viewer, {
            departmentId: 'f.department_id',
            confidentiality: 'f.confidentiality',
            responsibleStaffId: 'f.responsible_staff_id',
          }),
        )
        .orderBy('d.created_at')
        .orderBy('d.id')
        .limit(limit)
        .execute();
    },

    async setTextStatus(
      documentId: string,
      version: number,
      status: DocumentTextStatus,
      error: string | null = null,
    ) {
      await trx
        .updateTable('records_document_versions')
        .set({ text_status: status, text_error: error })
        .where('document_id', '=', documentId)
        .where('version', '=', version)
        .execute();
    },

    async setRendition(
      documentId: string,
      version: number,
      renditionSha256: string,
      pageCount: number | null,
    ) {
      await trx
        .updateTable('records_document_versions')
        .set({
          rendition_sha256: renditionSha256,
          text_status: 'ocr_done',
          text_error: null,
          ...(pageCount === null ? {} : { page_count: pageCount }),
        })
        .where('document_id', '=', documentId)
        .where('version', '=', version)
        .execute();
    },
  };
}

export type DocumentsRepository = ReturnType<typeof createDocumentsRepository>;
