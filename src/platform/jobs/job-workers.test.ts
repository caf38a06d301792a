import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createJobQueue } from './job-queue.ts';
import { JobShutdownError } from './job-runner.ts';
import {
  createTestClock,
  deferred,
  setupJobsDatabase,
  waitFor,
  type TestTables,
} from './jobs.test-helpers.ts';
import type { Kysely } from 'kysely';

/** What a worker that crashed mid-job leaves behind: a running job with a lease nobody renews. */
async function simulateCrashedWorker(db: Kysely<TestTables>, id: string, leaseUntil: Date) {
  await db
    .updateTable('jobs')
    .set({ status: 'running', attempts: 1, locked_by: 'crashed-worker', locked_until: leaseUntil })
    .where('id', '=', id)
    .execute();
}

test("a crashed worker's job is taken over once its lease has expired, not before", async (t) => {
  const { handle, db } = await setupJobsDatabase();
  t.after(() => handle.close());
  const clock = createTestClock();
  const queue = createJobQueue({ db, now: clock.now });
  const attempts: number[] = [];
  queue.define('records.ocr', async (_payload, { attempt }) => void attempts.push(attempt));
  const { id } = await queue.enqueue('records.ocr', {});
  await simulateCrashedWorker(db, id, new Date(clock.now().getTime() + 30_000));

  assert.deepEqual(await queue.runDue(), { ran: 0 });
  clock.advance(30_000);
  assert.deepEqual(await queue.runDue(), { ran: 1 });
  assert.deepEqual(attempts, [2]);
  assert.equal((await queue.get(id))?.status, 'succeeded');
});

test('a job whose worker crashed during its last attempt fails instead of running once more', async (t) => {
  const { handle, db } = await setupJobsDatabase();
  t.after(() => handle.close());
  const clock = createTestClock();
  const queue = createJobQueue({ db, now: clock.now });
  let runs = 0;
  queue.define('records.ocr', async () => void (runs += 1));
  const { id } = await queue.enqueue('records.ocr', {}, { maxAttempts: 1 });
  await simulateCrashedWorker(db, id, clock.now());
  await queue.runDue();
  const job = await queue.get(id);
  assert.equal(runs, 0);
  assert.equal(job?.status, 'failed');
  assert.match(job?.lastError ?? '', /Lease expired/);
});

test('a worker that lost its lease cannot overwrite the result of the worker that took over', async (t) => {
  const { handle, db } = await setupJobsDatabase();
  t.after(() => handle.close());
  const clock = createTestClock();
  const slow = createJobQueue({ db, now: clock.now, leaseMs: 60_000 });
  const fast = createJobQueue({ db, now: clock.now, leaseMs: 60_000 });
  const release = deferred();
  const started = deferred();
  slow.define('records.ocr', async () => {
    started.resolve();
    await release.promise;
    throw new Error('late failure of the stalled worker');
  });
  fast.define('records.ocr', async () => {});
  const { id } = await slow.enqueue('records.ocr', {});
  const slowRun = slow.runDue();
  await started.promise;
  clock.advance(60_000);
  assert.deepEqual(await fast.runDue(), { ran: 1 });
  release.resolve();
  await slowRun;
  const job = await fast.get(id);
  assert.equal(job?.status, 'succeeded');
  assert.equal(job?.attempts, 2);
  assert.match(job?.lastError ?? '', /Lease expired during attempt 1/);
  assert.doesNotMatch(job?.lastError ?? '', /late failure/);
});

test('two runners draining the same queue never run a job twice', async (t) => {
  const { handle, db } = await setupJobsDatabase();
  t.after(() => handle.close());
  const runs = new Map<string, number>();
  const runsPerRunner = [0, 0];
  const runners = [createJobQueue({ db }), createJobQueue({ db })];
  for (const [index, runner] of runners.entries())
    runner.define('records.index', async (_payload, { jobId }) => {
      runs.set(jobId, (runs.get(jobId) ?? 0) + 1);
      runsPerRunner[index]! += 1;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 4));
    });
  const ids = new Set<string>();
  for (let index = 0; index < 50; index += 1)
    ids.add((await runners[0]!.enqueue('records.index', { index })).id);

  for (const runner of runners) runner.start({ concurrency: 4, pollIntervalMs: 5 });
  await waitFor(async () => {
    const { rows } = await sql<{
      n: number;
    }>`select count(*)::int as n from jobs where status = 'succeeded'`.execute(db);
    return rows[0]!.n === 50;
  });
  await Promise.all(runners.map((runner) => runner.stop()));
  assert.deepEqual(new Set(runs.keys()), ids);
  assert.deepEqual(
    [...runs.values()].filter((count) => count !== 1),
    [],
  );
  const workers = await db.selectFrom('jobs').select('attempts').execute();
  assert.ok(workers.every((row) => row.attempts === 1));
  assert.ok(
    runsPerRunner.every((count) => count > 0),
    `both runners worked: ${runsPerRunner.join(' / ')}`,
  );
});

test('a long-running handler keeps renewing its lease, so no other runner takes its job over', async (t) => {
  const { handle, db } = await setupJobsDatabase();
  t.after(() => handle.close());
  const busy = createJobQueue({ db, leaseMs: 90 });
  const other = createJobQueue({ db, leaseMs: 90 });
  const started = deferred();
  let runs = 0;
  for (const queue of [busy, other])
    queue.define('records.export', async () => {
      runs += 1;
      started.resolve();
      await new Promise((resolve) => setTimeout(resolve, 400));
    });
  const { id } = await busy.enqueue('records.export', {});
  const busyRun = busy.runDue();
  await started.promise;
  const deadline = Date.now() + 300;
  while (Date.now() < deadline) {
    assert.deepEqual(await other.runDue(), { ran: 0 });
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await busyRun;
  assert.equal(runs, 1);
  assert.equal((await busy.get(id))?.status, 'succeeded');
});

test('stop() stops claiming and waits for a running handler to finish', async (t) => {
  const { handle, db } = await setupJobsDatabase();
  t.after(() => handle.close());
  const queue = createJobQueue({ db });
  const started = deferred();
  const release = deferred();
  queue.define('records.export', async () => {
    started.resolve();
    await release.promise;
  });
  const { id } = await queue.enqueue('records.export', {});
  const { id: later } = await queue.enqueue('records.export', {}, { runAt: new Date(Date.now() + 50) });
  queue.start({ concurrency: 1, pollIntervalMs: 10 });
  await started.promise;

  let stopped = false;
  const stopping = queue.stop().then((result) => {
    stopped = true;
    return result;
  });
  await new Promise((resolve) => setTimeout(resolve, 100));
  assert.equal(stopped, false, 'stop() must wait for the running handler');
  release.resolve();
  assert.deepEqual(await stopping, { abandoned: 0 });
  assert.equal((await queue.get(id))?.status, 'succeeded');
  assert.equal((await queue.get(later))?.status, 'queued', 'nothing is claimed after stop()');
});

test('stop() gives up after its timeout: the handler is aborted and its job is left to its lease', async (t) => {
  const { handle, db } = await setupJobsDatabase();
  t.after(() => handle.close());
  const queue = createJobQueue({ db });
  const started = deferred<AbortSignal>();
  const finished = deferred();
  queue.define('records.export', async (_payload, { signal }) => {
    started.resolve(signal);
    await new Promise((resolve) => signal.addEventListener('abort', resolve));
    finished.resolve();
    throw signal.reason;
  });
  const { id } = await queue.enqueue('records.export', {});
  queue.start({ concurrency: 1, pollIntervalMs: 10 });
  const signal = await started.promise;
  assert.deepEqual(await queue.stop({ timeoutMs: 50 }), { abandoned: 1 });
  assert.ok(signal.reason instanceof JobShutdownError);
  await finished.promise;
  await new Promise((resolve) => setTimeout(resolve, 20));
  const job = await queue.get(id);
  // Not marked failed or queued: another worker takes it over when the lease runs out.
  assert.equal(job?.status, 'running');
  assert.equal(job?.lastError, null);
});
