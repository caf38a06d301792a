// EXPLAIN (ANALYZE, BUFFERS) of every statement one search runs, on an archive kept by
// `BENCH_KEEP=1 … run.ts` — for finding out why a query is slow.
//
//   node --import tsx bench/records/explain.ts rathaus_bench_records_100000 "Hundesteuer" [department number]
import { Kysely, PostgresDialect, sql, type CompiledQuery } from 'kysely';
import pg from 'pg';
import { searchRecords, type RecordsDb } from '../../src/modules/records/index.ts';
import { tenantScope, withTenant } from '../../src/platform/db/tenant-scope.ts';

const [database = '', text = '', departmentNumber = '32.1'] = process.argv.slice(2);
const serverUrl = new URL(
  process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/',
);
serverUrl.pathname = `/${database}`;
const tenantId = '5e1ec7ed-0000-4000-8000-00000000a1c0'; // run.ts's municipality
const captured: CompiledQuery[] = [];
const db = new Kysely<RecordsDb>({
  dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: serverUrl.toString(), max: 1 }) }),
  log: (event) => {
    if (event.level === 'query' && /records_search|set local/.test(event.query.sql))
      captured.push(event.query);
  },
});
const { rows } = await sql<{ id: string; staff: string }>`
  select d.id, (select s.id from identity_staff s where s.email like '%.' || d.number || '@archiv.example' limit 1) as staff
  from identity_departments d where number = ${departmentNumber}`.execute(db);
const department = rows[0]!;
const viewer = {
  kind: 'staff' as const,
  staffIds: [department.staff],
  departmentIds: [department.id],
  headedDepartmentIds: [],
  recordsManager: false,
  writableDepartmentIds: [department.id],
};
const started = performance.now();
const result = await searchRecords({ scope: tenantScope(db, tenantId), viewer, text, filters: {} });
console.log(`${result.hits.length} hits in ${(performance.now() - started).toFixed(1)} ms`);
// Replayed in one transaction, in order, so `set local` applies as it did in the search.
await withTenant(db, tenantId, async (trx) => {
  for (const query of captured) {
    if (/^set local/.test(query.sql)) {
      await trx.executeQuery(query);
      continue;
    }
    const plan = await trx.executeQuery<{ 'QUERY PLAN': string }>({
      ...query,
      sql: `explain (analyze, buffers) ${query.sql}`,
    });
    console.log(plan.rows.map((row) => row['QUERY PLAN']).join('\n'), '\n');
  }
});
await db.destroy();
