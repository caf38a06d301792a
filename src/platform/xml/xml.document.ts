// Parses XML with libxml2 (WebAssembly) into a tree for XML Schema validation and for finding the line of
// a reported location. Safe by construction: no network, no external entities, no entity substitution —
// and takeInXml has refused any DOCTYPE before.
import { ParseOption, XmlDocument, XmlParseError } from 'libxml2-wasm';
import { XmlRefusedError } from './xml.intake.ts';

const safeOptions =
  ParseOption.XML_PARSE_NONET | ParseOption.XML_PARSE_NO_XXE | ParseOption.XML_PARSE_BIG_LINES;

/** The caller must dispose() the document (WebAssembly memory is not garbage-collected). */
export function parseXml(bytes: Uint8Array): XmlDocument {
  try {
    return XmlDocument.fromBuffer(bytes, { option: safeOptions });
  } catch (error) {
    if (!(error instanceof XmlParseError)) throw error;
    const first = error.details[0];
    throw new XmlRefusedError(
      'malformed',
      (first?.message ?? error.message).trim(),
      first?.line || undefined,
      first?.col || undefined,
    );
  }
}
