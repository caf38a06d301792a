// OCR throughput: pages per second of the E-Akte's OCR job (blob → OCR engine → searchable PDF/A
// rendition stored → text stored and indexed, through the job queue) against the bare `tesseract`
// command on the same page images, in the same run, both with one process per core and one Tesseract
// thread each. Goal: ≥ 0.9 × bare tesseract. Pages are dense German A4 text rendered at 300 dpi.
//
//   node --import tsx bench/records/ocr.ts
//   BENCH_PAGES=8 BENCH_ROUNDS=5 node --import tsx bench/records/ocr.ts
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { runMigrations } from '../../src/migrations/index.ts';
import { createAuditTrail } from '../../src/modules/audit/index.ts';
import { seedIdentityDemo, testPasswordCost } from '../../src/modules/identity/index.ts';
import { imagePdf, renderPage, textPdf } from '../../src/modules/records/fixtures/records.fixtures.ts';
import { recordsCaller } from '../../src/modules/records/records.core.actor.ts';
import { people, seedCase, staffCaller } from '../../src/modules/records/records.documents.test-fixtures.ts';
import { addDocument, type DocumentsDeps } from '../../src/modules/records/records.documents.usecases.ts';
import { defaultIngestSettings, stageUpload } from '../../src/modules/records/records.ingest.ts';
import { toolEnvironment } from '../../src/modules/records/records.ingest.tools.ts';
import { defineOcrJob } from '../../src/modules/records/records.ocr.ts';
import { createFsBlobStore } from '../../src/platform/blobs/fs-blob-store.ts';
import { openDatabase } from '../../src/platform/db/database.ts';
import type { PlatformTables } from '../../src/platform/db/platform-tables.ts';
import { withTenant } from '../../src/platform/db/tenant-scope.ts';
import { createJobQueue } from '../../src/platform/jobs/index.ts';
import { createTenantsRepository } from '../../src/platform/tenancy/tenants.repository.ts';

const pageCount = Number(process.env.BENCH_PAGES ?? 4);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const cores = os.cpus().length;

const words =
  'der die das Antrag Bescheid Gebühr Verwaltung Bürgerin Straße Behörde Frist Widerspruch gemäß Satzung Gemeinde Bauvorhaben Grundstück Nutzung Genehmigung Unterlagen beigefügt eingereicht zuständig Abteilung Ordnungsamt Prüfung Ergebnis schriftlich mitgeteilt Größe Maßnahme'.split(
    ' ',
  );

function densePage(n: number): Buffer {
  let seed = n * 104729 + 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const line = () => Array.from({ length: 9 }, () => words[Math.floor(random() * words.length)]).join(' ');
  return textPdf([Array.from({ length: 46 }, line)], { fontSize: 10 });
}

/** Runs `work` over the items with `concurrency` at a time; returns the wall time in seconds. */
async function timed<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<number> {
  let index = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (index < items.length) await work(items[index++]!);
    }),
  );
  return (performance.now() - started) / 1000;
}

function tesseract(image: string, output: string, formats: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('tesseract', [image, output, '-l', 'deu', ...formats], {
      env: toolEnvironment(),
      stdio: 'ignore',
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`tesseract exited ${code}`))));
  });
}

const directory = await mkdtemp(path.join(os.tmpdir(), 'rathaus-bench-ocr-'));
const handle = await openDatabase<unknown>({ dataDir: directory });
try {
  const db = handle.db;
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
  const jobs = createJobQueue({ db });
  const deps: DocumentsDeps = {
    db,
    blobs: createFsBlobStore({ directory: path.join(directory, 'blobs') }),
    jobs,
    audit: createAuditTrail(),
    now: () => new Date(),
    settings,
  };
  defineOcrJob({ ...deps, maxTextCharacters: settings.pdf.maxTextCharacters, workDirectory: directory });

  // The same pages for both: PNG (what a scanner's "PDF off, image on" sends) and JPEG (inside scan PDFs).
  const pngs: string[] = [];
  const jpegs: Buffer[] = [];
  for (let n = 0; n < pageCount; n += 1) {
    const pdf = densePage(n);
    const file = path.join(directory, `page-${n}.png`);
    await writeFile(file, await renderPage(pdf, { dpi: 300 }));
    pngs.push(file);
    jpegs.push(await renderPage(pdf, { dpi: 300, format: 'jpeg' }));
  }

  const file = async (content: Buffer, fileName: string) => {
    const staged = await stageUpload(Readable.from([content]), settings);
    await addDocument(deps, {
      tenantId: tenant.id,
      caller,
      caseId,
      staged,
      fileName,
      metadata: {
        title: fileName,
        documentType: 'letter',
        direction: 'incoming',
        receivedOn: null,
        sentOn: null,
        sender: null,
        tags: [],
      },
    });
    await rm(staged.path, { force: true });
  };
  const openOcr = async () =>
    withTenant(db, tenant.id, async (trx) =>
      Number(
        (
          await sql<{ n: string }>`select count(*) as n from records_document_versions
            where text_status in ('ocr_pending', 'ocr_running')`.execute(trx)
        ).rows[0]!.n,
      ),
    );
  const runJobs = async () => {
    const started = performance.now();
    jobs.start({ concurrency: cores, pollIntervalMs: 50 });
    while ((await openOcr()) > 0) await new Promise((resolve) => setTimeout(resolve, 100));
    await jobs.stop();
    const failed = await withTenant(
      db,
      tenant.id,
      async (trx) =>
        (
          await sql<{
            n: string;
          }>`select count(*) as n from records_document_versions where text_status = 'ocr_failed'`.execute(
            trx,
          )
        ).rows[0]!.n,
    );
    if (Number(failed) > 0) throw new Error(`${failed} OCR jobs failed`);
    return (performance.now() - started) / 1000;
  };

  // The machine may be shared: each round runs bare and ours back to back, and the medians are compared.
  console.log(
    `OCR, ${pageCount} dense A4 pages at 300 dpi, German, ${cores} processes at a time (${cores} cores), ${rounds} rounds (median)`,
  );
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const results: Record<string, number[]> = {};
  const record = (label: string, seconds: number) => (results[label] ??= []).push(pageCount / seconds);
  const pngBytes = await Promise.all(pngs.map((png) => readFile(png)));
  const scanPdf = imagePdf(jpegs.map((jpeg) => ({ jpeg, width: 2480, height: 3508 })));
  for (let round = 0; round < rounds; round += 1) {
    record('bare', await timed(pngs, cores, (png) => tesseract(png, `${png}-bare`, ['txt'])));
    for (const [n, bytes] of pngBytes.entries()) await file(bytes, `seite-${n}.png`);
    record('images', await runJobs());
    record('bare pdf', await timed(pngs, cores, (png) => tesseract(png, `${png}-bare`, ['pdf', 'txt'])));
    record('bare serial', await timed(pngs, 1, (png) => tesseract(png, `${png}-bare`, ['txt'])));
    await file(scanPdf, 'scan.pdf');
    record('scan pdf', await runJobs());
  }
  const line = (label: string, key: string, baseline?: string) => {
    const value = median(results[key]!);
    const ratio = baseline
      ? `  = ${(value / median(results[baseline]!)).toFixed(2)} × ${baseline === 'bare' ? 'bare tesseract' : 'bare tesseract, one process'}`
      : '';
    console.log(
      `${label.padEnd(58)} ${value.toFixed(3)} pages/s${ratio}   (rounds: ${results[key]!.map((v) => v.toFixed(3)).join(', ')})`,
    );
  };
  line('bare tesseract (txt)', 'bare');
  line('bare tesseract (searchable pdf + txt)', 'bare pdf');
  line('E-Akte OCR job, one PNG document per page', 'images', 'bare');
  line('bare tesseract (txt), one process', 'bare serial');
  line(`E-Akte OCR job, one ${pageCount}-page scanned PDF (one job)`, 'scan pdf', 'bare serial');
} finally {
  await handle.close();
  await rm(directory, { recursive: true, force: true });
}
