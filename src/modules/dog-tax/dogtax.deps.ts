// What the dog tax module is given by app.ts: platform handles and the other modules' public faces.
import type { Kysely } from 'kysely';
import type { BlobStore } from '../../platform/blobs/blob-store.ts';
import type { JobQueue } from '../../platform/jobs/index.ts';
import type { Mailer } from '../../platform/mail/index.ts';
import type { AuditTrail } from '../audit/index.ts';
import type { IngestSettings, RecordsIntake } from '../records/index.ts';

export interface DogTaxDeps {
  db: Kysely<unknown>;
  blobs: BlobStore;
  jobs: JobQueue;
  mailer: Mailer;
  audit: AuditTrail;
  now: () => Date;
  publicUrl: string | undefined;
  ingest: IngestSettings;
  recordsIntake: RecordsIntake;
  /** Limit for rendering one notice as PDF/A. */
  pdfTimeoutMs?: number;
}
