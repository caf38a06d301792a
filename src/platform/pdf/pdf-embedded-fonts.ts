// The fonts of the PDF/A: URW's Nimbus Sans (Debian fonts-urw-base35), the metric twin of Helvetica whose
// widths our layout measures with (helvetica-metrics.ts). PDF/A-2 wants every font embedded (ISO 19005-2,
// 6.2.11.4.1) with widths that agree with the program (6.2.11.5); each document gets a subset of the glyphs
// it shows, so a letter carries some 15 KiB of font rather than 200. Read once per process.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PdfAError } from './pdf-a-metadata.ts';
import { parseAfm, type AfmMetrics } from './pdf-afm.ts';
import type { FontStyle } from './pdf-text.ts';
import { charStringWidths, parseType1, subsetType1, type FontFile, type Type1Program } from './pdf-type1.ts';
import { winAnsiGlyphNames } from './winansi-glyphs.ts';

export const urwFontDirectory = '/usr/share/fonts/type1/urw-base35';
const fontFiles: Record<FontStyle, string> = { regular: 'NimbusSans-Regular', bold: 'NimbusSans-Bold' };
export const firstCode = 32;
export const lastCode = 255;

export interface EmbeddedFont {
  program: Type1Program;
  metrics: AfmMetrics;
  /** /Widths for codes 32–255 from the AFM (0 where WinAnsi defines no glyph). */
  widths: number[];
}

export type EmbeddedFonts = Record<FontStyle, EmbeddedFont>;

async function loadFont(directory: string, base: string): Promise<EmbeddedFont> {
  const programFile = path.join(directory, `${base}.t1`);
  const afmFile = path.join(directory, `${base}.afm`);
  let files: [Buffer, string];
  try {
    files = await Promise.all([readFile(programFile), readFile(afmFile, 'latin1')]);
  } catch (error) {
    throw new PdfAError(
      `the font ${base} (${programFile}, .afm) cannot be read — install the Debian package fonts-urw-base35 ` +
        `(it comes with ghostscript): ${(error as Error).message}`,
    );
  }
  const program = parseType1(files[0], programFile);
  const metrics = parseAfm(files[1]);
  if (metrics.fontName !== program.fontName) {
    throw new PdfAError(`${afmFile} describes ${metrics.fontName}, not the program's ${program.fontName}`);
  }
  // The widths written must be the program's (ISO 19005-2, 6.2.11.5): a mismatched pair of files stops here.
  const programWidths = charStringWidths(program);
  const widths = winAnsiGlyphNames.map((name) => {
    if (name === '') return 0;
    const width = metrics.widths.get(name);
    if (width === undefined || !program.charStrings.glyphs.has(name)) {
      throw new PdfAError(`${base} has no glyph ${name}, which WinAnsiEncoding needs`);
    }
    if (programWidths.get(name) !== width) {
      throw new PdfAError(
        `${base}: ${name} is ${programWidths.get(name)} wide in the program, ${width} in the AFM`,
      );
    }
    return width;
  });
  return { program, metrics, widths };
}

const cache = new Map<string, Promise<EmbeddedFonts>>();

/** Nimbus Sans regular and bold, parsed once per directory; a failed load is tried again next time. */
export function loadEmbeddedFonts(directory = urwFontDirectory): Promise<EmbeddedFonts> {
  let loading = cache.get(directory);
  if (!loading) {
    loading = Promise.all([loadFont(directory, fontFiles.regular), loadFont(directory, fontFiles.bold)]).then(
      ([regular, bold]) => ({ regular, bold }),
    );
    loading.catch(() => cache.delete(directory));
    cache.set(directory, loading);
  }
  return loading;
}

/** What the writer puts in the PDF for one font: subset program, its name and descriptor entries. */
export interface FontSubset {
  /** ABCDEF+NimbusSans-Regular: the tag marks a subset (ISO 32000-1, 9.6.4). */
  baseFont: string;
  file: FontFile;
  /** Font descriptor entries after /FontName, without /FontFile. */
  descriptor: string;
  widths: number[];
}

/** The font with only the glyphs of the WinAnsi codes used; the tag is derived from them (same in, same out). */
export function fontSubset(font: EmbeddedFont, codes: Iterable<number>): FontSubset {
  const names = [...new Set([...codes].map((code) => winAnsiGlyphNames[code - firstCode] ?? ''))]
    .filter(Boolean)
    .sort();
  const digest = createHash('sha256')
    .update(`${font.program.fontName}:${names.join(' ')}`)
    .digest();
  const tag = Array.from(digest.subarray(0, 6), (byte) => String.fromCharCode(65 + (byte % 26))).join('');
  const { metrics } = font;
  // URW's AFM gives no ascender or descender: the top of "d" and the bottom of "p" stand in.
  const ascent = metrics.ascender || metrics.boxes.get('d')?.[3] || metrics.fontBBox[3];
  const descent = metrics.descender || metrics.boxes.get('p')?.[1] || metrics.fontBBox[1];
  const descriptor = [
    '/Flags 32', // nonsymbolic: Latin glyphs in the standard character set
    `/FontBBox [${metrics.fontBBox.join(' ')}]`,
    `/ItalicAngle ${metrics.italicAngle}`,
    `/Ascent ${ascent}`,
    `/Descent ${descent}`,
    `/CapHeight ${metrics.capHeight}`,
    `/XHeight ${metrics.xHeight}`,
    `/StemV ${font.program.stdVW ?? 80}`,
  ].join(' ');
  return {
    baseFont: `${tag}+${font.program.fontName}`,
    file: subsetType1(font.program, names),
    descriptor,
    widths: font.widths,
  };
}
