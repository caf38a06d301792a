// The durable job queue: jobs are rows in the same database as everything else, so enqueueing commits
// or rolls back with the domain writes that caused it, and any number of processes can drain it.
import { decodeTimeIdCursor, pageSize, toPage } from '../db/keyset.ts';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Kysely, QueryExecutorProvider } from 'kysely';
import { createJobRunner, type JobDefinition } from './job-runner.ts';
import { jobsErrors } from './jobs.errors.ts';
import { createJobsRepository } from './jobs.repository.ts';
import type { JobsTables } from './jobs.tables.ts';
import type {
  DefineOptions,
  EnqueueOptions,
  EnqueueResult,
  Job,
  JobHandler,
  JobPage,
  JobsLogger,
  StartOptions,
  StopOptions,
} from './jobs.types.ts';

export interface JobQueueOptions<DB> {
  db: Kysely<DB>;
  logger?: JobsLogger;
  /** The clock for run_at, leases and backoff; tests move it forward instead of waiting. */
  now?: () => Date;
  /** How long a claimed job stays reserved without a sign of life; renewed every third of it. */
  leaseMs?: number;
  random?: () => number;
  progressIntervalMs?: number;
}

export interface JobQueue {
  /** Identifies this queue instance in `locked_by`. */
  readonly workerId: string;
  define<P>(kind: string, handler: JobHandler<P>, options?: DefineOptions<P>): void;
  /**
   * Pass the caller's transaction (a Kysely Transaction or TenantTransaction of any database type) to
   * enqueue atomically with its writes.
   */
  enqueue(
    kind: string,
    payload: unknown,
    options?: EnqueueOptions,
    executor?: QueryExecutorProvider,
  ): Promise<EnqueueResult>;
  start(options: StartOptions): void;
  stop(options?: StopOptions): Promise<{ abandoned: number }>;
  runDue(options?: { batchSize?: number }): Promise<{ ran: number }>;
  get(id: string): Promise<Job | undefined>;
  /** With `tenantId`, only that municipality's jobs (what its administrators may see). */
  listFailed(options: { limit: number; before?: string | undefined; tenantId?: string }): Promise<JobPage>;
  /** Puts a failed job back in the queue with fresh attempts. False when it is not (or no longer) failed. */
  retry(id: string, options?: { tenantId?: string }): Promise<boolean>;
}

export const DEFAULT_MAX_ATTEMPTS = 5;
const kindPattern = /^[a-z][a-z0-9_.-]{0,99}$/;
const silentLogger: JobsLogger = { info: () => {}, warn: () => {}, error: () => {} };

export function createJobQueue<DB>(options: JobQueueOptions<DB>): JobQueue {
  const db = options.db as unknown as Kysely<JobsTables>;
  const now = options.now ?? (() => new Date());
  const repository = createJobsRepository({ db });
  const definitions = new Map<string, JobDefinition>();
  const defaultAttempts = new Map<string, number>();
  const workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const runner = createJobRunner({
    repository,
    definitions,
    workerId,
    logger: options.logger ?? silentLogger,
    now,
    leaseMs: options.leaseMs ?? 60_000,
    random: options.random ?? Math.random,
    progressIntervalMs: options.progressIntervalMs ?? 1000,
  });

  return {
    workerId,

    define(kind, handler, { maxAttempts, backoff, onFailed } = {}) {
      assertKind(kind);
      if (definitions.has(kind)) throw new Error(`Job kind ${kind} is already defined.`);
      if (maxAttempts !== undefined) defaultAttempts.set(kind, assertAttempts(maxAttempts));
      definitions.set(kind, {
        handler: handler as JobHandler<unknown>,
        backoff,
        onFailed: onFailed as JobDefinition['onFailed'],
      });
    },

    async enqueue(kind, payload, enqueueOptions = {}, executor) {
      assertKind(kind);
      const payloadJson = payload === undefined ? undefined : JSON.stringify(payload);
      if (payloadJson === undefined) throw jobsErrors.invalid_payload({ kind });
      const result = await repository.insert(executor ?? db, {
        kind,
        payloadJson,
        tenantId: enqueueOptions.tenantId ?? null,
        maxAttempts: assertAttempts(
          enqueueOptions.maxAttempts ?? defaultAttempts.get(kind) ?? DEFAULT_MAX_ATTEMPTS,
        ),
        runAt: enqueueOptions.runAt ?? now(),
        idempotencyKey: enqueueOptions.idempotencyKey ?? null,
      });
      if (!result) throw jobsErrors.idempotency_conflict({ kind });
      // Inside the caller's transaction the job is not visible before commit; the poll finds it then.
      if (!executor) runner.nudge();
      return result;
    },

    start: (startOptions) => runner.start(startOptions),
    stop: (stopOptions) => runner.stop(stopOptions),
    runDue: (runOptions) => runner.runDue(runOptions),
    get: (id) => repository.get(id),

    async listFailed({ limit, before, tenantId }) {
      const size = pageSize(limit);
      const jobs = await repository.listFailed(
        size + 1,
        before === undefined ? undefined : decodeCursor(before),
        tenantId,
      );
      const { items, nextCursor } = toPage(jobs, size, (job) => ({
        at: job.finishedAt ?? job.createdAt,
        id: job.id,
      }));
      return { jobs: items, nextCursor };
    },

    async retry(id, options = {}) {
      const retried = await repository.retry(id, now(), options.tenantId);
      if (retried) runner.nudge();
      return retried;
    },
  };
}

function assertKind(kind: string): void {
  if (!kindPattern.test(kind)) throw jobsErrors.invalid_kind({ kind });
}

function assertAttempts(maxAttempts: number): number {
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1 || maxAttempts > 100)
    throw new RangeError('maxAttempts must be an integer between 1 and 100');
  return maxAttempts;
}

// Cursor: the finish time and id of the last job on the page. Times have millisecond precision in
// the table (timestamptz(3)), so the round trip through Date is exact.
function decodeCursor(cursor: string): { finishedAt: Date; id: string } {
  const key = decodeTimeIdCursor(cursor);
  if (!key) throw jobsErrors.invalid_cursor();
  return { finishedAt: key.at, id: key.id };
}
