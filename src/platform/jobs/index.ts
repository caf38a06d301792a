// The job queue's public face: other code imports from here.
export { createJobQueue, DEFAULT_MAX_ATTEMPTS, type JobQueue, type JobQueueOptions } from './job-queue.ts';
export { JobLeaseLostError, JobShutdownError } from './job-runner.ts';
export { jobsErrors, PermanentJobError } from './jobs.errors.ts';
export { jobsConfig } from './jobs.config.ts';
export { retryDelay, type Backoff, type BackoffOptions } from './backoff.ts';
export type { JobsTables } from './jobs.tables.ts';
export type * from './jobs.types.ts';
