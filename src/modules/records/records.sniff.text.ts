// Plain text and XML: accepted only as UTF-8, read through once in chunks (any size, constant memory).
// XML with a DOCTYPE or entity declarations is refused outright, whatever it declares: that is where
// XXE and "billion laughs" live, and no document we file needs them. HTML and SVG (markup browsers
// run scripts in) are not on the allowlist.
import type { FileHandle } from 'node:fs/promises';
import { ingestErrors } from './records.ingest.errors.ts';

const chunkBytes = 64 * 1024;

export async function inspectText(file: FileHandle, size: number): Promise<'text' | 'xml'> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const buffer = Buffer.alloc(Math.min(chunkBytes, size));
  let position = 0;
  let markup: 'xml' | undefined;
  // The last few characters of the previous chunk, so a declaration split across chunks is still found.
  let carry = '';
  while (position < size) {
    const { bytesRead } = await file.read(buffer, 0, buffer.length, position);
    if (bytesRead === 0) break;
    const bytes = buffer.subarray(0, bytesRead);
    if (position === 0 && (startsWithUtf16Bom(bytes) || bytes.includes(0))) {
      // UTF-16 text has NULs too; anything else with NUL bytes is binary we do not know.
      if (startsWithUtf16Bom(bytes)) throw ingestErrors.text_not_utf8();
      throw ingestErrors.content_not_allowed();
    }
    if (bytes.includes(0)) throw ingestErrors.content_not_allowed();
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: position + bytesRead < size });
    } catch {
      throw ingestErrors.text_not_utf8();
    }
    if (position === 0) {
      const start = text
        .replace(/^\ufeff/, '')
        .trimStart()
        .slice(0, 512);
      markup = classifyStart(start);
    }
    if (markup === 'xml' && /<!(DOCTYPE|ENTITY)/i.test(carry + text)) throw ingestErrors.xml_doctype();
    carry = text.slice(-16);
    position += bytesRead;
  }
  return markup ?? 'text';
}

function startsWithUtf16Bom(bytes: Buffer): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function classifyStart(start: string): 'xml' | undefined {
  if (start.startsWith('#!')) throw ingestErrors.content_executable();
  if (!start.startsWith('<')) return undefined;
  if (/^<!doctype\s+html|^<html[\s>]|^<svg[\s>]|^<script[\s>]/i.test(start))
    throw ingestErrors.content_not_allowed();
  if (!start.startsWith('<?xml')) {
    // Markup without an XML declaration: treat as XML when it looks like an element, so the checks apply.
    if (!/^<([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*[\s>/]/.test(start) && !start.startsWith('<!--'))
      return undefined;
  } else {
    const encoding = /encoding\s*=\s*["']([^"']+)["']/i.exec(start.slice(0, start.indexOf('?>') + 2 || 200));
    if (encoding && !/^(utf-8|us-ascii)$/i.test(encoding[1]!)) throw ingestErrors.text_not_utf8();
  }
  const root = rootElement(start);
  if (root && /^(svg|html|xhtml)$/i.test(root)) throw ingestErrors.content_not_allowed();
  return 'xml';
}

/** The local name of the first element after the declaration, comments and processing instructions. */
function rootElement(start: string): string | undefined {
  const rest = start.replace(/^(\s*(<\?[\s\S]*?\?>|<!--[\s\S]*?-->))*\s*/, '');
  const match = /^<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(rest);
  return match?.[1];
}
