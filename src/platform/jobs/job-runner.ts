// Claims due jobs and runs their handlers: either as a polling loop (start/stop, for `serve` and
// `worker`) or once (runDue, for tests and the CLI). No transaction stays open while a handler runs —
// PGlite has a single connection, and a long transaction would block every other query.
import { retryDelay, type Backoff } from './backoff.ts';
import { PermanentJobError } from './jobs.errors.ts';
import { createProgressReporter } from './job-progress.ts';
import type { Claim, JobsRepository } from './jobs.repository.ts';
import type { Job, JobFailure, JobHandler, JobsLogger, StartOptions, StopOptions } from './jobs.types.ts';

export interface JobDefinition {
  handler: JobHandler<unknown>;
  backoff: Backoff | undefined;
  onFailed: ((payload: unknown, failure: JobFailure) => Promise<void>) | undefined;
}

export interface JobRunnerOptions {
  repository: JobsRepository;
  definitions: ReadonlyMap<string, JobDefinition>;
  workerId: string;
  logger: JobsLogger;
  now: () => Date;
  leaseMs: number;
  random: () => number;
  /** Progress is written at most this often (besides the final report). */
  progressIntervalMs: number;
}

interface Execution {
  done: Promise<void>;
  controller: AbortController;
  /** Set when stop() gave up waiting: nothing more is written for this run; its lease runs out. */
  abandoned: boolean;
}

export class JobShutdownError extends Error {
  override readonly name = 'JobShutdownError';
}
export class JobLeaseLostError extends Error {
  override readonly name = 'JobLeaseLostError';
}

const MAX_ERROR_LENGTH = 2000;

export function createJobRunner(options: JobRunnerOptions) {
  const { repository, definitions, workerId, logger, now, leaseMs } = options;
  const executions = new Map<string, Execution>();
  let loop: Promise<void> | undefined;
  let stopping = false;
  let wake: (() => void) | undefined;

  const leaseUntil = () => new Date(now().getTime() + leaseMs);
  const nudge = () => wake?.();

  async function claim(limit: number): Promise<Job[]> {
    await repository.requeueExpired(now());
    return repository.claim({
      workerId,
      kinds: [...definitions.keys()],
      limit,
      now: now(),
      leaseUntil: leaseUntil(),
    });
  }

  function execute(job: Job): Promise<void> {
    const execution: Execution = {
      done: Promise.resolve(),
      controller: new AbortController(),
      abandoned: false,
    };
    const key = `${job.id}:${job.attempts}`;
    executions.set(key, execution);
    execution.done = run(job, execution)
      .catch((error: unknown) =>
        logger.error({ jobId: job.id, kind: job.kind, err: error }, 'job bookkeeping failed'),
      )
      .finally(() => {
        executions.delete(key);
        nudge();
      });
    return execution.done;
  }

  async function run(job: Job, execution: Execution): Promise<void> {
    const claim: Claim = { id: job.id, workerId, attempt: job.attempts };
    const definition = definitions.get(job.kind);
    if (!definition) throw new Error(`no handler for claimed job kind ${job.kind}`);
    if (job.attempts > job.maxAttempts) {
      // The last attempt's worker died (its lease ran out): the job has had all its runs.
      await finishFailed(job, claim, definition, job.lastError ?? 'Lease expired during the last attempt');
      return;
    }

    const { controller } = execution;
    const leaseLost = () => controller.abort(new JobLeaseLostError(`lease on job ${job.id} was lost`));
    const heartbeat = setInterval(() => {
      repository.extendLease(claim, leaseUntil()).then(
        (held) => void (held || leaseLost()),
        (error: unknown) => logger.warn({ jobId: job.id, err: error }, 'job lease renewal failed'),
      );
    }, leaseMs / 3);
    controller.signal.addEventListener('abort', () => clearInterval(heartbeat));
    const progress = createProgressReporter({
      repository,
      claim,
      leaseUntil,
      intervalMs: options.progressIntervalMs,
      logger,
      isAbandoned: () => execution.abandoned,
      onLeaseLost: leaseLost,
    });

    let failure: { error: unknown } | undefined;
    try {
      await Promise.resolve().then(() =>
        definition.handler(job.payload, {
          jobId: job.id,
          tenantId: job.tenantId,
          attempt: job.attempts,
          maxAttempts: job.maxAttempts,
          reportProgress: progress.report,
          signal: controller.signal,
        }),
      );
      await progress.flush();
    } catch (error) {
      failure = { error };
    } finally {
      clearInterval(heartbeat);
    }
    if (execution.abandoned) return;

    if (!failure) {
      if (!(await repository.succeed(claim, now())))
        logger.warn(
          { jobId: job.id, kind: job.kind },
          'job finished after its lease was taken over; not recorded',
        );
      return;
    }
    const { error } = failure;
    const message = describeError(error);
    const details = { jobId: job.id, kind: job.kind, attempt: job.attempts, err: error };
    if (error instanceof PermanentJobError || job.attempts >= job.maxAttempts) {
      logger.error(details, 'job failed');
      await finishFailed(job, claim, definition, message);
      return;
    }
    const runAt = new Date(now().getTime() + retryDelay(job.attempts, definition.backoff, options.random));
    logger.warn({ ...details, runAt }, 'job attempt failed; will retry');
    await repository.reschedule(claim, runAt, message);
  }

  async function finishFailed(
    job: Job,
    claim: Claim,
    definition: JobDefinition,
    message: string,
  ): Promise<void> {
    if (!(await repository.fail(claim, now(), message)) || !definition.onFailed) return;
    try {
      await definition.onFailed(job.payload, {
        jobId: job.id,
        tenantId: job.tenantId,
        attempts: job.attempts,
        error: message,
      });
    } catch (error) {
      logger.error({ jobId: job.id, kind: job.kind, err: error }, 'onFailed hook of a job failed');
    }
  }

  function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      wake = done;
    });
  }

  return {
    /** Claims and runs due jobs, batch after batch, until none is due. */
    async runDue({ batchSize = 10 }: { batchSize?: number } = {}): Promise<{ ran: number }> {
      let ran = 0;
      for (;;) {
        const jobs = await claim(batchSize);
        if (jobs.length === 0) return { ran };
        await Promise.all(jobs.map(execute));
        ran += jobs.length;
      }
    },

    start({ concurrency, pollIntervalMs }: StartOptions): void {
      if (loop) throw new Error('The job queue is already running.');
      stopping = false;
      loop = (async () => {
        while (!stopping) {
          const free = concurrency - executions.size;
          let full = free <= 0;
          if (free > 0) {
            try {
              const jobs = await claim(free);
              for (const job of jobs) void execute(job);
              full = jobs.length === free;
            } catch (error) {
              logger.error({ err: error }, 'claiming jobs failed');
            }
          }
          if (stopping) break;
          // All slots were filled, so more may be due: claim again as soon as one is free.
          if (full && executions.size < concurrency) continue;
          await sleep(pollIntervalMs);
        }
      })();
    },

    /** Stops claiming, then waits for running handlers; after the timeout it aborts them and records nothing. */
    async stop({ timeoutMs = 30_000 }: StopOptions = {}): Promise<{ abandoned: number }> {
      stopping = true;
      nudge();
      await loop;
      loop = undefined;
      const pending = [...executions.values()].map((execution) => execution.done);
      let timer: NodeJS.Timeout | undefined;
      const timedOut = await Promise.race([
        Promise.all(pending).then(() => false),
        new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), timeoutMs))),
      ]);
      clearTimeout(timer);
      if (!timedOut) return { abandoned: 0 };
      const left = [...executions.values()];
      for (const execution of left) {
        execution.abandoned = true;
        execution.controller.abort(new JobShutdownError('the process is shutting down'));
      }
      logger.warn(
        { abandoned: left.length },
        'jobs still running at shutdown; they run again after their lease expires',
      );
      return { abandoned: left.length };
    },

    nudge,
  };
}

function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text;
}
