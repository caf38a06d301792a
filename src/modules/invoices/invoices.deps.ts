// What the invoices module is given by app.ts: platform handles and the other modules' public faces.
import type { Kysely } from 'kysely';
import type { BlobStore } from '../../platform/blobs/blob-store.ts';
import type { JobQueue } from '../../platform/jobs/index.ts';
import type { Mailer } from '../../platform/mail/index.ts';
import type { AuditTrail } from '../audit/index.ts';
import type { IngestSettings, RecordsIntake } from '../records/index.ts';
import type { ValidationReport } from './invoices.validation.report.ts';

export interface InvoicesDeps {
  db: Kysely<unknown>;
  blobs: BlobStore;
  jobs: JobQueue;
  mailer: Mailer;
  audit: AuditTrail;
  now: () => Date;
  /** Staging of uploads; its maxFileBytes is the largest invoice file accepted (XML or PDF). */
  ingest: IngestSettings;
  recordsIntake: RecordsIntake;
  /** Default: the shared worker pool (validateInvoice). */
  validate?: (bytes: Uint8Array) => Promise<ValidationReport>;
}
