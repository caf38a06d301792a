// PDF/A-2b (ISO 19005-2, level B: reliable visual reproduction) for notices, receipts and applications:
// Ghostscript rewrites the PDF with every font embedded (Helvetica is replaced by its metric twin Nimbus
// Sans and embedded as a subset — the standard fonts may not stay unembedded in PDF/A) and with an sRGB
// output intent; then the metadata is put back (pdf-a-metadata.ts). Needs the Debian packages
// ghostscript and qpdf; a missing one is a ToolMissingError from the tool runner.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runTool, toolFailure } from '../tools/run-tool.ts';
import { PdfAError, restoreMetadata } from './pdf-a-metadata.ts';
import { renderPdf } from './pdf-writer.ts';
import type { PdfDocumentSpec } from './pdf.types.ts';

export interface PdfAOptions {
  /** Limit for each tool run (Ghostscript, qpdf); a run past it is killed and the conversion fails. */
  timeoutMs: number;
  signal?: AbortSignal | undefined;
  /** An sRGB ICC profile; by default the one Ghostscript ships (Debian: /usr/share/color/icc/ghostscript). */
  iccProfile?: string;
}

const iccCandidates = [
  '/usr/share/color/icc/ghostscript/srgb.icc',
  '/usr/share/color/icc/sRGB.icc',
  '/usr/share/color/icc/colord/sRGB.icc',
];

async function findIccProfile(): Promise<string | undefined> {
  const found = iccCandidates.find((candidate) => existsSync(candidate));
  if (found) return found;
  // Ghostscript's own copy, under a directory named by its version.
  try {
    for (const version of await readdir('/usr/share/ghostscript')) {
      const candidate = path.join('/usr/share/ghostscript', version, 'iccprofiles', 'srgb.icc');
      if (existsSync(candidate)) return candidate;
    }
  } catch {
    // no Ghostscript data directory
  }
  return undefined;
}

/** Adobe ASCII85 (<~ … ~>), the form in which PostScript reads the ICC profile inline. */
function ascii85(data: Buffer): string {
  let out = '<~';
  for (let index = 0; index < data.length; index += 4) {
    const count = Math.min(4, data.length - index);
    const chunk = Buffer.alloc(4);
    data.copy(chunk, 0, index, index + count);
    let value = chunk.readUInt32BE(0);
    if (value === 0 && count === 4) {
      out += 'z';
      continue;
    }
    const digits: string[] = [];
    for (let digit = 0; digit < 5; digit += 1) {
      digits.unshift(String.fromCharCode((value % 85) + 33));
      value = Math.floor(value / 85);
    }
    out += digits.slice(0, count + 1).join('');
  }
  return `${out}~>`;
}

/**
 * The pdfmark program that adds the output intent (the profile inline, so Ghostscript's -dSAFER need not
 * open files): as Ghostscript's PDFA_def.ps and OCRmyPDF write it.
 */
function outputIntentDefinition(icc: Buffer): string {
  return [
    '%!',
    `/ICCProfile ${ascii85(icc)}`,
    'def',
    '[/_objdef {icc_PDFA} /type /stream /OBJ pdfmark',
    '[{icc_PDFA} << /N 3 >> /PUT pdfmark',
    '[{icc_PDFA} ICCProfile /PUT pdfmark',
    '[/_objdef {OutputIntent_PDFA} /type /dict /OBJ pdfmark',
    '[{OutputIntent_PDFA} << /Type /OutputIntent /S /GTS_PDFA1 /DestOutputProfile {icc_PDFA} /OutputConditionIdentifier (sRGB) >> /PUT pdfmark',
    '[{Catalog} << /OutputIntents [ {OutputIntent_PDFA} ] >> /PUT pdfmark',
    '',
  ].join('\n');
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

/** renderPdf, then toPdfA: the archival PDF of a document. */
export function renderPdfA(spec: PdfDocumentSpec, options: PdfAOptions): Promise<Buffer> {
  return toPdfA(renderPdf(spec), options);
}
