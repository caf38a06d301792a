// Run on PostgreSQL (TEST_DATABASE_URL) these race for real over a connection pool; on PGlite the
// transactions take turns, and the same assertions hold.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { AppError } from '../../platform/http/app-error.ts';
import { createCase } from './records.cases.usecases.ts';
import { recordsTestDatabase } from './records.core.test-database.ts';
import { closeFile, createFile } from './records.files.usecases.ts';
import { parseReferencePattern, DEFAULT_REFERENCE_PATTERN } from './records.reference.ts';

const pattern = parseReferencePattern(DEFAULT_REFERENCE_PATTERN);
const now = () => new Date('2026-05-04T10:00:00Z');

test('files created at the same time under one plan group get consecutive references without duplicates', async (t) => {
  const env = await recordsTestDatabase(t);
  const caller = env.staffCaller(env.staff[0]!.id, [
    { role: 'records_manager', departmentId: env.departments.get('10.2')! },
  ]);
  const deps = { scope: env.scope, audit: env.audit, caller, now, pattern };
  const results = await Promise.all(
    Array.from({ length: 24 }, (_, index) =>
      createFile({
        ...deps,
        input: {
          planNodeId: env.nodes.get('32.11.03')!,
          title: `Reisegewerbekarte ${index}`,
          departmentId: env.departments.get('32.1')!,
        },
      }),
    ),
  );
  const references = results.map((result) => (result.ok ? result.reference : 'failed')).sort();
  assert.deepEqual(
    references,
    Array.from({ length: 24 }, (_, index) => `32.11.03-${String(index + 1).padStart(4, '0')}/2026`),
  );
  const counter = await env.scope((trx) =>
    trx
      .selectFrom('records_reference_counters')
      .select('last_number')
      .where('plan_node_id', '=', env.nodes.get('32.11.03')!)
      .executeTakeFirst(),
  );
  assert.equal(counter?.last_number, 24);
});

test('cases created at the same time in one file are numbered 1…n; a file closed meanwhile never holds an open case', async (t) => {
  const env = await recordsTestDatabase(t);
  const caller = env.staffCaller(env.staff[0]!.id, [
    { role: 'records_manager', departmentId: env.departments.get('10.2')! },
  ]);
  const deps = { scope: env.scope, audit: env.audit, caller, now };
  const newFile = async (title: string) => {
    const result = await createFile({
      ...deps,
      pattern,
      input: { planNodeId: env.nodes.get('32.11.04')!, title, departmentId: env.departments.get('32.1')! },
    });
    assert.ok(result.ok);
    return result.fileId;
  };
  const fileId = await newFile('Wochenmarkt');
  const cases = await Promise.all(
    Array.from({ length: 16 }, (_, index) => createCase({ ...deps, fileId, title: `Standplatz ${index}` })),
  );
  assert.deepEqual(
    cases.map((result) => (result.ok ? result.number : 0)).sort((a, b) => a - b),
    Array.from({ length: 16 }, (_, index) => index + 1),
  );

  // Closing races with new cases: either the close wins (and the cases are refused) or a case wins
  // (and the close is refused); never a closed file with an open case in it.
  for (let round = 0; round < 5; round += 1) {
    const raced = await newFile(`Kirmes ${round}`);
    const outcomes = await Promise.allSettled([
      ...Array.from({ length: 3 }, () => createCase({ ...deps, fileId: raced, title: 'Fahrgeschäft' })),
      closeFile({ ...deps, fileId: raced }),
      ...Array.from({ length: 3 }, () => createCase({ ...deps, fileId: raced, title: 'Imbiss' })),
    ]);
    for (const outcome of outcomes)
      if (outcome.status === 'rejected')
        assert.ok(
          outcome.reason instanceof AppError &&
            ['records.file_closed', 'records.file_has_open_cases'].includes(outcome.reason.code),
          String(outcome.reason),
        );
    const [state] = await env.scope(
      async (trx) =>
        (
          await sql<{ status: string; open_cases: number }>`
          select f.status, (select count(*)::int from records_cases c where c.file_id = f.id and c.status = 'open') as open_cases
          from records_files f where f.id = ${raced}`.execute(trx)
        ).rows,
    );
    assert.ok(state!.status === 'open' || state!.open_cases === 0, JSON.stringify(state));
  }
});
