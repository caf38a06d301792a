// PDF checks (qpdf) and the text layer (poppler). Before a PDF is filed: it must open without a
// password and without protection (encrypted PDFs cannot become PDF/A or be OCR'd, and may not stay
// readable), have pages, and not more than the limit. Then its text layer is read; pages without text
// but with images are scans and go to OCR.
import { ingestErrors } from './records.ingest.errors.ts';
import { runTool, toolFailure } from './records.ingest.tools.ts';

export interface PdfLimits {
  maxPages: number;
  /** Per tool run; a PDF that keeps poppler busy longer is treated as damaged. */
  timeoutMs: number;
  /** Characters of text kept per version (records_document_texts.body); longer text is cut. */
  maxTextCharacters: number;
}

export const defaultPdfLimits: PdfLimits = {
  maxPages: 5000,
  timeoutMs: 60_000,
  maxTextCharacters: 2_000_000,
};

export interface PdfFacts {
  pageCount: number;
}

/**
 * Refuses what must not be filed; answers the page count. One qpdf run does it all (every tool start
 * costs a fork of the server process, which is large with PGlite): --check reads every object and stream
 * and reports encryption, --show-npages counts the pages.
 */
export async function checkPdf(path: string, limits: PdfLimits = defaultPdfLimits): Promise<PdfFacts> {
  const result = await runTool('qpdf', ['--check', '--show-npages', path], {
    timeoutMs: limits.timeoutMs,
    maxStdoutBytes: 256 * 1024,
  });
  if (result.timedOut) throw ingestErrors.pdf_corrupt();
  // A password is needed to open it at all.
  if (/invalid password/i.test(result.stderr)) throw ingestErrors.pdf_encrypted();
  // 2: errors qpdf could not recover from (3, warnings, is fine: readers repair those every day).
  if (result.code !== 0 && result.code !== 3) throw ingestErrors.pdf_corrupt();
  const out = result.stdout.toString('utf8');
  // Encrypted with an owner password only (restrictions): opens, but cannot become PDF/A or be OCR'd.
  if (!/^File is not encrypted$/m.test(out)) throw ingestErrors.pdf_encrypted();
  const pages = /^(\d+)\s*$/m.exec(out.split('\n').slice(-3).join('\n'));
  const pageCount = pages ? Number(pages[1]) : 0;
  if (pageCount === 0) throw ingestErrors.pdf_no_pages();
  if (pageCount > limits.maxPages) throw ingestErrors.pdf_too_many_pages();
  return { pageCount };
}

export interface PdfText {
  /** Page texts in order (poppler separates pages with a form feed). */
  pages: string[];
  truncated: boolean;
}

// Fewer visible characters than this on a page means no real text layer (a page number, a stamp).
const minCharactersPerPage = 20;

export async function extractPdfText(path: string, limits: PdfLimits = defaultPdfLimits): Promise<PdfText> {
  // UTF-8 is at most 4 bytes per character; the cap is on characters, applied after decoding.
  const result = await runTool('pdftotext', ['-q', '-enc', 'UTF-8', path, '-'], {
    timeoutMs: limits.timeoutMs,
    maxStdoutBytes: limits.maxTextCharacters * 4,
  });
  if (result.code !== 0 && !result.truncated) throw new Error(toolFailure('pdftotext', result));
  const text = cleanText(result.stdout.toString('utf8'));
  const pages = text.split('\f');
  if (pages.length > 1 && pages.at(-1)!.trim() === '') pages.pop();
  return { pages, truncated: result.truncated };
}

/** Text for the database: no NUL (PostgreSQL refuses it), no other control characters but line breaks and tabs. */
export function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, '');
}

export function joinPages(pages: string[], maxCharacters: number): { body: string; truncated: boolean } {
  const body = pages.join('\f');
  if (body.length <= maxCharacters) return { body, truncated: false };
  return { body: body.slice(0, maxCharacters), truncated: true };
}

/** Pages (1-based) that have less than a line of text. */
export function pagesWithoutText(pages: string[], pageCount: number): number[] {
  const missing: number[] = [];
  for (let page = 1; page <= pageCount; page += 1) {
    const visible = (pages[page - 1] ?? '').replace(/\s+/g, '').length;
    if (visible < minCharactersPerPage) missing.push(page);
  }
  return missing;
}

/** Pages (1-based) that show at least one image, from `pdfimages -list`. */
export async function pagesWithImages(
  path: string,
  limits: PdfLimits = defaultPdfLimits,
): Promise<Set<number>> {
  const result = await runTool('pdfimages', ['-list', path], {
    timeoutMs: limits.timeoutMs,
    maxStdoutBytes: 8 * 1024 * 1024,
  });
  const pages = new Set<number>();
  if (result.code !== 0 && !result.truncated) return pages;
  for (const line of result.stdout.toString('utf8').split('\n').slice(2)) {
    const match = /^\s*(\d+)\s+\d+\s+(image|smask|mask|stencil)/.exec(line);
    if (match && match[2] === 'image') pages.add(Number(match[1]));
  }
  return pages;
}

/**
 * Does this PDF need OCR? Only when some page has no text layer but shows an image: a blank page of a
 * born-digital letter does not, a scanned page does.
 */
export async function needsOcr(path: string, text: PdfText, pageCount: number, limits = defaultPdfLimits) {
  const missing = pagesWithoutText(text.pages, pageCount);
  if (missing.length === 0 || text.truncated) return false;
  const withImages = await pagesWithImages(path, limits);
  return missing.some((page) => withImages.has(page));
}
