// A synthetic town archive for the records benchmarks: departments and staff, a file plan, files, cases and
// documents with German texts of a few hundred to several thousand words. Everything is generated inside
// the database with INSERT … SELECT over generate_series, in batches; the search index is filled by the 0014
// triggers exactly as in production (only its GIN index is dropped during the load and rebuilt once at the
// end, as one would for any bulk import). Most of the time is to_tsvector over the texts: 100 k documents
// took 9–13 minutes on this shared 2-core machine, so 1 M take one and a half to two hours there.
//
// Proportions: as many cases as documents (the case list goal speaks of 1 M cases), ten cases per file;
// documents fall on cases at random (0–5 per case). Files: 15 % open to all staff, 80 % internal to their
// department, 5 % confidential. Dates spread over 2016–2026.
import { performance } from 'node:perf_hooks';
import { sql, type Kysely } from 'kysely';
import {
  commonSentences,
  departments,
  fill,
  seededRandom,
  surnames,
  tailTerms,
  topics,
} from './vocabulary.ts';

export interface GenerateOptions {
  db: Kysely<unknown>;
  tenantId: string;
  documents: number;
  /** Documents per statement; also cases and files per statement. */
  batchSize?: number;
  /** Concurrent batches (PostgreSQL only; PGlite is one connection). */
  workers?: number;
  log?: (line: string) => void;
}

export interface GeneratedArchive {
  departmentIds: Map<string, string>;
  /** Ten people per department, for "responsible person". */
  staffIds: Map<string, string[]>;
  files: number;
  cases: number;
  documents: number;
  seconds: number;
}

const VARIANTS = 200;

/** Runs `work` for consecutive ranges [from, to] of 1…total, `workers` at a time. */
async function inBatches(
  total: number,
  size: number,
  workers: number,
  work: (from: number, to: number) => Promise<unknown>,
) {
  let next = 1;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (next <= total) {
        const from = next;
        const to = Math.min(total, from + size - 1);
        next = to + 1;
        await work(from, to);
      }
    }),
  );
}

export async function generateArchive(options: GenerateOptions): Promise<GeneratedArchive> {
  const { db, tenantId, documents } = options;
  const batchSize = options.batchSize ?? 5000;
  const workers = options.workers ?? 1;
  const log = options.log ?? (() => {});
  const started = performance.now();
  const cases = documents;
  const files = Math.max(1, Math.round(cases / 10));
  const random = seededRandom(20260302);

  // Organisation: departments and ten people each. The benchmark connects as a superuser, which row-level
  // security does not restrict; the triggers run all the same.
  const departmentIds = new Map<string, string>();
  const staffIds = new Map<string, string[]>();
  for (const department of departments) {
    const { rows } = await sql<{ id: string }>`
      insert into identity_departments (tenant_id, number, name)
      values (${tenantId}, ${department.number}, ${department.name}) returning id`.execute(db);
    departmentIds.set(department.number, rows[0]!.id);
    const people = await sql<{ id: string }>`
      insert into identity_staff (tenant_id, email, display_name)
      select ${tenantId}, 'person' || g || '.' || ${department.number} || '@archiv.example', 'Person ' || g
      from generate_series(1, 10) g returning id`.execute(db);
    staffIds.set(
      department.number,
      people.rows.map((row) => row.id),
    );
  }

  // File plan: a group per department number, a node per topic and three subgroups below it.
  await sql`drop table if exists bench_topics, bench_files, bench_cases, bench_sentences, bench_pool_sizes`.execute(
    db,
  );
  await sql`create table bench_topics (
    topic int primary key, department_id uuid, staff_ids uuid[], plan_node_ids uuid[], plan_code text,
    file_titles text[], case_titles text[], document_titles text[], document_types text[], sentences text[])`.execute(
    db,
  );
  for (const [index, topic] of topics.entries()) {
    const group = topic.planCode.split('.')[0]!;
    await sql`insert into records_plan_nodes (tenant_id, code, title)
      values (${tenantId}, ${group}, ${`Aufgabengruppe ${group}`}) on conflict do nothing`.execute(db);
    const { rows: parent } = await sql<{ id: string }>`
      insert into records_plan_nodes (tenant_id, parent_id, code, title)
      select ${tenantId}, id, ${topic.planCode}, ${topic.planTitle} from records_plan_nodes
      where tenant_id = ${tenantId} and code = ${group} returning id`.execute(db);
    const { rows: children } = await sql<{ id: string }>`
      insert into records_plan_nodes (tenant_id, parent_id, code, title)
      select ${tenantId}, ${parent[0]!.id}, ${topic.planCode} || '.' || g, ${topic.planTitle} || ' ' || g
      from generate_series(1, 3) g returning id`.execute(db);
    const titles = Array.from({ length: VARIANTS }, () => {
      const pick = topic.documentTitles[Math.floor(random() * topic.documentTitles.length)]!;
      return { title: fill(pick.title, random, topic), type: pick.type };
    });
    const variants = (templates: string[]) =>
      Array.from({ length: VARIANTS }, () =>
        fill(templates[Math.floor(random() * templates.length)]!, random, topic),
      );
    // Each topic sentence in several fillings, so names, streets and dates vary from text to text.
    const sentences = Array.from({ length: VARIANTS * 4 }, (_, n) =>
      fill(topic.sentences[n % topic.sentences.length]!, random, topic),
    );
    await sql`insert into bench_topics values (${index}, ${departmentIds.get(topic.department)!},
      ${staffIds.get(topic.department)!}::uuid[], ${children.map((row) => row.id)}::uuid[], ${topic.planCode},
      ${variants(topic.fileTitles)}, ${variants(topic.caseTitles)}, ${titles.map((row) => row.title)},
      ${titles.map((row) => row.type)}, ${sentences})`.execute(db);
  }
  // The sentence pools: per topic (pool = topic), the phrases of any letter (-1), and references to the
  // long tail of rarer terms (-2), those picked log-uniformly, i.e. Zipf-like: few often, many rarely.
  await sql`create table bench_sentences (pool int, n int, sentence text, primary key (pool, n))`.execute(db);
  await sql`insert into bench_sentences select topic, n - 1, sentence
    from bench_topics, unnest(sentences) with ordinality as u(sentence, n)`.execute(db);
  const common = Array.from({ length: VARIANTS * 2 }, (_, n) =>
    fill(commonSentences[n % commonSentences.length]!, random),
  );
  const zipf = () => tailTerms[Math.floor(Math.exp(random() * Math.log(tailTerms.length)))] ?? tailTerms[0]!;
  const tail = Array.from({ length: 5000 }, () => `Siehe auch ${zipf()} und ${zipf()}.`);
  for (const [pool, list] of [
    [-1, common],
    [-2, tail],
  ] as const)
    await sql`insert into bench_sentences select ${pool}, n - 1, sentence
      from unnest(${list}::text[]) with ordinality as u(sentence, n)`.execute(db);
  await sql`create table bench_pool_sizes as select pool, count(*)::int as size from bench_sentences group by pool`.execute(
    db,
  );
  const topicPicks = topics.flatMap((topic, index) => Array.from({ length: topic.weight }, () => index));
  await sql`create table bench_files (f int primary key, id uuid, topic int, created_at timestamptz, closed boolean)`.execute(
    db,
  );
  await sql`create table bench_cases (c int primary key, id uuid, topic int, created_at timestamptz)`.execute(
    db,
  );

  // The search index's GIN indexes are rebuilt once after the load (much faster than row by row).
  const { rows: ginIndexes } = await sql<{ name: string; definition: string }>`
    select indexname as name, indexdef as definition from pg_indexes
    where tablename = 'records_search_entries' and indexdef like '%USING gin%'`.execute(db);
  for (const index of ginIndexes) await sql.raw(`drop index ${index.name}`).execute(db);

  const logProgress = (what: string, done: number, total: number) => {
    const seconds = (performance.now() - started) / 1000;
    log(
      `  ${what}: ${done.toLocaleString('de-DE')} / ${total.toLocaleString('de-DE')} (${seconds.toFixed(0)} s)`,
    );
  };

  await inBatches(files, batchSize * 4, workers, async (from, to) => {
    await db.transaction().execute(async (trx) => {
      await sql`insert into bench_files (f, id, topic, created_at, closed)
        select g, gen_random_uuid(), (${topicPicks}::int[])[1 + abs(hashint4(g)) % ${topicPicks.length}],
          timestamptz '2016-01-01 08:00+01' + (random() * 3700) * interval '1 day', random() < 0.5
        from generate_series(${from}::int, ${to}::int) g`.execute(trx);
      await sql`insert into records_files (tenant_id, id, plan_node_id, reference, title, department_id,
          responsible_staff_id, confidentiality, status, retention_years, disposal, created_at, closed_at)
        select ${tenantId}, b.id, t.plan_node_ids[1 + b.f % 3],
          t.plan_code || '.' || (1 + b.f % 3) || '-' || lpad(b.f::text, 7, '0') || '/' || extract(year from b.created_at),
          t.file_titles[1 + abs(hashint4(b.f + 1)) % ${VARIANTS}], t.department_id,
          case when b.f % 4 = 0 then null else t.staff_ids[1 + b.f % 10] end,
          case when b.f % 20 = 0 then 'confidential' when b.f % 20 < 4 then 'open' else 'internal' end,
          case when b.closed and b.created_at < timestamptz '2023-01-01' then 'closed' else 'open' end,
          10, 'destroy',
          b.created_at,
          case when b.closed and b.created_at < timestamptz '2023-01-01' then b.created_at + interval '900 days' end
        from bench_files b join bench_topics t on t.topic = b.topic
        where b.f between ${from} and ${to}`.execute(trx);
    });
  });
  logProgress('Akten', files, files);

  await inBatches(cases, batchSize * 2, workers, async (from, to) => {
    await db.transaction().execute(async (trx) => {
      await sql`insert into bench_cases (c, id, topic, created_at)
        select g, gen_random_uuid(), f.topic,
          least(f.created_at + random() * interval '800 days', timestamptz '2026-03-01 12:00+01')
        from generate_series(${from}::int, ${to}::int) g join bench_files f on f.f = 1 + g % ${files}`.execute(
        trx,
      );
      await sql`insert into records_cases (tenant_id, id, file_id, number, title, status, department_id,
          responsible_staff_id, created_at, closed_at)
        select ${tenantId}, c.id, f.id, 1 + c.c / ${files}, t.case_titles[1 + abs(hashint4(c.c)) % ${VARIANTS}],
          case when rf.status = 'closed' or (c.c % 5 < 3 and c.created_at < timestamptz '2025-06-01') then 'closed' else 'open' end,
          rf.department_id, rf.responsible_staff_id, c.created_at,
          case when rf.status = 'closed' or (c.c % 5 < 3 and c.created_at < timestamptz '2025-06-01')
               then least(c.created_at + interval '60 days', coalesce(rf.closed_at, c.created_at + interval '60 days')) end
        from bench_cases c join bench_files f on f.f = 1 + c.c % ${files}
        join records_files rf on rf.id = f.id
        join bench_topics t on t.topic = c.topic
        where c.c between ${from} and ${to}`.execute(trx);
    });
    if (to % (batchSize * 20) === 0) logProgress('Vorgänge', to, cases);
  });
  logProgress('Vorgänge', cases, cases);

  // Where the time of the document batches goes (summed over workers).
  const phases = new Map<string, number>();
  const timed = async <T>(name: string, work: Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await work;
    phases.set(name, (phases.get(name) ?? 0) + (performance.now() - start) / 1000);
    return result;
  };
  let documentsDone = 0;
  await inBatches(documents, batchSize, workers, async (from, to) => {
    await db.transaction().execute(async (trx) => {
      await sql`create temporary table bench_batch on commit drop as
        select g as d, gen_random_uuid() as id, c.id as case_id, c.topic,
          (c.created_at at time zone 'Europe/Berlin')::date + (random() * 90)::int as received_on,
          c.created_at + random() * interval '90 days' as created_at,
          -- Sentences per text: log-normal, median 45 (about 550 words), from 20 up to 400 (about 5,000).
          greatest(20, least(400, round(45 * exp(0.7 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random())))))::int
            as sentences
        from generate_series(${from}::int, ${to}::int) g
        join bench_cases c on c.c = 1 + abs(hashint4(g)) % ${cases}`.execute(trx);
      await timed(
        'documents + index rows',
        sql`insert into records_documents (tenant_id, id, case_id, title, document_type, direction,
          received_on, sender, tags, created_at)
        select ${tenantId}, b.id, b.case_id, t.document_titles[1 + b.d % ${VARIANTS}],
          t.document_types[1 + b.d % ${VARIANTS}],
          (array['incoming', 'outgoing', 'internal'])[1 + b.d % 3], b.received_on,
          case when b.d % 3 = 0 then (${surnames}::text[])[1 + b.d % ${surnames.length}] end,
          case when b.d % 7 = 0 then array['eilig'] when b.d % 11 = 0 then array['Widerspruch', 'Frist'] else '{}' end,
          b.created_at
        from bench_batch b join bench_topics t on t.topic = b.topic`.execute(trx),
      );
      await sql`insert into records_document_versions (tenant_id, document_id, version, content_sha256, byte_size,
          media_type, file_name, text_status, created_at)
        select ${tenantId}, b.id, 1, md5(b.id::text) || md5(b.d::text), 20000 + b.sentences * 300,
          'application/pdf', 'dokument-' || b.d || '.pdf', 'extracted', b.created_at
        from bench_batch b`.execute(trx);
      // Set-based: one row per sentence of each text, joined to the sentence pool, strung together per text.
      await timed(
        'texts: generate',
        sql`create temporary table bench_texts on commit drop as
        select p.id, string_agg(s.sentence, ' ' order by p.position) as body
        from (
          -- random() in the select list of a subquery with generate_series: one draw per sentence (a lateral
          -- "select random()" would be drawn once for the whole statement).
          select id, position, case when r < 0.7 then topic when r < 0.92 then -1 else -2 end as pool, r2
          from (
            select b.id, b.topic, g as position, random() as r, random() as r2
            from bench_batch b, generate_series(1, b.sentences) g
          ) draws
        ) p
        join bench_pool_sizes z on z.pool = p.pool
        join bench_sentences s on s.pool = p.pool and s.n = floor(p.r2 * z.size)::int
        group by p.id`.execute(trx),
      );
      await timed(
        'texts: insert + index (tsvector, word list)',
        sql`insert into records_document_texts (tenant_id, document_id, version, source, body)
        select ${tenantId}, id, 1, 'text_layer', body from bench_texts`.execute(trx),
      );
    });
    documentsDone += to - from + 1;
    if (documentsDone % (batchSize * 10) === 0 || documentsDone === documents)
      logProgress('Dokumente mit Text', documentsDone, documents);
  });

  log(
    `  Zeit je Schritt: ${[...phases].map(([name, seconds]) => `${name} ${seconds.toFixed(0)} s`).join(', ')}`,
  );
  log('  Suchindex: GIN-Indizes aufbauen …');
  for (const index of ginIndexes)
    await db.transaction().execute(async (trx) => {
      await sql`set local maintenance_work_mem = '512MB'`.execute(trx);
      await sql.raw(index.definition).execute(trx);
    });
  await sql`drop table bench_topics, bench_files, bench_cases, bench_sentences, bench_pool_sizes`.execute(db);
  log('  VACUUM ANALYZE …');
  await sql`vacuum analyze`.execute(db);
  const seconds = (performance.now() - started) / 1000;
  return { departmentIds, staffIds, files, cases, documents, seconds };
}
