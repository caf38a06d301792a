// Ingest rate of born-digital PDFs: documents per second through the whole upload use case — staging
// (hash), type check, qpdf/pdfinfo checks, pdftotext, blob store, one transaction with document, version,
// text (the 0014 triggers index it for search) and audit entry. One writer and four at once (the tools
// run in parallel; PGlite serialises the transactions). PGlite on disk; PostgreSQL too when DATABASE_URL
// or TEST_DATABASE_URL is set (a throwaway database, dropped afterwards).
//
//   node --import tsx bench/records/ingest.ts
//   BENCH_DOCUMENTS=400 DATABASE_URL=postgres://root@127.0.0.1:5432/ node --import tsx bench/records/ingest.ts
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { runMigrations } from '../../src/migrations/index.ts';
import { createAuditTrail } from '../../src/modules/audit/index.ts';
import { seedIdentityDemo, testPasswordCost } from '../../src/modules/identity/index.ts';
import {
  textPdf,
  recordsCaller,
  people,
  seedCase,
  staffCaller,
  addDocument,
  type DocumentsDeps,
  defaultIngestSettings,
  stageUpload,
} from '../../src/modules/records/index.ts';
import { createFsBlobStore } from '../../src/platform/blobs/fs-blob-store.ts';
import { openDatabase, type DatabaseHandle } from '../../src/platform/db/database.ts';
import type { PlatformTables } from '../../src/platform/db/platform-tables.ts';
import { createJobQueue } from '../../src/platform/jobs/index.ts';
import { createTenantsRepository } from '../../src/platform/tenancy/tenants.repository.ts';

const documentCount = Number(process.env.BENCH_DOCUMENTS ?? 200);
const writerCounts = [1, 4];
const serverUrl = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;

const words =
  'Antrag Bescheid Gebühr Verwaltung Bürgerin Straße Behörde Frist Widerspruch gemäß Satzung Gemeinde Bauvorhaben Grundstück Nutzung Genehmigung Unterlagen beigefügt eingereicht zuständig Abteilung Ordnungsamt Prüfung Ergebnis schriftlich mitgeteilt Hundesteuer Anmeldung Wohnsitz'.split(
    ' ',
  );

/** A two-page letter of about 700 words, different for every n (so every upload is new content). */
function letter(n: number): Buffer {
  let seed = n * 7919 + 1;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const line = () => Array.from({ length: 9 }, () => words[Math.floor(random() * words.length)]).join(' ');
  const page = () => Array.from({ length: 40 }, line);
  return textPdf([[`Schreiben Nr. ${n}`, ...page()], page()], { fontSize: 10 });
}

async function openBenchDatabase(
  kind: 'pglite' | 'postgres',
  directory: string,
): Promise<DatabaseHandle<unknown>> {
  if (kind === 'pglite') return openDatabase<unknown>({ dataDir: directory });
  const name = `rathaus_bench_ingest_${randomUUID().replaceAll('-', '')}`;
  const admin = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: serverUrl!, max: 1 }) }),
  });
  await sql.raw(`create database ${name}`).execute(admin);
  const url = new URL(serverUrl!);
  url.pathname = `/${name}`;
  const handle = await openDatabase<unknown>({ databaseUrl: url.toString(), poolSize: 10 });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await sql.raw(`drop database if exists ${name} with (force)`).execute(admin);
      await admin.destroy();
    },
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function benchKind(kind: 'pglite' | 'postgres') {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'rathaus-bench-ingest-'));
  const handle = await openBenchDatabase(kind, directory);
  const db = handle.db;
  try {
    await runMigrations(db);
    const tenant = await createTenantsRepository({ db: db as Kysely<PlatformTables> }).upsert({
      slug: 'bench',
      name: 'Benchstadt',
      hosts: ['bench.test'],
    });
    await seedIdentityDemo({ db, tenantId: tenant.id, passwordCost: testPasswordCost });
    const { caseId } = await seedCase(db, tenant.id, { department: '32.1' });
    const caller = recordsCaller(await staffCaller(db, tenant.id, people.clerk));
    const settings = { ...defaultIngestSettings, stagingDirectory: path.join(directory, 'staging') };
    const deps: DocumentsDeps = {
      db,
      blobs: createFsBlobStore({ directory: path.join(directory, 'blobs') }),
      jobs: createJobQueue({ db }),
      audit: createAuditTrail(),
      now: () => new Date(),
      settings,
    };
    let next = 0;
    for (const writers of writerCounts) {
      const pdfs = Array.from({ length: documentCount }, () => letter((next += 1)));
      const latencies: number[] = [];
      let index = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: writers }, async () => {
          while (index < pdfs.length) {
            const pdf = pdfs[index++]!;
            const t0 = performance.now();
            const staged = await stageUpload(Readable.from([pdf]), settings);
            const filed = await addDocument(deps, {
              tenantId: tenant.id,
              caller,
              caseId,
              staged,
              fileName: 'schreiben.pdf',
              metadata: {
                title: 'Schreiben',
                documentType: 'letter',
                direction: 'incoming',
                receivedOn: null,
                sentOn: null,
                sender: null,
                tags: [],
              },
            });
            await rm(staged.path, { force: true });
            if (filed.textStatus !== 'extracted') throw new Error(`text not extracted: ${filed.textStatus}`);
            latencies.push(performance.now() - t0);
          }
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      latencies.sort((a, b) => a - b);
      console.log(
        `${kind.padEnd(8)} ${String(writers).padStart(2)} writer(s): ${(documentCount / seconds).toFixed(1).padStart(6)} documents/s` +
          `  (p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms per document, ${documentCount} two-page PDFs)`,
      );
    }
  } finally {
    await handle.close();
    await rm(directory, { recursive: true, force: true });
  }
}

console.log(
  `Ingest of born-digital PDFs (${os.cpus().length} cores), text extraction and search indexing included`,
);
await benchKind('pglite');
if (serverUrl) await benchKind('postgres');
