// E-Akte at scale: latency of a clerk's case list (first page and a deep page through the cursor) and of
// the full-text search (typical queries, three kinds of people), on a synthetic town archive
// (generate.ts) of 100 k and 1 M documents. PostgreSQL at every size (a fresh database on the server of
// DATABASE_URL / TEST_DATABASE_URL, default postgres://root@127.0.0.1:5432/, dropped afterwards), PGlite
// at 100 k (on disk, in a temporary directory). Goals: case list p50 ≤ 20 ms at 1 M cases, search
// p95 ≤ 100 ms at 1 M documents.
//
//   node --import tsx bench/records/run.ts
//   BENCH_SIZES=100000 BENCH_PGLITE_SIZE=0 node --import tsx bench/records/run.ts
//   BENCH_KEEP=1 …   keeps each PostgreSQL archive (rathaus_bench_records_<size>) and reuses it next time
//   BENCH_WORKERS=1 … generates with one batch at a time (leaves a core to other work)
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { runMigrations } from '../../src/migrations/index.ts';
import {
  listCases,
  searchRecords,
  type RecordsDb,
  type RecordsViewer,
  type SearchFilters,
} from '../../src/modules/records/index.ts';
import { openDatabase, type DatabaseHandle } from '../../src/platform/db/database.ts';
import { encodeTimeIdCursor } from '../../src/platform/db/keyset.ts';
import { tenantScope } from '../../src/platform/db/tenant-scope.ts';
import { generateArchive } from './generate.ts';

const serverUrl =
  process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/';
const sizes = (process.env.BENCH_SIZES ?? '100000,1000000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const pgliteSize = Number(process.env.BENCH_PGLITE_SIZE ?? 100_000);
const keep = process.env.BENCH_KEEP === '1';
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
// Concurrent generation batches on PostgreSQL (one per core is the most that helps).
const workers = Number(process.env.BENCH_WORKERS ?? 2);
// BENCH_SEARCH=0: only the case list (e.g. while the archive's documents are still being generated).
const withSearch = process.env.BENCH_SEARCH !== '0';
const goals = { caseListP50: 20, searchP95: 100 };
const tenantId = '5e1ec7ed-0000-4000-8000-00000000a1c0';

interface Archive {
  handle: DatabaseHandle<unknown>;
  label: string;
  close: () => Promise<void>;
}

function databaseUrl(name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function postgresArchive(documents: number): Promise<Archive & { reused: boolean }> {
  const name = keep
    ? `rathaus_bench_records_${documents}`
    : `rathaus_bench_records_${process.pid}_${documents}`;
  const admin = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: serverUrl, max: 1 }) }),
  });
  const { rows } = await sql<{ exists: boolean }>`
    select exists (select 1 from pg_database where datname = ${name}) as exists`.execute(admin);
  // Reused only when its generation finished (a run cut off midway leaves no marker, and starts afresh).
  let reused = keep && rows[0]!.exists;
  if (reused) {
    const probe = new pg.Client({ connectionString: databaseUrl(name) });
    await probe.connect();
    const marker = await probe.query(`select to_regclass('bench_archive_complete') is not null as done`);
    await probe.end();
    reused = marker.rows[0].done === true;
  }
  if (!reused) {
    await sql.raw(`drop database if exists ${name} with (force)`).execute(admin);
    await sql.raw(`create database ${name}`).execute(admin);
  }
  const handle = await openDatabase<unknown>({ databaseUrl: databaseUrl(name), poolSize: 4 });
  return {
    handle,
    reused,
    label: `PostgreSQL, ${documents.toLocaleString('de-DE')} Dokumente`,
    close: async () => {
      await handle.close();
      if (!keep) await sql.raw(`drop database if exists ${name} with (force)`).execute(admin);
      await admin.destroy();
    },
  };
}

async function pgliteArchive(documents: number): Promise<Archive> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'rathaus-bench-records-'));
  const handle = await openDatabase<unknown>({ dataDir });
  return {
    handle,
    label: `PGlite, ${documents.toLocaleString('de-DE')} Dokumente`,
    close: async () => {
      await handle.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function figures(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? NaN };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function time(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

function clerk(departmentId: string, staffId: string): Extract<RecordsViewer, { kind: 'staff' }> {
  return {
    kind: 'staff',
    staffIds: [staffId],
    departmentIds: [departmentId],
    headedDepartmentIds: [],
    recordsManager: false,
    writableDepartmentIds: [departmentId],
  };
}

const searches: { text: string; filters?: (departments: Map<string, string>) => SearchFilters }[] = [
  { text: 'Hundesteuer' },
  { text: 'Bauantrag Gartenstraße' },
  { text: 'Müller' },
  { text: 'Mueller Wohngeld' },
  { text: 'Fundsache Fahrrad' },
  { text: 'Meldebescheinigung' },
  { text: 'Bauantarg' },
  { text: 'Hundest' },
  { text: 'Widerspruch Bescheid' },
  { text: 'Kanalanschlussgebühr' },
  { text: 'Sperrzeit Gaststätte' },
  { text: 'Bescheid', filters: () => ({ documentType: 'notice', from: '2025-01-01', to: '2025-12-31' }) },
  { text: 'Antrag', filters: (d) => ({ departmentId: d.get('50')!, status: 'open' }) },
];

async function measure(archive: Archive, departments: Map<string, string>, staff: Map<string, string[]>) {
  const db = archive.handle.db as Kysely<RecordsDb>;
  const officeId = departments.get('32.1')!;
  const officeClerk = clerk(officeId, staff.get('32.1')![0]!);

  // Case list: the records core's use case, as the clerk's page calls it (department filter, 50 a page).
  const scope = tenantScope(db, tenantId);
  const cases = (cursor?: string) =>
    listCases({ scope, viewer: officeClerk, filter: { departmentId: officeId }, cursor, limit: 50 });
  const { rows: counted } = await sql<{ count: string }>`
    select count(*) as count from records_cases where department_id = ${officeId}`.execute(db);
  const departmentCases = Number(counted[0]!.count);
  const deepOffset = Math.min(10_000, Math.floor(departmentCases / 2));
  const { rows: deep } = await sql<{ at: Date; id: string }>`
    select created_at as at, id from records_cases where department_id = ${officeId}
    order by created_at desc, id desc offset ${deepOffset} limit 1`.execute(db);
  const deepKey = encodeTimeIdCursor(deep[0]!);
  for (let n = 0; n < 5; n++) {
    await cases();
    await cases(deepKey);
  }
  const first: number[] = [];
  const deeper: number[] = [];
  for (let n = 0; n < 40 * rounds; n++) {
    first.push(await time(() => cases()));
    deeper.push(await time(() => cases(deepKey)));
  }
  const firstPage = figures(first);
  const deepPage = figures(deeper);
  console.log(
    `  Vorgangsliste (Sachbearbeitung Bürgerbüro, ${departmentCases.toLocaleString('de-DE')} Vorgänge im Amt, 50 je Seite):`,
  );
  console.log(`    erste Seite:          p50 ${ms(firstPage.p50)}, p95 ${ms(firstPage.p95)}`);
  console.log(
    `    Seite nach ${deepOffset.toLocaleString('de-DE')} Vorgängen (Cursor): p50 ${ms(deepPage.p50)}, p95 ${ms(deepPage.p95)}`,
  );

  if (!withSearch) return { caseListP50: firstPage.p50, caseListDeepP50: deepPage.p50, searchP95: NaN };

  // Search: every query as three people, several rounds; the whole use case (words, corrections, page, snippets).
  const viewers: [string, RecordsViewer][] = [
    ['Sachbearbeitung Bauaufsicht', clerk(departments.get('63')!, staff.get('63')![0]!)],
    ['Sachbearbeitung Steueramt', clerk(departments.get('22')!, staff.get('22')![0]!)],
    ['Registratur', { ...clerk(departments.get('10.2')!, staff.get('10.2')![0]!), recordsManager: true }],
  ];
  const run = (text: string, filters: SearchFilters, viewer: RecordsViewer, cursor?: string) =>
    searchRecords({ scope, viewer, text, filters, cursor });
  const all: number[] = [];
  const perQuery: { text: string; p50: number; p95: number; hits: number }[] = [];
  const nextPages: number[] = [];
  for (const search of searches) {
    const filters = search.filters?.(departments) ?? {};
    const samples: number[] = [];
    let hits = 0;
    for (const [, viewer] of viewers) {
      const warm = await run(search.text, filters, viewer);
      hits = Math.max(hits, warm.hits.length);
      for (let n = 0; n < rounds; n++) samples.push(await time(() => run(search.text, filters, viewer)));
      if (warm.nextCursor) {
        const cursor = warm.nextCursor;
        for (let n = 0; n < rounds; n++)
          nextPages.push(await time(() => run(search.text, filters, viewer, cursor)));
      }
    }
    all.push(...samples);
    perQuery.push({ text: search.text + (search.filters ? ' (+ Filter)' : ''), ...figures(samples), hits });
  }
  const overall = figures(all);
  const next = figures(nextPages);
  console.log(
    `  Suche (${searches.length} Anfragen × ${viewers.length} Personen × ${rounds} Runden, 20 Treffer je Seite mit Ausschnitt):`,
  );
  for (const query of perQuery)
    console.log(
      `    ${query.text.padEnd(34)} p50 ${ms(query.p50).padStart(9)}, p95 ${ms(query.p95).padStart(9)}`,
    );
  console.log(
    `    alle Anfragen, erste Seite: p50 ${ms(overall.p50)}, p95 ${ms(overall.p95)}, max ${ms(overall.max)}`,
  );
  console.log(`    zweite Seite (Cursor):      p50 ${ms(next.p50)}, p95 ${ms(next.p95)}`);
  return { caseListP50: firstPage.p50, caseListDeepP50: deepPage.p50, searchP95: overall.p95 };
}

async function describe(db: Kysely<unknown>) {
  const { rows } = await sql<{ words: number; texts: string; entries: string; vocabulary: string }>`
    select (select avg(array_length(regexp_split_to_array(body, '\\s+'), 1))::int
              from records_document_texts tablesample system (1)) as words,
      pg_size_pretty(pg_total_relation_size('records_document_texts')) as texts,
      pg_size_pretty(pg_total_relation_size('records_search_entries')) as entries,
      (select count(*) from records_search_words) as vocabulary`.execute(db);
  const row = rows[0]!;
  return `Ø ${row.words} Wörter je Text; Texte ${row.texts}, Suchindex ${row.entries}, ${row.vocabulary} Wörter in der Korrekturliste`;
}

async function bench(archive: Archive & { reused?: boolean }, documents: number) {
  const db = archive.handle.db;
  console.log(`\n${archive.label}`);
  try {
    let departments: Map<string, string>;
    let staff: Map<string, string[]>;
    if (archive.reused) {
      console.log('  (vorhandenes Archiv wiederverwendet)');
      const { rows } = await sql<{ number: string; id: string; staff: string[] }>`
        select d.number, d.id, array(select s.id from identity_staff s
          where s.tenant_id = d.tenant_id and s.email like '%.' || d.number || '@archiv.example' order by s.id) as staff
        from identity_departments d where d.tenant_id = ${tenantId}`.execute(db);
      departments = new Map(rows.map((row) => [row.number, row.id]));
      staff = new Map(rows.map((row) => [row.number, row.staff]));
    } else {
      await runMigrations(db);
      await sql`insert into tenants (id, slug, name) values (${tenantId}, 'archiv', 'Stadt Archivhausen')`.execute(
        db,
      );
      const generated = await generateArchive({
        db,
        tenantId,
        documents,
        batchSize: archive.handle.kind === 'pglite' ? 1000 : 5000,
        workers: archive.handle.kind === 'pglite' ? 1 : workers,
        log: console.log,
      });
      await sql`create table bench_archive_complete (documents integer)`.execute(db);
      console.log(`  erzeugt in ${(generated.seconds / 60).toFixed(1)} min`);
      departments = generated.departmentIds;
      staff = generated.staffIds;
    }
    console.log(`  ${await describe(db)}`);
    const result = await measure(archive, departments, staff);
    if (documents >= 1_000_000) {
      const verdict = (ok: boolean) => (ok ? 'erreicht' : 'VERFEHLT');
      console.log(
        `  Ziele: Vorgangsliste p50 ≤ ${goals.caseListP50} ms: ${verdict(result.caseListP50 <= goals.caseListP50)}` +
          (withSearch
            ? `; Suche p95 ≤ ${goals.searchP95} ms: ${verdict(result.searchP95 <= goals.searchP95)}`
            : ''),
      );
    }
  } finally {
    await archive.close();
  }
}

for (const documents of sizes) await bench(await postgresArchive(documents), documents);
if (pgliteSize > 0) await bench(await pgliteArchive(pgliteSize), pgliteSize);
