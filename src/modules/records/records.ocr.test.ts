// The OCR job with the real OCRmyPDF and Tesseract (German): a scanned letter becomes a searchable PDF/A
// rendition and searchable text; a scan that cannot be read is retried, then marked, and stays usable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { sql } from 'kysely';
import { createAuditTrail } from '../audit/index.ts';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import { createJobQueue } from '../../platform/jobs/index.ts';
import { createTestClock } from '../../test-app.ts';
import { letterLines, renderPage, scannedLetterPdf, textPdf } from './fixtures/records.fixtures.ts';
import { recordsCaller } from './records.core.actor.ts';
import { createDocumentsWorld, people, seedCase, staffCaller } from './records.documents.test-fixtures.ts';
import { addDocument } from './records.documents.usecases.ts';
import { stageUpload } from './records.ingest.ts';
import { runTool } from './records.ingest.tools.ts';
import { ascii85 } from '../../platform/pdf/index.ts';
import { defineOcrJob } from './records.ocr.ts';

async function setUp(t: Parameters<typeof createDocumentsWorld>[0]) {
  const w = await createDocumentsWorld(t);
  const clock = createTestClock(new Date());
  const jobs = createJobQueue({ db: w.db, now: clock.now });
  const deps = {
    db: w.db,
    blobs: w.blobs,
    jobs,
    audit: createAuditTrail(),
    now: clock.now,
    settings: w.settings,
  };
  defineOcrJob({ ...deps, maxTextCharacters: 100_000, pageTimeoutMs: 60_000 });
  const { caseId } = await seedCase(w.db, w.a.id, { department: '32.1' });
  const caller = recordsCaller(await staffCaller(w.db, w.a.id, people.clerk));
  const file = async (content: Buffer, fileName: string) =>
    addDocument(deps, {
      tenantId: w.a.id,
      caller,
      caseId,
      staged: await stageUpload(Readable.from([content]), w.settings),
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
  const version = (documentId: string) =>
    withTenant(w.db, w.a.id, async (trx) => {
      const row = (
        await sql<{ textStatus: string; textError: string | null; rendition: string | null }>`
          select text_status as "textStatus", text_error as "textError", rendition_sha256 as rendition
          from records_document_versions where document_id = ${documentId}`.execute(trx)
      ).rows[0]!;
      const text = (
        await sql<{ body: string; source: string }>`select body, source from records_document_texts
        where document_id = ${documentId}`.execute(trx)
      ).rows[0];
      const audit = (
        await sql<{ action: string }>`select action from audit_entries where object_id = ${documentId}
        order by seq`.execute(trx)
      ).rows.map((entry) => entry.action);
      return { ...row, text, audit };
    });
  return { w, jobs, clock, file, version };
}

test('a scanned letter becomes a searchable PDF/A rendition with German text', async (t) => {
  const { w, jobs, file, version } = await setUp(t);
  const scan = await renderPage(textPdf([letterLines], { fontSize: 14 }), { dpi: 200 });
  const { documentId, textStatus } = await file(scan, 'Scan.png');
  assert.equal(textStatus, 'ocr_pending');
  assert.deepEqual(await jobs.runDue(), { ran: 1 });
  const done = await version(documentId);
  assert.equal(done.textStatus, 'ocr_done');
  assert.equal(done.textError, null);
  assert.equal(done.text?.source, 'ocr');
  // Umlauts and ß are what German OCR is for.
  assert.match(done.text!.body, /Führungszeugnisses/);
  assert.match(done.text!.body, /Grüßen/);
  assert.deepEqual(done.audit, ['records.document_added', 'records.document_text_recognised']);
  const rendition = Buffer.concat(await (await w.blobs.get(done.rendition!)).toArray());
  assert.equal(rendition.subarray(0, 5).toString(), '%PDF-');
  assert.match(rendition.toString('latin1'), /pdfaid:part[^0-9]{1,5}2/, 'declares PDF/A-2');
  // The original is never rewritten: the scan is still there under its own hash.
  const [job] = (
    await sql<{ done: number; total: number }>`select progress_done as done, progress_total as total
    from jobs where kind = 'records.ocr'`.execute(w.db)
  ).rows;
  assert.deepEqual(job, { done: 1, total: 1 });
});

test('an unreadable scan is retried, then marked ocr_failed with the reason; the document stays', async (t) => {
  const { jobs, clock, file, version } = await setUp(t);
  const scan = Buffer.from(await renderPage(textPdf([letterLines]), { dpi: 100 }));
  // Valid PNG header (it passes the type check), garbage where the pixels should be.
  scan.fill(0x41, 200, scan.length - 200);
  const { documentId } = await file(scan, 'kaputt.png');
  assert.deepEqual(await jobs.runDue(), { ran: 1 });
  const retrying = await version(documentId);
  assert.equal(retrying.textStatus, 'ocr_pending', 'waits for the next attempt');
  assert.match(retrying.textError ?? '', /ocrmypdf/);
  for (let attempt = 2; attempt <= 3; attempt += 1) {
    clock.advance(60 * 60_000);
    assert.deepEqual(await jobs.runDue(), { ran: 1 });
  }
  const failed = await version(documentId);
  assert.equal(failed.textStatus, 'ocr_failed');
  assert.match(failed.textError ?? '', /ocrmypdf/);
  assert.equal(failed.rendition, null);
  assert.deepEqual(failed.audit, ['records.document_added', 'records.document_ocr_failed']);
  clock.advance(60 * 60_000);
  assert.deepEqual(await jobs.runDue(), { ran: 0 }, 'no further attempts');
});

test('a scanned PDF keeps its page images byte for byte under the text; mixed PDFs go to OCRmyPDF', async (t) => {
  const { w, jobs, file, version } = await setUp(t);
  const scan = await scannedLetterPdf({ pages: 2, dpi: 150 });
  const { documentId } = await file(scan, 'Scan.pdf');
  const mixed = Buffer.from(
    await qpdfMerge(t, [textPdf([letterLines]), await scannedLetterPdf({ pages: 1, dpi: 150 })]),
  );
  const { documentId: mixedId, textStatus } = await file(mixed, 'Gemischt.pdf');
  assert.equal(textStatus, 'ocr_pending', 'the scanned page of the mixed PDF needs OCR');
  assert.deepEqual(await jobs.runDue(), { ran: 2 });
  const done = await version(documentId);
  assert.equal(done.textStatus, 'ocr_done');
  assert.equal(done.text!.body.split('\f').filter((page) => /Führungszeugnisses/.test(page)).length, 2);
  const rendition = Buffer.concat(await (await w.blobs.get(done.rendition!)).toArray());
  const original = scan.toString('latin1');
  // The JPEG of the scan (between its stream markers) appears unchanged in the rendition.
  const jpegStart = original.indexOf('\xff\xd8\xff');
  assert.ok(rendition.includes(scan.subarray(jpegStart, jpegStart + 4096)));
  assert.match(rendition.toString('latin1'), /GTS_PDFA1/, 'PDF/A output intent');
  const engines = await withTenant(
    w.db,
    w.a.id,
    async (trx) =>
      (
        await sql<{
          engine: string;
          id: string;
        }>`select summary->>'engine' as engine, object_id as id from audit_entries
      where action = 'records.document_text_recognised' order by object_id`.execute(trx)
      ).rows,
  );
  assert.deepEqual(Object.fromEntries(engines.map((entry) => [entry.id, entry.engine])), {
    [documentId]: 'fast',
    [mixedId]: 'ocrmypdf',
  });
  const mixedDone = await version(mixedId);
  assert.equal(mixedDone.textStatus, 'ocr_done');
  assert.equal(mixedDone.text!.body.split('\f').filter((page) => /Führungszeugnisses/.test(page)).length, 2);
});

test('ASCII85 as PostScript reads it', () => {
  assert.equal(ascii85(Buffer.from('Man is distinguished')), '<~9jqo^BlbD-BleB1DJ+*+F(f,q~>');
  assert.equal(ascii85(Buffer.from([0, 0, 0, 0, 1])), '<~z!<~>');
});

async function qpdfMerge(t: Parameters<typeof createDocumentsWorld>[0], pdfs: Buffer[]): Promise<Buffer> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'rathaus-merge-'));
  t.after(() => rm(directory, { recursive: true, force: true }));
  const inputs = await Promise.all(
    pdfs.map(async (pdf, index) => {
      const file = path.join(directory, `${index}.pdf`);
      await writeFile(file, pdf);
      return file;
    }),
  );
  const output = path.join(directory, 'out.pdf');
  const result = await runTool('qpdf', ['--empty', '--pages', ...inputs, '--', output], {
    timeoutMs: 30_000,
  });
  assert.equal(result.code, 0, result.stderr);
  return readFile(output);
}
