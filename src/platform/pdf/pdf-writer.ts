// Writes the laid-out pages as a PDF 1.7 file: catalog with language and XMP metadata, the fonts in
// WinAnsiEncoding, one compressed content stream per page, the document information dictionary, and a
// cross-reference table with exact offsets. Two forms: renderPdf names the standard fonts Helvetica and
// Helvetica-Bold without embedding them (small, for reading and printing); the archival form (PDF/A-2b,
// ISO 19005-2 level B) embeds subsets of their metric twins Nimbus Sans, declares PDF/A in the XMP and
// carries the sRGB output intent — written directly, no conversion afterwards.
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { fontSubset, firstCode, lastCode, type EmbeddedFonts } from './pdf-embedded-fonts.ts';
import { layoutDocument } from './pdf-layout.ts';
import { page } from './pdf-geometry.ts';
import { infoDictionary, xmpPacket, type PdfMetadata } from './pdf-metadata.ts';
import { pdfLiteral, winAnsiBytes, type FontStyle } from './pdf-text.ts';
import type { DrawOp, LaidOutPage, PdfDocumentSpec } from './pdf.types.ts';

const producer = 'Rathaus';

/** What the archival form embeds: the fonts and an sRGB ICC profile (both read once by the caller). */
export interface ArchivalResources {
  fonts: EmbeddedFonts;
  iccProfile: Buffer;
}

/** A PDF 1.7 (ISO 32000-1) of the document, ready to read and print; not archival (fonts not embedded). */
export function renderPdf(spec: PdfDocumentSpec): Buffer {
  return writePdf(spec, undefined);
}

/** A PDF/A-2b of the document: every font embedded, XMP identification, sRGB output intent. */
export function renderArchivalPdf(spec: PdfDocumentSpec, resources: ArchivalResources): Buffer {
  return writePdf(spec, resources);
}

/** Object numbers are handed out first and bodies filled in later, so objects can point at each other. */
class Objects {
  private readonly bodies: (Buffer | undefined)[] = [];

  reserve(): number {
    this.bodies.push(undefined);
    return this.bodies.length;
  }

  set(id: number, body: string | Buffer): void {
    this.bodies[id - 1] = typeof body === 'string' ? Buffer.from(body, 'latin1') : body;
  }

  add(body: string | Buffer): number {
    const id = this.reserve();
    this.set(id, body);
    return id;
  }

  all(): Buffer[] {
    return this.bodies.map((body, index) => {
      if (!body) throw new Error(`PDF object ${index + 1} was reserved but never written`);
      return body;
    });
  }
}

const fontKey: Record<FontStyle, string> = { regular: 'F1', bold: 'F2' };

function writePdf(spec: PdfDocumentSpec, archival: ArchivalResources | undefined): Buffer {
  const pages = layoutDocument(spec);
  const objects = new Objects();
  const catalog = objects.reserve();
  const pageTree = objects.reserve();
  const metadata = documentMetadata(spec, archival !== undefined);
  const info = objects.add(infoDictionary(metadata));
  // The XMP stream stays unfiltered: PDF/A-2 forbids a Filter on it (6.6.2.1), and tools can find it.
  const xmp = objects.add(stream('/Type /Metadata /Subtype /XML', Buffer.from(xmpPacket(metadata), 'utf8')));
  const fonts = archival ? embeddedFonts(objects, pages, archival.fonts) : standardFonts(objects);
  const resources = `<< /Font << ${Object.entries(fonts)
    .map(([style, id]) => `/${fontKey[style as FontStyle]} ${id} 0 R`)
    .join(' ')} >> >>`;
  const mediaBox = `[0 0 ${number(page.width)} ${number(page.height)}]`;
  const kids = pages.map((laidOut) => {
    const contents = objects.add(stream('/Filter /FlateDecode', deflateSync(contentStream(laidOut.ops))));
    return objects.add(
      `<< /Type /Page /Parent ${pageTree} 0 R /MediaBox ${mediaBox} /Resources ${resources} /Contents ${contents} 0 R >>`,
    );
  });
  objects.set(
    pageTree,
    `<< /Type /Pages /Kids [${kids.map((id) => `${id} 0 R`).join(' ')}] /Count ${kids.length} >>`,
  );
  const outputIntents = archival ? ` /OutputIntents [${outputIntent(objects, archival.iccProfile)} 0 R]` : '';
  objects.set(
    catalog,
    `<< /Type /Catalog /Pages ${pageTree} 0 R /Metadata ${xmp} 0 R /Lang ${pdfLiteral(Buffer.from(spec.language, 'latin1'))} ` +
      `/ViewerPreferences << /DisplayDocTitle true >>${outputIntents} >>`,
  );
  return assemble(objects.all(), catalog, info);
}

function documentMetadata(spec: PdfDocumentSpec, archival: boolean): PdfMetadata {
  const createdAt = (spec.createdAt ?? new Date()).toISOString();
  return {
    title: spec.title,
    author: spec.author,
    subject: spec.subject,
    keywords: spec.keywords?.join(', '),
    language: spec.language,
    creator: producer,
    producer,
    createdAt,
    modifiedAt: createdAt,
    ...(archival ? { pdfa: { part: 2, conformance: 'B' } as const } : {}),
  };
}

function standardFonts(objects: Objects): Partial<Record<FontStyle, number>> {
  return {
    regular: objects.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'),
    bold: objects.add(
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    ),
  };
}

/** The WinAnsi codes each style shows anywhere in the document. */
function usedCodes(pages: LaidOutPage[]): Map<FontStyle, Set<number>> {
  const used = new Map<FontStyle, Set<number>>();
  for (const laidOut of pages) {
    for (const op of laidOut.ops) {
      if (op.kind !== 'text') continue;
      for (const segment of op.segments) {
        let codes = used.get(segment.style);
        if (!codes) used.set(segment.style, (codes = new Set()));
        for (const byte of winAnsiBytes(segment.text)) codes.add(byte);
      }
    }
  }
  return used;
}

/** Each style the document uses, as a Type 1 font with its subset embedded (ISO 32000-1, 9.6.2 and 9.9). */
function embeddedFonts(
  objects: Objects,
  pages: LaidOutPage[],
  fonts: EmbeddedFonts,
): Partial<Record<FontStyle, number>> {
  const ids: Partial<Record<FontStyle, number>> = {};
  for (const [style, codes] of usedCodes(pages)) {
    const subset = fontSubset(fonts[style], codes);
    const file = objects.add(
      stream(
        `/Length1 ${subset.file.length1} /Length2 ${subset.file.length2} /Length3 ${subset.file.length3} /Filter /FlateDecode`,
        deflateSync(subset.file.data),
      ),
    );
    const descriptor = objects.add(
      `<< /Type /FontDescriptor /FontName /${subset.baseFont} ${subset.descriptor} /FontFile ${file} 0 R >>`,
    );
    ids[style] = objects.add(
      `<< /Type /Font /Subtype /Type1 /BaseFont /${subset.baseFont} /FirstChar ${firstCode} /LastChar ${lastCode} ` +
        `/Widths [${subset.widths.join(' ')}] /Encoding /WinAnsiEncoding /FontDescriptor ${descriptor} 0 R >>`,
    );
  }
  return ids;
}

const compressedProfiles = new WeakMap<Buffer, Buffer>();

/** The sRGB output intent of PDF/A (ISO 19005-2, 6.2.3): our DeviceRGB and DeviceGray are relative to it. */
function outputIntent(objects: Objects, iccProfile: Buffer): number {
  let compressed = compressedProfiles.get(iccProfile);
  if (!compressed) compressedProfiles.set(iccProfile, (compressed = deflateSync(iccProfile)));
  const profile = objects.add(stream('/N 3 /Filter /FlateDecode', compressed));
  return objects.add(
    '<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) ' +
      `/Info (sRGB IEC61966-2.1) /RegistryName (http://www.color.org) /DestOutputProfile ${profile} 0 R >>`,
  );
}

function number(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function contentStream(ops: DrawOp[]): Buffer {
  const out: string[] = [];
  for (const op of ops) {
    if (op.kind === 'line') {
      out.push(
        `q ${number(op.width)} w ${number(op.x1)} ${number(op.y1)} m ${number(op.x2)} ${number(op.y2)} l S Q`,
      );
      continue;
    }
    // Every string is escaped by pdfLiteral: user text can never end it and add operators of its own.
    const shows = op.segments.map(
      (segment) =>
        `/${fontKey[segment.style]} ${number(op.size)} Tf ${pdfLiteral(winAnsiBytes(segment.text))} Tj`,
    );
    out.push(`BT ${number(op.x)} ${number(op.y)} Td ${shows.join(' ')} ET`);
  }
  return Buffer.from(`${out.join('\n')}\n`, 'latin1');
}

function stream(dictionary: string, data: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(`<< ${dictionary} /Length ${data.length} >>\nstream\n`, 'latin1'),
    data,
    Buffer.from('\nendstream', 'latin1'),
  ]);
}

/** The numbered objects, the cross-reference table and the trailer with a file ID. */
function assemble(objects: Buffer[], root: number, info: number): Buffer {
  // The comment of high bytes tells transfer tools the file is binary (PDF 1.7, 7.5.2; PDF/A-2, 6.1.2).
  const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = chunks[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(offset);
    const parts = [Buffer.from(`${index + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')];
    chunks.push(...parts);
    offset += parts.reduce((sum, part) => sum + part.length, 0);
  });
  const id = createHash('md5').update(Buffer.concat(chunks)).digest('hex').toUpperCase();
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((value) => `${String(value).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objects.length + 1} /Root ${root} 0 R /Info ${info} 0 R /ID [<${id}> <${id}>] >>`,
    'startxref',
    String(offset),
    '%%EOF',
    '',
  ].join('\n');
  chunks.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(chunks);
}
