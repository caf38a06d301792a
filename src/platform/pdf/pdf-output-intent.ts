// The sRGB output intent every PDF/A needs: where Debian keeps the profile, its bytes (read once, for the
// PDF/A our writer makes), and the pdfmark program that puts it into a PDF Ghostscript writes (toPdfA and
// the E-Akte's OCR fast path).
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PdfAError } from './pdf-a-metadata.ts';

const iccCandidates = [
  '/usr/share/color/icc/ghostscript/srgb.icc',
  '/usr/share/color/icc/sRGB.icc',
  '/usr/share/color/icc/colord/sRGB.icc',
];

export async function findIccProfile(): Promise<string | undefined> {
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

const profiles = new Map<string, Promise<Buffer>>();

/** The bytes of the sRGB profile at `file` (by default the one findIccProfile finds), read once per process. */
export async function loadIccProfile(file?: string): Promise<Buffer> {
  const found = file ?? (await findIccProfile());
  if (!found || !existsSync(found)) {
    throw new PdfAError(`no sRGB ICC profile at ${found ?? 'the usual places'} (Debian package ghostscript)`);
  }
  let loading = profiles.get(found);
  if (!loading) {
    loading = readFile(found);
    loading.catch(() => profiles.delete(found));
    profiles.set(found, loading);
  }
  return loading;
}

/** Adobe ASCII85 (<~ … ~>), the form in which PostScript reads the ICC profile inline. */
export function ascii85(data: Buffer): string {
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
export function outputIntentDefinition(icc: Buffer): string {
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
