// Puts the records module (E-Akte) together for app.ts: its routes, and its background job kinds.
import type { Kysely } from 'kysely';
import type { BlobStore } from '../../platform/blobs/blob-store.ts';
import type { RouteDefinition } from '../../platform/http/route.ts';
import type { JobQueue } from '../../platform/jobs/index.ts';
import type { AuditTrail } from '../audit/index.ts';
import { createWorkflowRoutes } from './records.workflow.routes.ts';
import { createRecordsCoreRoutes } from './records.core.routes.ts';
import { createSearchRoutes } from './records.search.routes.ts';
import { createDocumentsModuleRoutes, defineDocumentsJobs } from './records.documents.module.ts';
import type { IngestSettings } from './records.ingest.ts';
import { createRecordsIntake, type RecordsIntake } from './records.intake.ts';
import { DEFAULT_REFERENCE_PATTERN, parseReferencePattern } from './records.reference.ts';

export interface RecordsOptions {
  db: Kysely<unknown>;
  blobs: BlobStore;
  jobs: JobQueue;
  audit: AuditTrail;
  now?: () => Date;
  /** RECORDS_REFERENCE_PATTERN (records.config.ts); the default pattern when absent. */
  referencePattern?: string;
  /** Upload limits and staging directory (records.ingest.config.ts); defaults when absent. */
  ingest?: Partial<IngestSettings>;
}

export interface RecordsModule {
  routes: RouteDefinition[];
  /** For the online services: an application becomes a case, inside the portal's transaction. */
  intake: RecordsIntake;
}

/** The intake alone, for background jobs of other modules that file documents (no routes needed). */
export function createIntake(
  options: Pick<RecordsOptions, 'audit' | 'jobs' | 'now' | 'referencePattern'>,
): RecordsIntake {
  return createRecordsIntake({
    audit: options.audit,
    jobs: options.jobs,
    now: options.now ?? (() => new Date()),
    pattern: parseReferencePattern(options.referencePattern ?? DEFAULT_REFERENCE_PATTERN),
  });
}

export function createRecords(options: RecordsOptions): RecordsModule {
  return {
    intake: createIntake(options),
    routes: [
      ...createRecordsCoreRoutes(options),
      ...createWorkflowRoutes(options),
      ...createSearchRoutes(options),
      ...createDocumentsModuleRoutes(options),
    ],
  };
}

/** Defines the module's job kinds (text extraction, OCR) on the queue; called before the runner starts. */
export function defineRecordsJobs(options: RecordsOptions): void {
  defineDocumentsJobs(options);
}
