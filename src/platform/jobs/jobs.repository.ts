// All SQL of the job queue. Every state change of a claimed job names its claim (worker and attempt),
// so a worker that lost its lease to another one can no longer write over that worker's result.
import { sql, type Kysely, type QueryExecutorProvider } from 'kysely';
import type { JobRow, JobsTables } from './jobs.tables.ts';
import type { Job } from './jobs.types.ts';

/** One run of one job: the lease holder and the attempt number identify it. */
export interface Claim {
  id: string;
  workerId: string;
  attempt: number;
}

export interface NewJob {
  kind: string;
  payloadJson: string;
  tenantId: string | null;
  maxAttempts: number;
  runAt: Date;
  idempotencyKey: string | null;
}

export type JobsRepository = ReturnType<typeof createJobsRepository>;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isJobId(value: string): boolean {
  return uuidPattern.test(value);
}

export function createJobsRepository({ db }: { db: Kysely<JobsTables> }) {
  function ownedBy(claim: Claim) {
    return db
      .updateTable('jobs')
      .where('id', '=', claim.id)
      .where('status', '=', 'running')
      .where('locked_by', '=', claim.workerId)
      .where('attempts', '=', claim.attempt);
  }

  return {
    /**
     * `executor` may be the caller's transaction, so the job commits or rolls back with its writes.
     * Undefined: the idempotency key is taken by a row this executor may not see (another tenant's).
     */
    async insert(
      executor: QueryExecutorProvider,
      job: NewJob,
    ): Promise<{ id: string; created: boolean } | undefined> {
      const { rows } = await sql<{ id: string }>`
        insert into jobs (kind, payload, tenant_id, max_attempts, run_at, idempotency_key)
        values (${job.kind}, ${job.payloadJson}, ${job.tenantId}, ${job.maxAttempts}, ${job.runAt}, ${job.idempotencyKey})
        on conflict (kind, idempotency_key) where idempotency_key is not null do nothing
        returning id`.execute(executor);
      const inserted = rows[0];
      if (inserted) return { id: inserted.id, created: true };
      if (job.idempotencyKey === null) throw new Error('insert into jobs returned no row');
      const existing = await sql<{ id: string }>`
        select id from jobs where kind = ${job.kind} and idempotency_key = ${job.idempotencyKey}`.execute(
        executor,
      );
      return existing.rows[0] && { id: existing.rows[0].id, created: false };
    },

    /**
     * Puts running jobs whose lease ran out (their worker died or hung) back in the queue. Kept apart
     * from the claim so that the claim is a plain ordered scan of the due index that stops after
     * `limit` rows, however long the backlog.
     */
    async requeueExpired(now: Date): Promise<number> {
      const result = await db
        .updateTable('jobs')
        .set({
          status: 'queued',
          locked_by: null,
          locked_until: null,
          last_error: sql<string>`'Lease expired during attempt ' || attempts || ' (worker stopped or crashed)'`,
        })
        .where('status', '=', 'running')
        .where('locked_until', '<=', now)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    /**
     * Claims up to `limit` due jobs of the given kinds in one statement. SKIP LOCKED lets concurrent
     * workers pass each other's rows instead of waiting or taking the same job; the CTE is
     * materialised so the locked selection is evaluated exactly once.
     */
    async claim(input: {
      workerId: string;
      kinds: string[];
      limit: number;
      now: Date;
      leaseUntil: Date;
    }): Promise<Job[]> {
      if (input.kinds.length === 0 || input.limit < 1) return [];
      const { rows } = await sql<JobRow>`
        with next as materialized (
          select id from jobs
          where status = 'queued' and run_at <= ${input.now} and kind = any(${input.kinds}::text[])
          order by run_at, created_at
          limit ${input.limit}
          for update skip locked
        )
        update jobs
        set status = 'running', attempts = jobs.attempts + 1,
            locked_by = ${input.workerId}, locked_until = ${input.leaseUntil}
        from next
        where jobs.id = next.id
        returning jobs.*`.execute(db);
      return rows.map(toJob);
    },

    async extendLease(claim: Claim, until: Date): Promise<boolean> {
      const result = await ownedBy(claim).set({ locked_until: until }).executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async setProgress(claim: Claim, done: number, total: number, leaseUntil: Date): Promise<boolean> {
      const result = await ownedBy(claim)
        .set({ progress_done: done, progress_total: total, locked_until: leaseUntil })
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async succeed(claim: Claim, at: Date): Promise<boolean> {
      const result = await ownedBy(claim)
        .set({ status: 'succeeded', finished_at: at, locked_by: null, locked_until: null })
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async reschedule(claim: Claim, runAt: Date, error: string): Promise<boolean> {
      const result = await ownedBy(claim)
        .set({ status: 'queued', run_at: runAt, last_error: error, locked_by: null, locked_until: null })
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async fail(claim: Claim, at: Date, error: string): Promise<boolean> {
      const result = await ownedBy(claim)
        .set({ status: 'failed', finished_at: at, last_error: error, locked_by: null, locked_until: null })
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async get(id: string): Promise<Job | undefined> {
      if (!isJobId(id)) return undefined;
      const row = await db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toJob(row);
    },

    /** Newest failure first; `before` is the last row of the previous page. */
    async listFailed(
      limit: number,
      before?: { finishedAt: Date; id: string },
      tenantId?: string,
    ): Promise<Job[]> {
      let query = db
        .selectFrom('jobs')
        .selectAll()
        .where('status', '=', 'failed')
        .orderBy('finished_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit);
      if (before)
        query = query.where((eb) =>
          eb(eb.refTuple('finished_at', 'id'), '<', eb.tuple(before.finishedAt, before.id)),
        );
      if (tenantId !== undefined) query = query.where('tenant_id', '=', tenantId);
      return (await query.execute()).map(toJob);
    },

    /** A failed job gets a fresh set of attempts, due now. */
    async retry(id: string, now: Date, tenantId?: string): Promise<boolean> {
      if (!isJobId(id)) return false;
      let update = db
        .updateTable('jobs')
        .set({
          status: 'queued',
          attempts: 0,
          run_at: now,
          finished_at: null,
          progress_done: null,
          progress_total: null,
        })
        .where('id', '=', id)
        .where('status', '=', 'failed');
      if (tenantId !== undefined) update = update.where('tenant_id', '=', tenantId);
      const result = await update.executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
  };
}

function toJob(row: JobRow): Job {
  return {
    id: row.id,
    kind: row.kind,
    payload: row.payload,
    tenantId: row.tenant_id,
    status: row.status,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    runAt: row.run_at,
    lockedBy: row.locked_by,
    lockedUntil: row.locked_until,
    lastError: row.last_error,
    progress:
      row.progress_done === null || row.progress_total === null
        ? null
        : { done: row.progress_done, total: row.progress_total },
    idempotencyKey: row.idempotency_key,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}
