// The annual run: a notice for every household that keeps a dog in the year, exactly one each even when
// the run crashes in the middle and is started again; progress is stored on the run; a second run while
// one is going is refused; the job itself runs through the queue.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { insertSyntheticRegister } from './dogtax.synthetic.ts';
import { ANNUAL_RUN_JOB, runAnnual } from './dogtax.run.ts';
import { signInStaff, startDogTaxApp } from './dogtax.test-helpers.ts';
import { csrfTokenIn } from '../../test-app.ts';

test('a crash in the middle of the annual run, then a restart: every household has exactly one notice', async (t) => {
  const setup = await startDogTaxApp(t);
  const { rows, deps, tenantId } = setup;
  const register = await insertSyntheticRegister(setup.app.db, tenantId, {
    households: 60,
    dogs: 72,
    seed: 7,
    year: 2027,
  });
  assert.equal(register.households, 60);

  const nina = await signInStaff(setup, 'nina.schulz');
  const page = await nina.get('/intern/hundesteuer/jahreslauf');
  const started = await nina.post('/intern/hundesteuer/jahreslauf', {
    year: '2027',
    _csrf: csrfTokenIn(page.body),
  });
  assert.equal(started.statusCode, 303);
  const runPath = started.headers.location as string;
  const runId = runPath.split('/').at(-1)!;
  // A second run while this one is going is refused.
  const second = await nina.post('/intern/hundesteuer/jahreslauf', {
    year: '2027',
    _csrf: csrfTokenIn(page.body),
  });
  assert.equal(second.statusCode, 400);
  assert.match(second.body, /bereits ein Jahreslauf/);

  // The worker dies after the first batch (25 households) is filed.
  const crash = new Error('worker killed');
  let batches = 0;
  await assert.rejects(
    runAnnual(deps, tenantId, runId, {
      signal: new AbortController().signal,
      reportProgress: async () => {
        batches += 1;
        throw crash;
      },
    }),
    crash,
  );
  assert.equal(batches, 1);
  const afterCrash = await rows(
    sql<{ n: number }>`select count(*)::int as n from dog_tax_notices where run_id = ${runId}::uuid`,
  );
  assert.equal(afterCrash[0]!.n, 25);
  const progress = await nina.get(`${runPath}?teil=fortschritt`);
  assert.match(progress.body, /25 von 60 Bescheiden erstellt/);
  assert.match(progress.body, /<progress[^>]*max="60"[^>]*value="25"/);

  // The queue runs the job again (as after a restart): it carries on and finishes.
  for (let round = 0; round < 20; round += 1) {
    const { ran } = await setup.app.platform.jobs.runDue({ batchSize: 5 });
    if (ran === 0) break;
  }
  const perHousehold = await rows(sql<{ household_id: string; n: number }>`
    select household_id, count(*)::int as n from dog_tax_notices where run_id = ${runId}::uuid group by household_id`);
  assert.equal(perHousehold.length, 60);
  assert.ok(
    perHousehold.every((row) => row.n === 1),
    'exactly one notice per household',
  );
  const [run] = await rows(sql<{ status: string; done: number; total: number }>`
    select status, done, total from dog_tax_runs where id = ${runId}::uuid`);
  assert.deepEqual(run, { status: 'done', done: 60, total: 60 });
  const [job] = await rows(sql<{ status: string }>`select status from jobs where kind = ${ANNUAL_RUN_JOB}`);
  assert.equal(job?.status, 'succeeded');
  // Each notice is a document in the household's E-Akte case with its text, and owes the assessed total.
  const [filed] = await rows(sql<{ notices: number; documents: number; mismatched: number }>`
    select count(*)::int as notices,
           count(d.id)::int as documents,
           count(*) filter (where n.total_cents <> (select sum(amount_cents) from dog_tax_installments i where i.notice_id = n.id))::int as mismatched
    from dog_tax_notices n left join records_documents d on d.id = n.document_id
    where n.run_id = ${runId}::uuid`);
  assert.deepEqual(filed, { notices: 60, documents: 60, mismatched: 0 });
  // Households without an account get their notice by post.
  const [print] = await rows(
    sql<{ n: number }>`select count(*)::int as n from dog_tax_notices where delivery = 'print'`,
  );
  assert.equal(print!.n, 60);

  // Running the finished run again changes nothing.
  await runAnnual(deps, tenantId, runId, {
    signal: new AbortController().signal,
    reportProgress: async () => {},
  });
  const again = await rows(
    sql<{ n: number }>`select count(*)::int as n from dog_tax_notices where run_id = ${runId}::uuid`,
  );
  assert.equal(again[0]!.n, 60);
  const finished = await nina.get(runPath);
  assert.match(finished.body, /60 von 60 Bescheiden erstellt/);
  assert.doesNotMatch(finished.body, /hx-trigger/);
});
