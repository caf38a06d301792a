// The annual run (Jahreslauf): a notice for every household that keeps a taxable dog in the year, as one
// background job. Households are worked in number order, in batches: read and draft, render the PDF/A
// notices outside any transaction, then file the batch in ONE transaction. A crash loses at most the batch
// in flight; the job runs again (at least once) and carries on with the households that have no notice of
// this run yet — the unique (run_id, household_id) and a check under the household's row lock make a
// second notice for a household impossible. Progress is stored on the run row for the progress page.
import type { Kysely } from 'kysely';
import { withTenant, type TenantTransaction } from '../../platform/db/tenant-scope.ts';
import { PermanentJobError, type JobContext } from '../../platform/jobs/index.ts';
import { localDay } from '../../platform/time/calendar-day.ts';
import type { StaffActor } from '../access/index.ts';
import { abandonClaimed, storeClaimedMany, type ClaimedContent } from '../records/index.ts';
import { createBillingRepository } from './dogtax.billing.repository.ts';
import type { DogTaxDeps } from './dogtax.deps.ts';
import { dogTaxErrors } from './dogtax.errors.ts';
import {
  draftNotice,
  fileNoticeIn,
  loadHouseholdsForNotice,
  loadNoticeContext,
  renderNoticePdf,
  type NoticeContext,
  type NoticeDraft,
} from './dogtax.notices.ts';
import type { DogTaxTables } from './dogtax.tables.ts';

export const ANNUAL_RUN_JOB = 'dog-tax.annual-run';
/** Households per transaction: large enough to spread the commit, small enough that a crash loses little. */
const BATCH = 25;

type Trx = TenantTransaction<DogTaxTables>;
const shared = (trx: Trx) => trx as unknown as TenantTransaction<unknown>;

function scoped<T>(deps: DogTaxDeps, tenantId: string, work: (trx: Trx) => Promise<T>) {
  return withTenant(deps.db as Kysely<DogTaxTables>, tenantId, work);
}

export async function startAnnualRun(
  deps: DogTaxDeps,
  tenantId: string,
  actor: StaffActor,
  year: number,
): Promise<string> {
  return scoped(deps, tenantId, async (trx) => {
    const billing = createBillingRepository({ trx });
    if (await billing.runningRun()) throw dogTaxErrors.run_already_running();
    await loadNoticeContext(trx);
    const at = deps.now();
    const runId = await billing.insertRun(year, actor.id, at).catch((error: unknown) => {
      // The partial unique index: another run was started at the same moment.
      if (String((error as { code?: string }).code) === '23505') throw dogTaxErrors.run_already_running();
      throw error;
    });
    await billing.updateRun(runId, { total: await billing.countTaxableHouseholds(year) });
    await deps.jobs.enqueue(ANNUAL_RUN_JOB, { runId }, { tenantId, idempotencyKey: runId }, trx);
    await deps.audit.append(shared(trx), {
      actor: { type: 'staff', id: actor.id },
      action: 'dog-tax.annual_run_started',
      object: { type: 'dog_tax_run', id: runId },
      summary: { year },
    });
    return runId;
  });
}

export function defineDogTaxJobs(deps: DogTaxDeps): void {
  deps.jobs.define<{ runId: string }>(
    ANNUAL_RUN_JOB,
    async (payload, context) => {
      if (!context.tenantId) throw new PermanentJobError('annual run without municipality');
      await runAnnual(deps, context.tenantId, payload.runId, context);
    },
    {
      maxAttempts: 5,
      onFailed: async (payload, failure) => {
        if (!failure.tenantId) return;
        await scoped(deps, failure.tenantId, (trx) =>
          createBillingRepository({ trx }).updateRun(payload.runId, {
            status: 'failed',
            error: failure.error.slice(0, 2000),
            finishedAt: deps.now(),
          }),
        );
      },
    },
  );
}

/** Works the run to its end; safe to call again after a crash (see the head of this file). */
export async function runAnnual(
  deps: DogTaxDeps,
  tenantId: string,
  runId: string,
  context: Pick<JobContext, 'reportProgress' | 'signal'>,
): Promise<void> {
  const start = await scoped(deps, tenantId, async (trx) => {
    const run = await createBillingRepository({ trx }).run(runId);
    return run?.status === 'running' ? { run, notice: await loadNoticeContext(trx) } : undefined;
  });
  if (!start) return;
  const { run, notice } = start;
  const date = localDay(deps.now());
  // Read and render the next batch while the current one is filed: the rendering's file writes and
  // fsyncs overlap the database's work.
  const prepare = async (after: string) => {
    context.signal.throwIfAborted();
    const drafts = await scoped(deps, tenantId, async (trx) => {
      const batch = await createBillingRepository({ trx }).householdsStillToAssess(
        runId,
        run.year,
        after,
        BATCH,
      );
      const loaded = await loadHouseholdsForNotice(
        trx,
        batch.map((row) => row.id),
        run.year,
      );
      return {
        last: batch.at(-1)?.number,
        made: loaded.map((household) =>
          draftNotice({ context: notice, ...household, year: run.year, kind: 'annual', date }),
        ),
      };
    });
    return { ...drafts, stored: await renderAll(deps, tenantId, drafts.made) };
  };
  // A rejection of the batch prepared ahead is seen when it is awaited; until then it must not count as
  // unhandled (Node would end the process).
  const ahead = (after: string) => {
    const promise = prepare(after);
    promise.catch(() => undefined);
    return promise;
  };
  let next = ahead('');
  for (;;) {
    const current = await next;
    if (current.last === undefined) break;
    next = ahead(current.last);
    // A failure while filing leaves the prepared batch's blobs to be cleaned up as well.
    const done = await fileBatch(deps, tenantId, runId, notice, current.made, current.stored).catch(
      async (error: unknown) => {
        const pending = await next.catch(() => undefined);
        if (pending) await abandonClaimed(deps, tenantId, pending.stored);
        throw error;
      },
    );
    await context.reportProgress(done, Math.max(run.total, done)).catch(async (error: unknown) => {
      const pending = await next.catch(() => undefined);
      if (pending) await abandonClaimed(deps, tenantId, pending.stored);
      throw error;
    });
  }
  await scoped(deps, tenantId, async (trx) => {
    const billing = createBillingRepository({ trx });
    const done = await billing.countNoticesOfRun(runId);
    await billing.updateRun(runId, { status: 'done', done, finishedAt: deps.now() });
    await deps.audit.append(shared(trx), {
      actor: { type: 'system' },
      action: 'dog-tax.annual_run_finished',
      object: { type: 'dog_tax_run', id: runId },
      summary: { year: run.year, notices: done },
    });
  });
}

async function renderAll(deps: DogTaxDeps, tenantId: string, drafts: readonly NoticeDraft[]) {
  // The PDF/A writer is a few milliseconds of CPU per notice; storing claims the whole batch at once.
  const pdfs: Buffer[] = [];
  for (const draft of drafts) pdfs.push(await renderNoticePdf(deps, draft));
  return storeClaimedMany(deps, tenantId, pdfs);
}

async function fileBatch(
  deps: DogTaxDeps,
  tenantId: string,
  runId: string,
  context: NoticeContext,
  drafts: readonly NoticeDraft[],
  stored: readonly ClaimedContent[],
): Promise<number> {
  const unused: ClaimedContent[] = [];
  try {
    const done = await scoped(deps, tenantId, async (trx) => {
      const billing = createBillingRepository({ trx });
      for (const [position, draft] of drafts.entries()) {
        // Another worker of the same run (a lease that ran out) may have filed it meanwhile; should both
        // get past this check, the unique (run_id, household_id) refuses the second batch, which then
        // runs again and skips it.
        const existing = await trx
          .selectFrom('dog_tax_notices')
          .select('id')
          .where('run_id', '=', runId)
          .where('household_id', '=', draft.household.id)
          .executeTakeFirst();
        if (existing) {
          unused.push(stored[position]!);
          continue;
        }
        await fileNoticeIn(trx, deps, {
          tenantId,
          context,
          draft,
          stored: stored[position]!,
          actor: { type: 'system' },
          runId,
        });
      }
      const count = await billing.countNoticesOfRun(runId);
      await billing.updateRun(runId, { done: count });
      return count;
    });
    await abandonClaimed(deps, tenantId, unused);
    return done;
  } catch (error) {
    await abandonClaimed(deps, tenantId, stored);
    throw error;
  }
}
