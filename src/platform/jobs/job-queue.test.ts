import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { withTenant } from '../db/tenant-scope.ts';
import { createJobQueue } from './job-queue.ts';
import type { JobContext } from './jobs.types.ts';
import { createTestClock, setupJobsDatabase } from './jobs.test-helpers.ts';

test('an enqueued job runs once with its payload and municipality, then counts as succeeded', async (t) => {
  const { handle, db, tenantA } = await setupJobsDatabase();
  t.after(() => handle.close());
  const queue = createJobQueue({ db });
  const runs: { payload: unknown; context: JobContext }[] = [];
  queue.define<{ caseId: number }>('records.index', async (payload, context) => {
    runs.push({ payload, context });
  });

  const { id, created } = await queue.enqueue(
    'records.index',
    { caseId: 7, tags: ['a', 'b'] },
    { tenantId: tenantA },
  );
  assert.equal(created, true);
  assert.equal((await queue.get(id))?.status, 'queued');

  assert.deepEqual(await queue.runDue(), { ran: 1 });
  assert.deepEqual(await queue.runDue(), { ran: 0 });
  assert.equal(runs.length, 1);
  assert.deepEqual(runs[0]!.payload, { caseId: 7, tags: ['a', 'b'] });
  assert.equal(runs[0]!.context.jobId, id);
  assert.equal(runs[0]!.context.tenantId, tenantA);
  assert.equal(runs[0]!.context.attempt, 1);
  const job = await queue.get(id);
  assert.equal(job?.status, 'succeeded');
  assert.equal(job?.lockedBy, null);
  assert.ok(job?.finishedAt instanceof Date);
});

test('enqueueing again with the same idempotency key returns the existing job instead of a second one', async (t) => {
  const { handle, db } = await setupJobsDatabase();
  t.after(() => handle.close());
  const queue = createJobQueue({ db });
  const first = await queue.enqueue('mail.digest', { day: 1 }, { idempotencyKey: 'digest-2030-01-07' });
  const second = await queue.enqueue('mail.digest', { day: 1 }, { idempotencyKey: 'digest-2030-01-07' });
  const otherKind = await queue.enqueue('mail.reminder', {}, { idempotencyKey: 'digest-2030-01-07' });
  assert.deepEqual(second, { id: first.id, created: false });
  assert.equal(otherKind.created, true);
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from jobs`.execute(db);
  assert.equal(rows[0]!.n, 2);
});

test('a job enqueued in a transaction that rolls back does not exist; one that commits does', async (t) => {
  const { handle, db } = await setupJobsDatabase();
  t.after(() => handle.close());
  const queue = createJobQueue({ db });
  let rolledBackId = '';
  await assert.rejects(
    db.transaction().execute(async (trx) => {
      rolledBackId = (await queue.enqueue('records.index', { caseId: 1 }, {}, trx)).id;
      throw new Error('domain write failed');
    }),
    /domain write failed/,
  );
  assert.equal(await queue.get(rolledBackId), undefined);
  const committed = await db
    .transaction()
    .execute((trx) => queue.enqueue('records.index', { caseId: 2 }, {}, trx));
  assert.equal((await queue.get(committed.id))?.status, 'queued');
});

test('inside a tenant scope, domain code enqueues atomically, only for its own municipality, and sees only its jobs', async (t) => {
  const { handle, db, tenantA, tenantB } = await setupJobsDatabase();
  t.after(() => handle.close());
  const queue = createJobQueue({ db });
  await queue.enqueue('records.index', { n: 'b' }, { tenantId: tenantB });
  await queue.enqueue('platform.cleanup', {});

  const ownJob = await withTenant(db, tenantA, (trx) =>
    queue.enqueue('records.index', { n: 'a' }, { tenantId: tenantA }, trx),
  );
  await assert.rejects(
    withTenant(db, tenantA, (trx) => queue.enqueue('records.index', { n: 'x' }, { tenantId: tenantB }, trx)),
    /row-level security/,
  );
  // A key taken by another municipality's job is a conflict, not a silent "already there".
  await queue.enqueue('records.index', {}, { tenantId: tenantB, idempotencyKey: 'case-1' });
  await assert.rejects(
    withTenant(db, tenantA, (trx) =>
      queue.enqueue('records.index', {}, { tenantId: tenantA, idempotencyKey: 'case-1' }, trx),
    ),
    { code: 'jobs.idempotency_conflict' },
  );
  const visible = await withTenant(db, tenantA, (trx) => trx.selectFrom('jobs').select('id').execute());
  assert.deepEqual(
    visible.map((row) => row.id),
    [ownJob.id],
  );
  // rathaus_app may insert and read, but not change the queue's bookkeeping.
  await assert.rejects(
    withTenant(db, tenantA, (trx) => trx.updateTable('jobs').set({ status: 'succeeded' }).execute()),
    /permission denied/,
  );
  // The platform itself (any role but rathaus_app, also when it is no superuser) sees every job.
  const role = `rathaus_platform_test_${Math.random().toString(36).slice(2, 10)}`;
  await sql.raw(`create role ${role} nologin; grant select on jobs to ${role}`).execute(db);
  try {
    const seenByPlatform = await db.transaction().execute(async (trx) => {
      await sql.raw(`set local role ${role}`).execute(trx);
      return (await sql<{ n: number }>`select count(*)::int as n from jobs`.execute(trx)).rows[0]!.n;
    });
    assert.equal(seenByPlatform, 4);
  } finally {
    await sql.raw(`drop owned by ${role}; drop role ${role}`).execute(db);
  }
});

test('a job is not run before its run_at', async (t) => {
  const { handle, db } = await setupJobsDatabase();
  t.after(() => handle.close());
  const clock = createTestClock();
  const queue = createJobQueue({ db, now: clock.now });
  let runs = 0;
  queue.define('council.publish', async () => {
    runs += 1;
  });
  await queue.enqueue('council.publish', {}, { runAt: new Date(clock.now().getTime() + 60_000) });
  assert.deepEqual(await queue.runDue(), { ran: 0 });
  clock.advance(60_000);
  assert.deepEqual(await queue.runDue(), { ran: 1 });
  assert.equal(runs, 1);
});

test('progress reported by a handler is stored on the job while it runs and at its end', async (t) => {
  const { handle, db } = await setupJobsDatabase();
  t.after(() => handle.close());
  const queue = createJobQueue({ db, progressIntervalMs: 0 });
  const seenWhileRunning: unknown[] = [];
  queue.define('search.reindex', async (_payload, { jobId, reportProgress }) => {
    for (let done = 0; done <= 3; done += 1) {
      await reportProgress(done, 3);
      seenWhileRunning.push((await queue.get(jobId))?.progress);
    }
  });
  const { id } = await queue.enqueue('search.reindex', {});
  await queue.runDue();
  assert.deepEqual(
    seenWhileRunning,
    [0, 1, 2, 3].map((done) => ({ done, total: 3 })),
  );
  assert.deepEqual((await queue.get(id))?.progress, { done: 3, total: 3 });
});

test('throttled progress still ends with the last value reported', async (t) => {
  const { handle, db } = await setupJobsDatabase();
  t.after(() => handle.close());
  const queue = createJobQueue({ db, progressIntervalMs: 60_000 });
  queue.define('search.reindex', async (_payload, { reportProgress }) => {
    for (let done = 0; done < 500; done += 1) void reportProgress(done, 1000);
  });
  const { id } = await queue.enqueue('search.reindex', {});
  await queue.runDue();
  assert.deepEqual((await queue.get(id))?.progress, { done: 499, total: 1000 });
});

test('kinds and payloads that cannot be stored are refused when enqueueing', async (t) => {
  const { handle, db } = await setupJobsDatabase();
  t.after(() => handle.close());
  const queue = createJobQueue({ db });
  await assert.rejects(queue.enqueue('Bad Kind', {}), { code: 'jobs.invalid_kind' });
  await assert.rejects(queue.enqueue('records.index', undefined), { code: 'jobs.invalid_payload' });
  assert.throws(() => queue.define('records.index', async () => {}, { maxAttempts: 0 }), RangeError);
});
