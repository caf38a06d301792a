// Writes the laid-out pages as a PDF 1.7 file: catalog with language and XMP metadata, the two standard
// fonts in WinAnsiEncoding (not embedded: toPdfA embeds them), one compressed content stream per page, the
// document information dictionary, and a cross-reference table with exact offsets.
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { layoutDocument } from './pdf-layout.ts';
import { page } from './pdf-geometry.ts';
import { infoDictionary, xmpPacket, type PdfMetadata } from './pdf-metadata.ts';
import { pdfLiteral, winAnsiBytes } from './pdf-text.ts';
import type { DrawOp, PdfDocumentSpec } from './pdf.types.ts';

const producer = 'Rathaus';

/** A PDF 1.7 (ISO 32000-1) of the document, ready to read and print; `toPdfA` makes it archival. */
export function renderPdf(spec: PdfDocumentSpec): Buffer {
  const pages = layoutDocument(spec);
  const firstPage = 7;
  const objects: Buffer[] = [];
  const add = (body: string | Buffer) =>
    objects.push(typeof body === 'string' ? Buffer.from(body, 'latin1') : body);

  const kids = pages.map((_, index) => `${firstPage + index * 2} 0 R`).join(' ');
  add(
    `<< /Type /Catalog /Pages 2 0 R /Metadata 5 0 R /Lang ${pdfLiteral(Buffer.from(spec.language, 'latin1'))} ` +
      '/ViewerPreferences << /DisplayDocTitle true >> >>',
  );
  add(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`);
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const metadata = documentMetadata(spec);
  add(stream('/Type /Metadata /Subtype /XML', Buffer.from(xmpPacket(metadata), 'utf8')));
  add(infoDictionary(metadata));
  const mediaBox = `[0 0 ${number(page.width)} ${number(page.height)}]`;
  pages.forEach((laidOut, index) => {
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox ${mediaBox} /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> ` +
        `/Contents ${firstPage + index * 2 + 1} 0 R >>`,
    );
    add(stream('/Filter /FlateDecode', deflateSync(contentStream(laidOut.ops))));
  });
  return assemble(objects);
}

function documentMetadata(spec: PdfDocumentSpec): PdfMetadata {
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
  };
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
        `/${segment.style === 'bold' ? 'F2' : 'F1'} ${number(op.size)} Tf ${pdfLiteral(winAnsiBytes(segment.text))} Tj`,
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

/** Numbered objects (1 = catalog, 6 = info), the cross-reference table and the trailer with a file ID. */
function assemble(objects: Buffer[]): Buffer {
  // The comment of high bytes tells transfer tools the file is binary (PDF 1.7, 7.5.2).
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
    `<< /Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R /ID [<${id}> <${id}>] >>`,
    'startxref',
    String(offset),
    '%%EOF',
    '',
  ].join('\n');
  chunks.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(chunks);
}
