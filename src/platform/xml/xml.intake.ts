// Safe intake of XML from outside (uploads, mail, supplier APIs), before any parser sees it.
// A document type declaration is refused outright: it is the door to external entities (XXE: reading local
// files, reaching the network) and to entity expansion ("billion laughs"). E-invoices never need one —
// XRechnung, UBL and CII are defined by XML Schema alone.
import type { Text } from '../i18n/i18n.ts';

export const defaultXmlLimits = {
  /** XRechnung with embedded attachments stays far below this; a 200 MB "invoice" is refused unread. */
  maxBytes: 50 * 1024 * 1024,
};
export type XmlLimits = typeof defaultXmlLimits;

export type XmlRefusalCode = 'empty' | 'too_large' | 'not_xml' | 'encoding' | 'doctype' | 'malformed';

const refusalTexts: Record<XmlRefusalCode, Text> = {
  empty: { de: 'Die Datei ist leer.', en: 'The file is empty.' },
  too_large: { de: 'Die Datei ist zu groß.', en: 'The file is too large.' },
  not_xml: { de: 'Die Datei ist kein XML-Dokument.', en: 'The file is not an XML document.' },
  encoding: {
    de: 'Die Zeichenkodierung der Datei ist unbekannt oder fehlerhaft.',
    en: 'The character encoding of the file is unknown or broken.',
  },
  doctype: {
    de: 'XML mit Dokumenttyp-Deklaration (DOCTYPE, Entitäten) wird aus Sicherheitsgründen nicht angenommen.',
    en: 'XML with a document type declaration (DOCTYPE, entities) is refused for security reasons.',
  },
  malformed: { de: 'Das XML ist nicht wohlgeformt.', en: 'The XML is not well-formed.' },
};

/** Why a document was not even parsed; `detail` says where or what (technical, English). */
export class XmlRefusedError extends Error {
  readonly text: Text;
  constructor(
    readonly code: XmlRefusalCode,
    readonly detail?: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(`${refusalTexts[code].en}${detail ? ` (${detail})` : ''}`);
    this.text = refusalTexts[code];
  }
}

export interface XmlIntake {
  /** The document as text, decoded by its byte order mark or XML declaration. */
  text: string;
  encoding: string;
}

/** Checks size, encoding and prolog; throws XmlRefusedError. Well-formedness is the parser's job. */
export function takeInXml(bytes: Uint8Array, limits: XmlLimits = defaultXmlLimits): XmlIntake {
  if (bytes.byteLength === 0) throw new XmlRefusedError('empty');
  if (bytes.byteLength > limits.maxBytes)
    throw new XmlRefusedError('too_large', `${bytes.byteLength} bytes, limit ${limits.maxBytes}`);
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) throw new XmlRefusedError('not_xml', 'this is a PDF file');
  const encoding = detectEncoding(bytes);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (error) {
    throw new XmlRefusedError('encoding', `${encoding}: ${(error as Error).message}`);
  }
  checkProlog(text);
  return { text, encoding };
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function detectEncoding(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  // Without a byte order mark the declaration is ASCII-readable in every encoding we accept (XML 1.0, F.1).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]*)["']/.exec(head)?.[1];
  if (!declared) return 'utf-8';
  try {
    // TextDecoder knows the WHATWG labels; its canonical name is what we report.
    return new TextDecoder(declared).encoding;
  } catch {
    throw new XmlRefusedError('encoding', `declared encoding "${declared}" is not supported`);
  }
}

/**
 * Walks the prolog (XML declaration, comments, processing instructions, white space) up to the root
 * element. A DOCTYPE can only stand there, so this finds every one without parsing the rest.
 */
function checkProlog(text: string): void {
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (at < text.length && /\s/.test(text[at]!)) at++;
    if (at >= text.length) throw new XmlRefusedError('not_xml', 'no root element');
    if (text[at] !== '<') throw new XmlRefusedError('not_xml', `unexpected content at character ${at + 1}`);
    if (text.startsWith('<?', at)) {
      const end = text.indexOf('?>', at + 2);
      if (end < 0) throw new XmlRefusedError('malformed', 'unterminated processing instruction');
      at = end + 2;
    } else if (text.startsWith('<!--', at)) {
      const end = text.indexOf('-->', at + 4);
      if (end < 0) throw new XmlRefusedError('malformed', 'unterminated comment');
      at = end + 3;
    } else if (text.slice(at, at + 9).toUpperCase() === '<!DOCTYPE') {
      throw new XmlRefusedError('doctype', 'DOCTYPE found', lineOf(text, at));
    } else if (text.startsWith('<!', at)) {
      throw new XmlRefusedError('not_xml', `unexpected markup before the root element`);
    } else {
      return;
    }
  }
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
