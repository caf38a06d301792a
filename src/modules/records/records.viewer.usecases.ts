// What the document viewer shows: the document, the chosen version (original or OCR rendition), all
// versions, where else the same content lies, the OCR job's state, and — for those who may read the
// audit trail — the document's audit entries. And the content itself, for the inline preview and downloads.
import type { Kysely } from 'kysely';
import type { Readable } from 'node:stream';
import { tenantScope, withTenant } from '../../platform/db/tenant-scope.ts';
import { hasPermission, type StaffActor } from '../access/index.ts';
import { listAuditEntries, type AuditEntryView, type AuditTables } from '../audit/index.ts';
import type { RecordsCaller } from './records.core.actor.ts';
import { loadDocument, type DocumentsDeps } from './records.documents.usecases.ts';
import { recordsErrors } from './records.errors.ts';
import type { DocumentsDb } from './records.ingest.tables.ts';
import { findOcrProgress, type OcrProgress } from './records.ocr.ts';

export async function describeDocument(
  deps: DocumentsDeps,
  input: { tenantId: string; caller: RecordsCaller; documentId: string; version?: number | undefined },
) {
  const data = await withTenant(deps.db as Kysely<DocumentsDb>, input.tenantId, async (trx) => {
    const { document, loaded, repository } = await loadDocument(trx, input.caller, input.documentId);
    const versions = await repository.listVersions(input.documentId);
    const shown = versions.find((version) => version.version === (input.version ?? document.currentVersion));
    if (!shown) throw recordsErrors.not_found();
    const duplicates = await repository.findContentElsewhere(
      input.caller.viewer,
      shown.sha256,
      input.documentId,
    );
    let ocr: OcrProgress | undefined;
    if (shown.textStatus === 'ocr_pending' || shown.textStatus === 'ocr_running')
      ocr = await findOcrProgress(trx, input.tenantId, {
        documentId: input.documentId,
        version: shown.version,
      });
    // Names of the people in the trail are looked up here, where the E-Akte may read identity_staff.
    return { document, loaded, versions, shown, duplicates, ocr };
  });
  const actor = input.caller.actor;
  let audit: { entries: AuditEntryView[]; names: Map<string, string> } | undefined;
  if (actor.kind === 'staff' && hasPermission(actor as StaffActor, 'audit.read')) {
    const { entries } = await listAuditEntries({
      scope: tenantScope(deps.db as Kysely<AuditTables>, input.tenantId),
      filter: { objectType: 'document', objectId: input.documentId },
      limit: 50,
    });
    audit = { entries, names: await staffNames(deps, input.tenantId, entries) };
  }
  return { ...data, audit };
}

async function staffNames(deps: DocumentsDeps, tenantId: string, entries: AuditEntryView[]) {
  const ids = [
    ...new Set(entries.flatMap((entry) => [entry.actorId, entry.onBehalfOf]).filter((id) => id !== null)),
  ];
  const names = new Map<string, string>();
  if (ids.length === 0) return names;
  const rows = await withTenant(deps.db as Kysely<DocumentsDb>, tenantId, (trx) =>
    trx.selectFrom('identity_staff').select(['id', 'display_name as name']).where('id', 'in', ids).execute(),
  );
  for (const row of rows) names.set(row.id, row.name);
  return names;
}

export type DocumentView = Awaited<ReturnType<typeof describeDocument>>;

export interface OpenedContent {
  /** Opened only when the bytes are actually sent (not for a 304). */
  open: () => Promise<Readable>;
  sha256: string;
  size: number;
  mediaType: string;
  fileName: string;
}

/** The bytes of a version (or its OCR rendition), after the visibility check; 404 for anything else. */
export async function openContent(
  deps: DocumentsDeps,
  input: { tenantId: string; caller: RecordsCaller; documentId: string; version: number; rendition: boolean },
): Promise<OpenedContent> {
  const found = await withTenant(deps.db as Kysely<DocumentsDb>, input.tenantId, async (trx) => {
    const { repository } = await loadDocument(trx, input.caller, input.documentId);
    return repository.findVersion(input.documentId, input.version);
  });
  if (!found) throw recordsErrors.not_found();
  if (input.rendition && !found.renditionSha256) throw recordsErrors.not_found();
  const sha256 = input.rendition ? found.renditionSha256! : found.sha256;
  const stat = await deps.blobs.stat(sha256);
  if (!stat) throw recordsErrors.not_found();
  const stem = found.fileName.replace(/\.[^.]{1,16}$/, '');
  return {
    open: () => deps.blobs.get(sha256),
    sha256,
    size: stat.size,
    mediaType: input.rendition ? 'application/pdf' : found.mediaType,
    fileName: input.rendition ? `${stem}-durchsuchbar.pdf` : found.fileName,
  };
}
