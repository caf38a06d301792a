// PDF/A-2b (ISO 19005-2, level B: reliable visual reproduction) for notices, receipts and applications.
// Our own documents are written as PDF/A directly (renderPdfA: fonts embedded, XMP, output intent — a few
// milliseconds, no tools). PDFs we did not write are converted by toPdfA: Ghostscript rewrites the PDF with
// every font embedded (Helvetica is replaced by its metric twin Nimbus Sans, as a subset) and with an sRGB
// output intent; then the metadata is put back (pdf-a-metadata.ts). toPdfA needs the Debian packages
// ghostscript and qpdf; a missing one is a ToolMissingError from the tool runner.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runTool, toolFailure } from '../tools/run-tool.ts';
import { PdfAError, restoreMetadata } from './pdf-a-metadata.ts';
import { loadEmbeddedFonts } from './pdf-embedded-fonts.ts';
import { findIccProfile, loadIccProfile, outputIntentDefinition } from './pdf-output-intent.ts';
import { renderArchivalPdf } from './pdf-writer.ts';
import type { PdfDocumentSpec } from './pdf.types.ts';

export interface PdfAOptions {
  /** toPdfA: limit for each tool run (Ghostscript, qpdf); a run past it is killed and the conversion fails.
   *  renderPdfA runs no tools and does not use it. */
  timeoutMs: number;
  /** toPdfA: cancels the tool runs. renderPdfA: checked once before writing. */
  signal?: AbortSignal | undefined;
  /** An sRGB ICC profile; by default the one Ghostscript ships (Debian: /usr/share/color/icc/ghostscript). */
  iccProfile?: string;
}

/** Converts a PDF to PDF/A-2b. Throws ToolMissingError without gs or qpdf, PdfAError when a step fails. */
export async function toPdfA(pdf: Buffer, options: PdfAOptions): Promise<Buffer> {
  const iccProfile = options.iccProfile ?? (await findIccProfile());
  if (!iccProfile || !existsSync(iccProfile)) {
    throw new PdfAError(
      `no sRGB ICC profile at ${iccProfile ?? 'the usual places'} (Debian package ghostscript)`,
    );
  }
  const directory = await mkdtemp(path.join(os.tmpdir(), 'rathaus-pdfa-'));
  try {
    const context = { directory, timeoutMs: options.timeoutMs, signal: options.signal };
    await writeFile(path.join(directory, 'input.pdf'), pdf);
    await writeFile(
      path.join(directory, 'pdfa.ps'),
      outputIntentDefinition(await readFile(iccProfile)),
      'latin1',
    );
    const result = await runTool(
      'gs',
      [
        '-dBATCH',
        '-dNOPAUSE',
        '-dSAFER',
        '-dQUIET',
        '-sDEVICE=pdfwrite',
        '-dCompatibilityLevel=1.7',
        '-dPDFA=2',
        // What cannot be made conformant is left out rather than written non-conformant.
        '-dPDFACompatibilityPolicy=1',
        '-sColorConversionStrategy=RGB',
        '-dAutoRotatePages=/None',
        '-o',
        'converted.pdf',
        'pdfa.ps',
        'input.pdf',
      ],
      { timeoutMs: options.timeoutMs, signal: options.signal, cwd: directory },
    );
    if (result.code !== 0) throw new PdfAError(toolFailure('gs', result));
    await restoreMetadata('input.pdf', 'converted.pdf', 'output.pdf', context);
    return await readFile(path.join(directory, 'output.pdf'));
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

/**
 * The archival PDF (PDF/A-2b) of a document, written in-process with Nimbus Sans embedded. Throws PdfAError
 * when the fonts (Debian fonts-urw-base35) or the sRGB profile (Debian ghostscript) are missing.
 */
export async function renderPdfA(spec: PdfDocumentSpec, options: PdfAOptions): Promise<Buffer> {
  const [fonts, iccProfile] = await Promise.all([loadEmbeddedFonts(), loadIccProfile(options.iccProfile)]);
  options.signal?.throwIfAborted();
  return renderArchivalPdf(spec, { fonts, iccProfile });
}
