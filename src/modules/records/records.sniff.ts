// What a file is, decided from its bytes and never from its name or the browser's Content-Type. The
// allowlist is here: anything not recognised as one of these types is refused.
import type { FileHandle } from 'node:fs/promises';
import { ingestErrors } from './records.ingest.errors.ts';
import { inspectImage } from './records.sniff.images.ts';
import { inspectText } from './records.sniff.text.ts';
import { inspectZipContainer } from './records.sniff.zip.ts';
import {
  allowedMediaTypes,
  defaultSniffLimits,
  type DetectedContent,
  type SniffLimits,
} from './records.sniff.types.ts';

export {
  allowedMediaTypes,
  defaultSniffLimits,
  type ContentFamily,
  type DetectedContent,
  type SniffLimits,
} from './records.sniff.types.ts';

export const headBytes = 4096;

type HeadKind = 'pdf' | 'png' | 'jpeg' | 'tiff' | 'zip' | 'executable' | 'other';

const startsWith = (head: Buffer, ...bytes: number[]) => bytes.every((byte, index) => head[index] === byte);

/** The first look: magic numbers at the start of the file. */
export function sniffHead(head: Buffer): HeadKind {
  if (startsWith(head, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (startsWith(head, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (startsWith(head, 0x49, 0x49, 0x2a, 0x00) || startsWith(head, 0x4d, 0x4d, 0x00, 0x2a)) return 'tiff';
  if (startsWith(head, 0x50, 0x4b, 0x03, 0x04)) return 'zip';
  // Readers accept the header within the first 1024 bytes (some scanners write junk before it).
  if (head.subarray(0, 1024).includes('%PDF-', 0, 'latin1')) return 'pdf';
  if (isExecutable(head)) return 'executable';
  return 'other';
}

function isExecutable(head: Buffer): boolean {
  return (
    startsWith(head, 0x4d, 0x5a) || // MZ: Windows/DOS programs and DLLs
    startsWith(head, 0x7f, 0x45, 0x4c, 0x46) || // ELF
    startsWith(head, 0xfe, 0xed, 0xfa, 0xce) ||
    startsWith(head, 0xfe, 0xed, 0xfa, 0xcf) ||
    startsWith(head, 0xce, 0xfa, 0xed, 0xfe) ||
    startsWith(head, 0xcf, 0xfa, 0xed, 0xfe) || // Mach-O
    startsWith(head, 0xca, 0xfe, 0xba, 0xbe) || // Mach-O universal, Java class
    startsWith(head, 0x00, 0x61, 0x73, 0x6d) || // WebAssembly
    startsWith(head, 0x4c, 0x00, 0x00, 0x00, 0x01, 0x14, 0x02, 0x00) || // Windows shortcut
    startsWith(head, 0x23, 0x21) // "#!" script
  );
}

/**
 * Decides the type of a staged upload and runs the checks that need the whole file: image dimensions,
 * office containers (zip-bomb limits, macros), text encoding and XML declarations. PDFs are checked
 * by records.pdf.ts. Throws an ingest error (refusal) for anything not on the allowlist.
 */
export async function detectContent(
  file: FileHandle,
  size: number,
  limits: SniffLimits = defaultSniffLimits,
): Promise<DetectedContent> {
  if (size === 0) throw ingestErrors.upload_empty();
  const head = Buffer.alloc(Math.min(headBytes, size));
  await file.read(head, 0, head.length, 0);
  const kind = sniffHead(head);
  switch (kind) {
    case 'pdf':
      return { mediaType: allowedMediaTypes.pdf, family: 'pdf' };
    case 'png':
    case 'jpeg':
    case 'tiff': {
      const { pages } = await inspectImage(file, size, kind, limits);
      return { mediaType: allowedMediaTypes[kind], family: 'image', pageCount: pages };
    }
    case 'zip':
      return { mediaType: await inspectZipContainer(file, size, limits), family: 'office' };
    case 'executable':
      throw ingestErrors.content_executable();
    case 'other': {
      const text = await inspectText(file, size);
      return text === 'xml'
        ? { mediaType: allowedMediaTypes.xml, family: 'xml' }
        : { mediaType: allowedMediaTypes.text, family: 'text' };
    }
  }
}
