// Progress reports of a running handler. Handlers may report per item, so writes are throttled; they
// are chained so that they land in order, and the last value is written when the handler ends.
import type { Claim, JobsRepository } from './jobs.repository.ts';
import type { JobsLogger } from './jobs.types.ts';

export interface ProgressReporterOptions {
  repository: JobsRepository;
  claim: Claim;
  leaseUntil: () => Date;
  intervalMs: number;
  logger: JobsLogger;
  /** True once nothing more may be written for this run (shutdown gave up on it). */
  isAbandoned: () => boolean;
  /** Each write also renews the lease; called when it turns out the lease is gone. */
  onLeaseLost: () => void;
}

export function createProgressReporter(options: ProgressReporterOptions) {
  const { repository, claim, logger } = options;
  let lastWrite = 0;
  let unwritten: { done: number; total: number } | undefined;
  let writing = Promise.resolve();

  function write(done: number, total: number): Promise<void> {
    unwritten = undefined;
    lastWrite = Date.now();
    writing = writing
      .then(() => options.isAbandoned() || repository.setProgress(claim, done, total, options.leaseUntil()))
      .then(
        (held) => {
          if (!held) options.onLeaseLost();
        },
        // Progress is informative; a failed write must not fail the job.
        (error: unknown) => logger.warn({ jobId: claim.id, err: error }, 'writing job progress failed'),
      );
    return writing;
  }

  return {
    async report(done: number, total: number): Promise<void> {
      if (!Number.isInteger(done) || !Number.isInteger(total) || done < 0 || total < 0)
        throw new RangeError('progress must be given as non-negative integers');
      if (done >= total || Date.now() - lastWrite >= options.intervalMs) return write(done, total);
      unwritten = { done, total };
      return writing;
    },
    async flush(): Promise<void> {
      if (unwritten) await write(unwritten.done, unwritten.total);
      await writing;
    },
  };
}
