// PDF checks run the real poppler and qpdf on PDFs made in the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { AppError } from '../../platform/http/app-error.ts';
import {
  emptyPdf,
  encryptedPdf,
  letterLines,
  scannedLetterPdf,
  textPdf,
} from './fixtures/records.fixtures.ts';
import { runTool } from './records.ingest.tools.ts';
import { checkPdf, defaultPdfLimits, extractPdfText, needsOcr } from './records.pdf.ts';

async function fileOf(t: { after: (fn: () => Promise<void>) => void }, bytes: Buffer): Promise<string> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'rathaus-pdf-'));
  t.after(() => rm(directory, { recursive: true, force: true }));
  const filePath = path.join(directory, 'in.pdf');
  await writeFile(filePath, bytes);
  return filePath;
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as AppError).code;
  }
  assert.fail('expected a refusal');
}

test('a born-digital PDF passes, with its page count and its text layer page by page', async (t) => {
  const file = await fileOf(t, textPdf([letterLines, ['Seite zwei mit Text für die Suche']]));
  assert.deepEqual(await checkPdf(file), { pageCount: 2 });
  const text = await extractPdfText(file);
  assert.equal(text.pages.length, 2);
  assert.match(text.pages[0]!, /Führungszeugnisses/);
  assert.match(text.pages[1]!, /Seite zwei/);
  assert.equal(await needsOcr(file, text, 2), false);
});

test('corrupt, empty and encrypted PDFs are refused with their own reason', async (t) => {
  const good = textPdf([letterLines]);
  assert.equal(await refusal(checkPdf(await fileOf(t, good.subarray(0, 300)))), 'records.pdf_corrupt');
  assert.equal(await refusal(checkPdf(await fileOf(t, Buffer.from('%PDF-1.7\n')))), 'records.pdf_corrupt');
  assert.equal(await refusal(checkPdf(await fileOf(t, emptyPdf()))), 'records.pdf_no_pages');
  assert.equal(await refusal(checkPdf(await fileOf(t, await encryptedPdf(good)))), 'records.pdf_encrypted');
  // Only an owner password (no password to open, but restrictions): still not fileable as PDF/A.
  const plain = await fileOf(t, good);
  const ownerOnly = path.join(path.dirname(plain), 'owner.pdf');
  await runTool('qpdf', ['--encrypt', '', 'owner', '256', '--', plain, ownerOnly], { timeoutMs: 10_000 });
  assert.equal(await refusal(checkPdf(ownerOnly)), 'records.pdf_encrypted');
});

test('more pages than the limit are refused', async (t) => {
  const file = await fileOf(t, textPdf([['1'], ['2'], ['3']]));
  assert.equal(
    await refusal(checkPdf(file, { ...defaultPdfLimits, maxPages: 2 })),
    'records.pdf_too_many_pages',
  );
});

test('a scan (image without text) needs OCR; a blank page in a born-digital PDF does not', async (t) => {
  const scan = await fileOf(t, await scannedLetterPdf({ dpi: 100 }));
  const scanText = await extractPdfText(scan);
  assert.equal(await needsOcr(scan, scanText, 1), true);
  const withBlank = await fileOf(t, textPdf([letterLines, []]));
  assert.equal(await needsOcr(withBlank, await extractPdfText(withBlank), 2), false);
});
