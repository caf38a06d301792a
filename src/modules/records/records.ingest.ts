// The first two steps of every upload, before anything is stored: stream the bytes to a staging file
// (hashing them on the way, constant memory whatever the size), then decide what they are and read their
// text. Refusals are thrown as ingest errors; the staging file is the caller's to remove.
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createBlobMeter } from '../../platform/blobs/blob-meter.ts';
import type { DocumentTextSource, DocumentTextStatus } from './records.tables.ts';
import { ingestErrors } from './records.ingest.errors.ts';
import {
  checkPdf,
  cleanText,
  defaultPdfLimits,
  extractPdfText,
  joinPages,
  needsOcr,
  type PdfLimits,
} from './records.pdf.ts';
import { defaultSniffLimits, detectContent, type ContentFamily, type SniffLimits } from './records.sniff.ts';

export interface IngestSettings {
  /** Where uploads are staged; on the same disk as the data, never a RAM disk (2 GB files). */
  stagingDirectory: string;
  maxFileBytes: number;
  maxFilesPerUpload: number;
  sniff: SniffLimits;
  pdf: PdfLimits;
}

export const defaultIngestSettings: IngestSettings = {
  stagingDirectory: path.join(os.tmpdir(), 'rathaus-uploads'),
  maxFileBytes: 2 * 1024 ** 3,
  maxFilesPerUpload: 20,
  sniff: defaultSniffLimits,
  pdf: defaultPdfLimits,
};

export interface StagedFile {
  path: string;
  sha256: string;
  size: number;
}

/** Streams `input` to a new staging file; throws upload_too_large past the limit (nothing kept then). */
export async function stageUpload(input: Readable, settings: IngestSettings): Promise<StagedFile> {
  await mkdir(settings.stagingDirectory, { recursive: true });
  const filePath = path.join(settings.stagingDirectory, `${randomUUID()}.upload`);
  const meter = createBlobMeter(settings.maxFileBytes);
  try {
    await pipeline(input, meter.stream, createWriteStream(filePath, { flags: 'wx', mode: 0o600 }));
  } catch (error) {
    await rm(filePath, { force: true });
    if (meter.tooLarge) throw ingestErrors.upload_too_large();
    throw error;
  }
  const { sha256, size } = meter.result();
  return { path: filePath, sha256, size };
}

export async function discardStaged(staged: StagedFile | undefined): Promise<void> {
  if (staged) await rm(staged.path, { force: true });
}

/**
 * Staging files survive only a crash mid-upload. Removes those older than `olderThanMs` (younger ones
 * may belong to an upload running right now in another process).
 */
export async function removeStaleStagingFiles(directory: string, olderThanMs: number, now = Date.now()) {
  const names = await readdir(directory).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    if (!name.endsWith('.upload')) continue;
    const filePath = path.join(directory, name);
    const stats = await stat(filePath).catch(() => null);
    if (stats && now - stats.mtimeMs > olderThanMs) {
      await rm(filePath, { force: true });
      removed += 1;
    }
  }
  return removed;
}

export interface InspectedContent {
  mediaType: string;
  family: ContentFamily;
  pageCount: number | null;
  textStatus: DocumentTextStatus;
  /** Text to store now (text layer, plain text); OCR may replace it later. */
  text: { source: DocumentTextSource; body: string } | null;
}

/** Type, checks and text of a staged file. Throws an ingest error when the content is refused. */
export async function inspectStaged(staged: StagedFile, settings: IngestSettings): Promise<InspectedContent> {
  const file = await open(staged.path, 'r');
  let detected;
  try {
    detected = await detectContent(file, staged.size, settings.sniff);
  } finally {
    await file.close();
  }
  const base = { mediaType: detected.mediaType, family: detected.family };
  switch (detected.family) {
    case 'pdf':
      return inspectPdf(staged.path, settings.pdf, base);
    case 'image':
      // Scans and photos: their text comes from OCR in the background.
      return { ...base, pageCount: detected.pageCount ?? 1, textStatus: 'ocr_pending', text: null };
    case 'text':
    case 'xml': {
      const body = await readTextCapped(staged.path, settings.pdf.maxTextCharacters);
      return { ...base, pageCount: null, textStatus: 'extracted', text: { source: 'plain', body } };
    }
    case 'office':
      // Office formats are kept as they are; their text is not extracted (yet).
      return { ...base, pageCount: null, textStatus: 'none', text: null };
  }
}

async function inspectPdf(
  filePath: string,
  limits: PdfLimits,
  base: Pick<InspectedContent, 'mediaType' | 'family'>,
): Promise<InspectedContent> {
  const { pageCount } = await checkPdf(filePath, limits);
  const text = await extractPdfText(filePath, limits);
  const { body } = joinPages(text.pages, limits.maxTextCharacters);
  const hasText = body.trim() !== '';
  if (await needsOcr(filePath, text, pageCount, limits))
    return {
      ...base,
      pageCount,
      textStatus: 'ocr_pending',
      text: hasText ? { source: 'text_layer', body } : null,
    };
  return {
    ...base,
    pageCount,
    textStatus: hasText ? 'extracted' : 'none',
    text: hasText ? { source: 'text_layer', body } : null,
  };
}

async function readTextCapped(filePath: string, maxCharacters: number): Promise<string> {
  const file = await open(filePath, 'r');
  try {
    // UTF-8 takes at most 4 bytes per character: this many bytes hold at least maxCharacters.
    const buffer = Buffer.alloc(Math.min(maxCharacters * 4, (await file.stat()).size));
    const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
    // A cut in the middle of a character becomes U+FFFD, which is harmless at the very end.
    return cleanText(
      buffer
        .subarray(0, bytesRead)
        .toString('utf8')
        .replace(/^\ufeff/, ''),
    ).slice(0, maxCharacters);
  } finally {
    await file.close();
  }
}
