import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createJobQueue } from './job-queue.ts';
import { PermanentJobError } from './jobs.errors.ts';
import type { JobFailure } from './jobs.types.ts';
import { createTestClock, setupJobsDatabase } from './jobs.test-helpers.ts';

test('a failing job is retried with exponentially growing delays, then fails with its last error', async (t) => {
  const { handle, db } = await setupJobsDatabase();
  t.after(() => handle.close());
  const clock = createTestClock();
  // random() = 1 takes the top of the jitter range: exactly the exponential delay.
  const queue = createJobQueue({ db, now: clock.now, random: () => 1 });
  const attempts: number[] = [];
  const failures: JobFailure[] = [];
  queue.define(
    'exchange.send',
    async (_payload, { attempt }) => {
      attempts.push(attempt);
      throw new Error(`remote refused (attempt ${attempt})`);
    },
    {
      maxAttempts: 3,
      backoff: { baseMs: 1000 },
      onFailed: async (_payload, failure) => void failures.push(failure),
    },
  );
  const { id } = await queue.enqueue('exchange.send', {});
  const start = clock.now().getTime();

  await queue.runDue();
  let job = await queue.get(id);
  assert.equal(job?.status, 'queued');
  assert.equal(job?.lastError, 'Error: remote refused (attempt 1)');
  assert.equal(job?.runAt.getTime(), start + 1000);

  clock.advance(999);
  assert.deepEqual(await queue.runDue(), { ran: 0 }, 'not before the backoff has passed');
  clock.advance(1);
  await queue.runDue();
  job = await queue.get(id);
  assert.equal(job?.runAt.getTime(), start + 1000 + 2000);

  clock.advance(2000);
  await queue.runDue();
  job = await queue.get(id);
  assert.deepEqual(attempts, [1, 2, 3]);
  assert.equal(job?.status, 'failed');
  assert.equal(job?.attempts, 3);
  assert.equal(job?.lastError, 'Error: remote refused (attempt 3)');
  assert.deepEqual(failures, [
    { jobId: id, tenantId: null, attempts: 3, error: 'Error: remote refused (attempt 3)' },
  ]);
  clock.advance(24 * 3600_000);
  assert.deepEqual(await queue.runDue(), { ran: 0 }, 'a failed job stays failed');
});

test('backoff jitter keeps every delay between half and all of the exponential delay', async () => {
  const { retryDelay } = await import('./backoff.ts');
  for (let attempt = 1; attempt <= 12; attempt += 1) {
    const exponential = Math.min(3_600_000, 10_000 * 2 ** (attempt - 1));
    for (const random of [0, 0.3, 0.999]) {
      const delay = retryDelay(attempt, {}, () => random);
      assert.ok(delay >= exponential / 2 && delay <= exponential, `attempt ${attempt}: ${delay}`);
    }
  }
});

test('a PermanentJobError fails the job at once, without using up its retries', async (t) => {
  const { handle, db } = await setupJobsDatabase();
  t.after(() => handle.close());
  const queue = createJobQueue({ db });
  queue.define('records.ocr', async () => {
    throw new PermanentJobError('document 42 no longer exists');
  });
  const { id } = await queue.enqueue('records.ocr', { documentId: 42 }, { maxAttempts: 5 });
  await queue.runDue();
  const job = await queue.get(id);
  assert.equal(job?.status, 'failed');
  assert.equal(job?.attempts, 1);
  assert.equal(job?.lastError, 'PermanentJobError: document 42 no longer exists');
});

test('admins see failed jobs newest first, paged by keyset, and can put one back in the queue', async (t) => {
  const { handle, db } = await setupJobsDatabase();
  t.after(() => handle.close());
  const clock = createTestClock();
  const queue = createJobQueue({ db, now: clock.now });
  let healed = false;
  queue.define(
    'exchange.send',
    async () => {
      if (!healed) throw new Error('down');
    },
    { maxAttempts: 1 },
  );
  const ids: string[] = [];
  for (let index = 0; index < 5; index += 1) {
    ids.push((await queue.enqueue('exchange.send', { index })).id);
    await queue.runDue();
    // Two failures share a timestamp, so the id must break the tie.
    if (index !== 2) clock.advance(1000);
  }
  const first = await queue.listFailed({ limit: 2 });
  const second = await queue.listFailed({ limit: 2, before: first.nextCursor ?? undefined });
  const third = await queue.listFailed({ limit: 2, before: second.nextCursor ?? undefined });
  const listed = [...first.jobs, ...second.jobs, ...third.jobs];
  assert.equal(third.nextCursor, null);
  assert.deepEqual(new Set(listed.map((job) => job.id)), new Set(ids));
  assert.equal(listed.length, 5);
  for (let index = 1; index < listed.length; index += 1)
    assert.ok(listed[index - 1]!.finishedAt!.getTime() >= listed[index]!.finishedAt!.getTime());
  await assert.rejects(queue.listFailed({ limit: 2, before: 'garbage' }), { code: 'jobs.invalid_cursor' });

  healed = true;
  assert.equal(await queue.retry(ids[0]!), true);
  assert.equal(await queue.retry(ids[0]!), false, 'only a failed job can be retried');
  await queue.runDue();
  const retried = await queue.get(ids[0]!);
  assert.equal(retried?.status, 'succeeded');
  assert.equal(retried?.attempts, 1);
  assert.equal((await queue.listFailed({ limit: 10 })).jobs.length, 4);
});

test("a municipality's failed jobs are listed and retried only for that municipality", async (t) => {
  const { handle, db, tenantA, tenantB } = await setupJobsDatabase();
  t.after(() => handle.close());
  const queue = createJobQueue({ db });
  queue.define(
    'exchange.send',
    async () => {
      throw new Error('down');
    },
    { maxAttempts: 1 },
  );
  const ofA = await queue.enqueue('exchange.send', {}, { tenantId: tenantA });
  const ofB = await queue.enqueue('exchange.send', {}, { tenantId: tenantB });
  await queue.runDue();
  const listedForA = await queue.listFailed({ limit: 10, tenantId: tenantA });
  assert.deepEqual(
    listedForA.jobs.map((job) => job.id),
    [ofA.id],
  );
  assert.equal(await queue.retry(ofB.id, { tenantId: tenantA }), false, 'A cannot retry B’s job');
  assert.equal(await queue.retry(ofA.id, { tenantId: tenantA }), true);
});
