import type { Backoff } from './backoff.ts';
import type { JobStatus } from './jobs.tables.ts';

export type { JobStatus } from './jobs.tables.ts';

export interface Job {
  id: string;
  kind: string;
  payload: unknown;
  tenantId: string | null;
  status: JobStatus;
  /** Attempts started so far, including a running one. */
  attempts: number;
  maxAttempts: number;
  runAt: Date;
  lockedBy: string | null;
  lockedUntil: Date | null;
  /** Error of the most recent failed attempt; for a failed job, why it failed. */
  lastError: string | null;
  progress: { done: number; total: number } | null;
  idempotencyKey: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

export interface JobContext {
  jobId: string;
  tenantId: string | null;
  /** 1 on the first run; a job whose worker died is run again with the next number. */
  attempt: number;
  maxAttempts: number;
  /** Stores progress on the job (throttled); also renews the lease. */
  reportProgress: (done: number, total: number) => Promise<void>;
  /** Aborted when the process shuts down past its grace period or this run lost its lease. */
  signal: AbortSignal;
}

/**
 * Runs one job. Handlers MUST be idempotent: a job runs at least once, and may run again after a
 * crash, a lost lease or a failed attempt that had already done part of its work. Check what is
 * already done (a row's status, a content hash) before doing it again; throw to retry later, throw
 * PermanentJobError to fail at once.
 */
export type JobHandler<P> = (payload: P, context: JobContext) => Promise<void>;

export interface JobFailure {
  jobId: string;
  tenantId: string | null;
  attempts: number;
  error: string;
}

export interface DefineOptions<P> {
  /** Default for jobs of this kind enqueued without their own maxAttempts. */
  maxAttempts?: number;
  backoff?: Backoff;
  /** Called once a job of this kind has finally failed, e.g. to mark the record it was working on. */
  onFailed?: (payload: P, failure: JobFailure) => Promise<void>;
}

export interface EnqueueOptions {
  tenantId?: string | null;
  /** Not before this time; default now. */
  runAt?: Date;
  /** Unique per kind: enqueueing again with the same key returns the existing job. */
  idempotencyKey?: string;
  maxAttempts?: number;
}

export interface EnqueueResult {
  id: string;
  /** False when a job with the same idempotency key already existed. */
  created: boolean;
}

export interface StartOptions {
  concurrency: number;
  pollIntervalMs: number;
}

export interface StopOptions {
  /** How long to wait for running handlers; afterwards their signal is aborted. Default 30 s. */
  timeoutMs?: number;
}

export interface JobPage {
  jobs: Job[];
  /** Pass as `before` for the next page; null on the last page. */
  nextCursor: string | null;
}

export interface JobsLogger {
  info: (details: object, message: string) => void;
  warn: (details: object, message: string) => void;
  error: (details: object, message: string) => void;
}
