// Puts the records module (E-Akte) together for app.ts: its routes, and its background job kinds.
import type { Kysely } from 'kysely';
import type { BlobStore } from '../../platform/blobs/blob-store.ts';
import type { RouteDefinition } from '../../platform/http/route.ts';
import type { JobQueue } from '../../platform/jobs/index.ts';
import type { AuditTrail } from '../audit/index.ts';

export interface RecordsOptions {
  db: Kysely<unknown>;
  blobs: BlobStore;
  jobs: JobQueue;
  audit: AuditTrail;
  now?: () => Date;
}

export interface RecordsModule {
  routes: RouteDefinition[];
}

export function createRecords(options: RecordsOptions): RecordsModule {
  void options;
  return { routes: [] };
}

/** Defines the module's job kinds (text extraction, OCR) on the queue; called before the runner starts. */
export function defineRecordsJobs(options: RecordsOptions): void {
  void options;
}
