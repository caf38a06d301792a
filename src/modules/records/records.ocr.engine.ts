// Text recognition of scans and images with Tesseract (German): the result is a searchable PDF/A-2b (the
// original pages with an invisible text layer) and the recognised text. Typical scans take the fast path;
// the rest goes through OCRmyPDF, where pages that already have text are left as they are (--skip-text).
// One Tesseract thread per job; the job runner runs one OCR job per core.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PermanentJobError } from '../../platform/jobs/index.ts';
import { cleanText } from './records.pdf.ts';
import { runTool, toolFailure } from './records.ingest.tools.ts';
import { planFastOcr, runFastOcr } from './records.ocr.fast.ts';

export interface OcrOptions {
  inputPath: string;
  mediaType: string;
  workDirectory: string;
  /** Pages expected (for progress and the time budget); null when unknown. */
  pageCount: number | null;
  signal?: AbortSignal;
  onPage?: (done: number, total: number) => void;
  /** Per page; the whole run gets this times the pages, plus a minute. */
  pageTimeoutMs?: number;
  maxTextCharacters: number;
}

export interface OcrResult {
  pdfPath: string;
  text: string;
  pageCount: number | null;
}

export const ocrMediaTypes = new Set(['application/pdf', 'image/png', 'image/jpeg', 'image/tiff']);

// OCRmyPDF exit codes that trying again cannot change (bad input, encrypted, PDF/A conversion failed).
const permanentExitCodes = new Set([1, 2, 4, 6, 8, 9, 10]);

/**
 * Scans as scanners send them take the fast path (records.ocr.fast.ts); everything else, and anything
 * the fast path fails on, goes through OCRmyPDF.
 */
export async function recogniseText(
  options: OcrOptions,
): Promise<OcrResult & { engine: 'fast' | 'ocrmypdf' }> {
  const pages = options.pageCount ?? 1;
  const timeoutMs = 60_000 + pages * (options.pageTimeoutMs ?? 120_000);
  const fastDirectory = path.join(options.workDirectory, 'fast');
  await mkdir(fastDirectory, { recursive: true });
  const plan = await planFastOcr(options.inputPath, options.mediaType, fastDirectory, timeoutMs).catch(
    () => undefined,
  );
  if (plan) {
    try {
      const result = await runFastOcr(plan, { ...options, workDirectory: fastDirectory, timeoutMs });
      return { ...result, engine: 'fast' };
    } catch (error) {
      if (options.signal?.aborted) throw error;
    }
  }
  return { ...(await withOcrmypdf(options)), engine: 'ocrmypdf' };
}

async function withOcrmypdf(options: OcrOptions): Promise<OcrResult> {
  const output = path.join(options.workDirectory, 'ocr.pdf');
  const pages = options.pageCount ?? 1;
  const pageTimeoutMs = options.pageTimeoutMs ?? 120_000;
  const args = [
    '-l',
    'deu',
    '--output-type',
    'pdfa',
    // Born-digital pages of a mixed PDF keep their own text; only pages without text are recognised.
    '--skip-text',
    '--jobs',
    '1',
    // Images without a resolution (photos, some scanners) are taken as 300 dpi, the usual scan setting.
    ...(options.mediaType.startsWith('image/') ? ['--image-dpi', '300'] : []),
    '--tesseract-timeout',
    String(Math.ceil(pageTimeoutMs / 1000)),
    options.inputPath,
    output,
  ];
  let started = 0;
  const result = await runTool('ocrmypdf', args, {
    timeoutMs: 60_000 + pages * pageTimeoutMs,
    signal: options.signal,
    cwd: options.workDirectory,
    // Per-page log lines start with the page number: "    3 Opened a file".
    onStderrLine: (line) => {
      const page = /^\s+(\d+)\s/.exec(line);
      if (page && Number(page[1]) > started) {
        started = Number(page[1]);
        options.onPage?.(Math.min(started - 1, pages), pages);
      }
    },
  });
  if (result.code !== 0) {
    const message = toolFailure('ocrmypdf', result);
    if (result.code !== null && permanentExitCodes.has(result.code)) throw new PermanentJobError(message);
    throw new Error(message);
  }
  options.onPage?.(pages, pages);
  const text = await runTool('pdftotext', ['-q', '-enc', 'UTF-8', output, '-'], {
    timeoutMs: 120_000,
    maxStdoutBytes: options.maxTextCharacters * 4,
  });
  if (text.code !== 0 && !text.truncated) throw new Error(toolFailure('pdftotext', text));
  const info = await runTool('pdfinfo', [output], { timeoutMs: 60_000, maxStdoutBytes: 64 * 1024 });
  const pageCount = /^Pages:\s+(\d+)/m.exec(info.stdout.toString('utf8'));
  return {
    pdfPath: output,
    text: cleanText(text.stdout.toString('utf8')).slice(0, options.maxTextCharacters),
    pageCount: pageCount ? Number(pageCount[1]) : null,
  };
}
