// The background OCR job of a document version: scans and images become a searchable PDF/A rendition
// (stored beside the original, which is never changed) and their text is stored for search. A failed
// attempt is retried with backoff; when all attempts failed, the version is marked 'ocr_failed' with the
// reason and the document stays usable. Idempotent: a version that has its rendition is left alone.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { sql, type Kysely, type QueryExecutorProvider } from 'kysely';
import type { BlobStore } from '../../platform/blobs/blob-store.ts';
import { withTenant, type TenantTransaction } from '../../platform/db/tenant-scope.ts';
import { PermanentJobError, type JobContext, type JobQueue } from '../../platform/jobs/index.ts';
import type { AuditTrail } from '../audit/index.ts';
import { createDocumentsRepository } from './records.documents.repository.ts';
import { abandonClaim, claimAndStoreBlob, releaseClaim } from './records.ingest.blobs.ts';
import type { DocumentsDb } from './records.ingest.tables.ts';
import { scheduleBlobSweep } from './records.ingest.sweep.ts';
import { ocrMediaTypes, recogniseText } from './records.ocr.engine.ts';

export const OCR_JOB_KIND = 'records.ocr';

export interface OcrPayload {
  documentId: string;
  version: number;
}

export interface OcrDeps {
  db: Kysely<unknown>;
  blobs: BlobStore;
  jobs: JobQueue;
  audit: AuditTrail;
  now: () => Date;
  maxTextCharacters: number;
  /** Where OCR works on its copies; the same disk rules as the upload staging. */
  workDirectory?: string;
  pageTimeoutMs?: number;
}

/** Queued in the caller's transaction, so the job exists exactly when the version does. */
export async function enqueueOcr(
  jobs: JobQueue,
  trx: QueryExecutorProvider,
  { tenantId, documentId, version }: OcrPayload & { tenantId: string },
) {
  return jobs.enqueue(
    OCR_JOB_KIND,
    { documentId, version } satisfies OcrPayload,
    { tenantId, idempotencyKey: `${tenantId}:${documentId}:${version}` },
    trx,
  );
}

type Trx = TenantTransaction<DocumentsDb>;

export function defineOcrJob(deps: OcrDeps): void {
  const scoped = <T>(tenantId: string, work: (trx: Trx) => Promise<T>) =>
    withTenant(deps.db as Kysely<DocumentsDb>, tenantId, work);

  deps.jobs.define<OcrPayload>(
    OCR_JOB_KIND,
    async (payload, context) => {
      const tenantId = context.tenantId;
      if (!tenantId) throw new PermanentJobError('OCR job without municipality');
      const version = await scoped(tenantId, async (trx) => {
        const repository = createDocumentsRepository({ trx });
        const found = await repository.findVersion(payload.documentId, payload.version);
        if (found && found.textStatus !== 'ocr_done' && ocrMediaTypes.has(found.mediaType))
          await repository.setTextStatus(payload.documentId, payload.version, 'ocr_running');
        return found;
      });
      if (!version) throw new PermanentJobError('document version no longer exists');
      // Done by an earlier run whose finish was lost: nothing left to do.
      if (version.textStatus === 'ocr_done' && version.renditionSha256) return;
      if (!ocrMediaTypes.has(version.mediaType))
        throw new PermanentJobError(`no OCR for ${version.mediaType}`);
      try {
        await runOcr(deps, scoped, tenantId, payload, version, context);
      } catch (error) {
        // Back to waiting, with the reason, until the next attempt (or onFailed marks it for good).
        await scoped(tenantId, (trx) =>
          createDocumentsRepository({ trx }).setTextStatus(
            payload.documentId,
            payload.version,
            'ocr_pending',
            describe(error),
          ),
        );
        throw error;
      }
    },
    {
      maxAttempts: 3,
      backoff: { baseMs: 30_000, maxMs: 15 * 60_000 },
      onFailed: async (payload, failure) => {
        if (!failure.tenantId) return;
        await scoped(failure.tenantId, async (trx) => {
          const repository = createDocumentsRepository({ trx });
          if (!(await repository.findVersion(payload.documentId, payload.version))) return;
          await repository.setTextStatus(
            payload.documentId,
            payload.version,
            'ocr_failed',
            failure.error.slice(0, 1000),
          );
          await deps.audit.append<DocumentsDb>(trx, {
            actor: { type: 'system' },
            action: 'records.document_ocr_failed',
            object: { type: 'document', id: payload.documentId },
            summary: {
              version: payload.version,
              attempts: failure.attempts,
              error: failure.error.slice(0, 300),
            },
          });
        });
      },
    },
  );
}

async function runOcr(
  deps: OcrDeps,
  scoped: <T>(tenantId: string, work: (trx: Trx) => Promise<T>) => Promise<T>,
  tenantId: string,
  payload: OcrPayload,
  version: { sha256: string; mediaType: string; pageCount: number | null },
  context: JobContext,
): Promise<void> {
  const workDirectory = await mkdtemp(path.join(deps.workDirectory ?? os.tmpdir(), 'rathaus-ocr-'));
  try {
    const inputPath = path.join(workDirectory, 'original');
    await pipeline(await deps.blobs.get(version.sha256), createWriteStream(inputPath));
    const total = version.pageCount ?? 1;
    await context.reportProgress(0, total);
    const result = await recogniseText({
      inputPath,
      mediaType: version.mediaType,
      workDirectory,
      pageCount: version.pageCount,
      signal: context.signal,
      pageTimeoutMs: deps.pageTimeoutMs,
      maxTextCharacters: deps.maxTextCharacters,
      onPage: (done, of) => void context.reportProgress(done, of).catch(() => undefined),
    });
    const rendition = await hashFile(result.pdfPath);
    await scheduleBlobSweep(deps.jobs, deps.now());
    const claimId = await claimAndStoreBlob({
      db: deps.db,
      blobs: deps.blobs,
      tenantId,
      sha256: rendition.sha256,
      sourcePath: result.pdfPath,
    });
    try {
      await scoped(tenantId, async (trx) => {
        const repository = createDocumentsRepository({ trx });
        if (!(await repository.findVersion(payload.documentId, payload.version)))
          throw new PermanentJobError('document version no longer exists');
        await repository.setRendition(
          payload.documentId,
          payload.version,
          rendition.sha256,
          result.pageCount,
        );
        await repository.saveText(payload.documentId, payload.version, 'ocr', result.text);
        await deps.audit.append<DocumentsDb>(trx, {
          actor: { type: 'system' },
          action: 'records.document_text_recognised',
          object: { type: 'document', id: payload.documentId },
          summary: {
            version: payload.version,
            renditionSha256: rendition.sha256,
            pages: result.pageCount,
            characters: result.text.length,
            engine: result.engine,
          },
        });
        await releaseClaim<DocumentsDb>(trx, claimId);
      });
    } catch (error) {
      await abandonClaim({ db: deps.db, blobs: deps.blobs, tenantId, claimId, sha256: rendition.sha256 });
      throw error;
    }
  } finally {
    await rm(workDirectory, { recursive: true, force: true });
  }
}

async function hashFile(filePath: string) {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(filePath)) hash.update(chunk as Buffer);
  return { sha256: hash.digest('hex') };
}

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 1000);
}

export interface OcrProgress {
  status: string;
  done: number | null;
  total: number | null;
  attempts: number;
}

/**
 * The OCR job of a version as the viewer shows it. The job queue has no lookup by idempotency key, so
 * this reads the platform's jobs table in the tenant scope (row-level security shows only this town's
 * jobs); a JobQueue.findByKey would be the cleaner way.
 */
export async function findOcrProgress(
  trx: Trx,
  tenantId: string,
  payload: OcrPayload,
): Promise<OcrProgress | undefined> {
  const { rows } = await sql<OcrProgress>`
    select status, progress_done as done, progress_total as total, attempts
    from jobs where kind = ${OCR_JOB_KIND} and idempotency_key = ${`${tenantId}:${payload.documentId}:${payload.version}`}`.execute(
    trx,
  );
  return rows[0];
}
