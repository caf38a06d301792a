// What the portal's parts are given by app.ts: the platform's handles, never another module's tables.
import type { Kysely } from 'kysely';
import type { AuditTrail } from '../audit/index.ts';
import type { IngestSettings, RecordsIntake } from '../records/index.ts';
import type { BlobStore } from '../../platform/blobs/blob-store.ts';
import type { JobQueue } from '../../platform/jobs/index.ts';
import type { Mailer } from '../../platform/mail/index.ts';
import type { OnlineService } from './applications/applications.services.ts';
import type { PaymentsSettings } from './payments/payments.config.ts';

export interface PortalDeps {
  db: Kysely<unknown>;
  blobs: BlobStore;
  jobs: JobQueue;
  mailer: Mailer;
  audit: AuditTrail;
  now: () => Date;
  /** The installation's secret (HMAC keys are derived from it, e.g. for the test payment provider). */
  secret: string;
  /** The public base URL (links in e-mails, payment return addresses); undefined: taken from the request. */
  publicUrl: string | undefined;
  /** Upload limits and staging directory (the records ingest settings: one place for upload rules). */
  ingest: IngestSettings;
  /** The E-Akte's intake: applications become cases in the caller's transaction. */
  recordsIntake: RecordsIntake;
  /** Which payment provider runs (PAYMENT_*); read from the environment when absent (tests). */
  payments?: PaymentsSettings;
  /** Online services that domain modules define (they decide them on their own pages). */
  services?: readonly OnlineService[];
}
