// The cleanup after crashes as a background job: stale upload claims, the blobs nobody references, and
// staging files left by a process that died mid-upload. Every upload schedules one run per grace period
// (idempotent per period), so a crash is cleaned up one to two periods later without any cron.
import type { JobQueue } from '../../platform/jobs/index.ts';
import type { DocumentsDeps } from './records.documents.usecases.ts';
import { collectUnreferencedBlobs, defaultClaimGraceMs } from './records.ingest.blobs.ts';
import { removeStaleStagingFiles } from './records.ingest.ts';

export const BLOB_SWEEP_JOB_KIND = 'records.blob_sweep';

export async function scheduleBlobSweep(
  jobs: JobQueue,
  now: Date,
  graceMs = defaultClaimGraceMs,
): Promise<void> {
  const period = Math.floor(now.getTime() / graceMs);
  // Two periods on: every claim taken in this period is older than the grace by then.
  await jobs.enqueue(
    BLOB_SWEEP_JOB_KIND,
    {},
    {
      runAt: new Date((period + 2) * graceMs),
      idempotencyKey: `period-${period}`,
      maxAttempts: 3,
    },
  );
}

export function defineBlobSweepJob(deps: DocumentsDeps): void {
  deps.jobs.define(BLOB_SWEEP_JOB_KIND, async () => {
    await collectUnreferencedBlobs({ db: deps.db, blobs: deps.blobs, now: deps.now() });
    await removeStaleStagingFiles(deps.settings.stagingDirectory, defaultClaimGraceMs, deps.now().getTime());
  });
}
