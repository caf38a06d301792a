// What the Fundbüro is given by app.ts: platform handles and the E-Akte's intake (each item is a case).
import type { Kysely } from 'kysely';
import type { BlobStore } from '../../platform/blobs/blob-store.ts';
import type { JobQueue } from '../../platform/jobs/index.ts';
import type { Mailer } from '../../platform/mail/index.ts';
import type { AuditTrail } from '../audit/index.ts';
import type { IngestSettings, RecordsIntake } from '../records/index.ts';
import type { HandoverFeeSchedule } from './lostfound.fees.ts';

export interface LostAndFoundDeps {
  db: Kysely<unknown>;
  blobs: BlobStore;
  jobs: JobQueue;
  mailer: Mailer;
  audit: AuditTrail;
  now: () => Date;
  publicUrl: string | undefined;
  ingest: IngestSettings;
  recordsIntake: RecordsIntake;
  /** The town's fee statute for handing finds over; the DEMO schedule when not given. */
  fees?: HandoverFeeSchedule;
}
