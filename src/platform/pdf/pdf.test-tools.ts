// Reads our PDFs back with poppler and qpdf (Debian poppler-utils, qpdf) in tests: what a reader sees,
// not what we think we wrote.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runTool } from '../tools/run-tool.ts';

async function withFile<T>(pdf: Buffer, use: (file: string) => Promise<T>): Promise<T> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'rathaus-pdf-test-'));
  try {
    const file = path.join(directory, 'document.pdf');
    await writeFile(file, pdf);
    return await use(file);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

/** Runs a reader on the PDF; returns its stdout and fails the test on a non-zero exit. */
export async function readPdf(pdf: Buffer, command: string, args: string[] = []): Promise<string> {
  return (await readPdfBytes(pdf, command, args)).toString('utf8');
}

/** As readPdf, stdout as bytes (an image from pdftoppm). */
export function readPdfBytes(pdf: Buffer, command: string, args: string[] = []): Promise<Buffer> {
  return withFile(pdf, async (file) => {
    const result = await runTool(command, [...args, file, ...(command === 'pdftotext' ? ['-'] : [])], {
      timeoutMs: 30_000,
      maxStdoutBytes: 8 * 1024 * 1024,
    });
    if (result.code !== 0)
      throw new Error(`${command} exited ${result.code}: ${result.stderr} ${result.stdout}`);
    return result.stdout;
  });
}

/** Text of one page (1-based) or of all, as pdftotext reads it. */
export function pdfText(pdf: Buffer, pageNumber?: number): Promise<string> {
  const pages = pageNumber === undefined ? [] : ['-f', String(pageNumber), '-l', String(pageNumber)];
  return readPdf(pdf, 'pdftotext', ['-enc', 'UTF-8', ...pages]);
}

/** pdftotext's text reflowed: lines joined with single spaces (for comparing wrapped paragraphs). */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Each word with its box in points from the top left corner (pdftotext -bbox). */
export async function wordBoxes(
  pdf: Buffer,
): Promise<{ word: string; xMin: number; yMin: number; xMax: number; page: number }[]> {
  const html = await readPdf(pdf, 'pdftotext', ['-bbox', '-enc', 'UTF-8']);
  const words: { word: string; xMin: number; yMin: number; xMax: number; page: number }[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page += 1;
    const match = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/.exec(line);
    if (match)
      words.push({
        word: match[4]!,
        xMin: Number(match[1]),
        yMin: Number(match[2]),
        xMax: Number(match[3]),
        page,
      });
  }
  return words;
}

/**
 * The lines of the page(s) as laid out (pdftotext -layout), each with runs of spaces collapsed: a table row
 * reads as one line, where the default reading order may take a wide table column by column.
 */
export async function pdfLines(pdf: Buffer): Promise<string[]> {
  const text = await readPdf(pdf, 'pdftotext', ['-layout', '-enc', 'UTF-8']);
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}
