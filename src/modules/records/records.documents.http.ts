// What every documents route needs first: the municipality, who asks, the use case dependencies, and
// the addresses of the documents pages.
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { BlobStore } from '../../platform/blobs/blob-store.ts';
import { platformErrors } from '../../platform/http/app-error.ts';
import type { JobQueue } from '../../platform/jobs/index.ts';
import type { AuditTrail } from '../audit/index.ts';
import { recordsActorOf, recordsCaller, staffActorOf, type RecordsCaller } from './records.core.actor.ts';
import type { DocumentsDeps } from './records.documents.usecases.ts';
import { defaultIngestSettings, type IngestSettings } from './records.ingest.ts';

export interface DocumentsOptions {
  db: Kysely<unknown>;
  blobs: BlobStore;
  jobs: JobQueue;
  audit: AuditTrail;
  now?: () => Date;
  /** From the records ingest configuration (records.ingest.config.ts); defaults otherwise. */
  ingest?: Partial<IngestSettings>;
}

export const documentPath = (documentId: string) => `/intern/dokumente/${documentId}`;
export const uploadPath = (caseId: string) => `/intern/vorgaenge/${caseId}/dokumente/neu`;
export const versionsPath = (documentId: string) => `${documentPath(documentId)}/versionen`;
export const metadataPath = (documentId: string) => `${documentPath(documentId)}/metadaten`;
export const coSignPath = (documentId: string) => `${documentPath(documentId)}/mitzeichnung`;
export const casePagePath = (caseId: string) => `/intern/vorgaenge/${caseId}`;
export const filePagePath = (fileId: string) => `/intern/akten/${fileId}`;

export function contentPath(
  documentId: string,
  version: number,
  options: { rendition?: boolean; download?: boolean } = {},
): string {
  const query = new URLSearchParams();
  if (options.rendition) query.set('darstellung', 'ocr');
  if (options.download) query.set('herunterladen', '1');
  const search = query.toString();
  return `${documentPath(documentId)}/versionen/${version}/inhalt${search ? `?${search}` : ''}`;
}

export const API_DOCUMENTS_PATH = '/api/v1/records/documents';
export const apiDocumentPath = (documentId: string) => `${API_DOCUMENTS_PATH}/${documentId}`;
export const apiContentPath = (documentId: string, version: number, rendition = false) =>
  `${apiDocumentPath(documentId)}/versions/${version}/content${rendition ? '?rendition=true' : ''}`;

/** Form actions carry the CSRF token in the query: a multipart body is read only after the check. */
export const withCsrf = (path: string, token: string) => `${path}?_csrf=${encodeURIComponent(token)}`;

export function createDocumentsHttp(options: DocumentsOptions) {
  const deps: DocumentsDeps = {
    db: options.db,
    blobs: options.blobs,
    jobs: options.jobs,
    audit: options.audit,
    now: options.now ?? (() => new Date()),
    settings: {
      ...defaultIngestSettings,
      ...options.ingest,
      sniff: { ...defaultIngestSettings.sniff, ...options.ingest?.sniff },
      pdf: { ...defaultIngestSettings.pdf, ...options.ingest?.pdf },
    },
  };
  return {
    deps,
    tenantOf(request: FastifyRequest): string {
      const tenant = request.ctx.tenant;
      if (!tenant) throw platformErrors.unknown_tenant();
      return tenant.id;
    },
    /** Pages: a signed-in person only (an API client that reaches a page gets 401). */
    pageCaller(request: FastifyRequest) {
      const actor = staffActorOf(request);
      return { ...recordsCaller(actor), actor };
    },
    apiCaller(request: FastifyRequest): RecordsCaller {
      return recordsCaller(recordsActorOf(request));
    },
  };
}

export type DocumentsHttp = ReturnType<typeof createDocumentsHttp>;

/** Version numbers arrive as path text (the policy test sends a uuid there): anything else is "not found". */
export function versionNumber(raw: string): number | undefined {
  if (!/^[1-9][0-9]{0,6}$/.test(raw)) return undefined;
  return Number(raw);
}
