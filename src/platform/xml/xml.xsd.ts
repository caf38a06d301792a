// XML Schema validation with libxml2 (WebAssembly): SaxonJS has no schema processor. A schema is compiled
// once (UBL's 60 files take ~100 ms) and then validates a document in well under a millisecond.
// Imports and includes are read from disk, but only below the directories a schema was loaded from.
import { readFileSync, existsSync, openSync, readSync, closeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { XmlDocument, XmlValidateError, XsdValidator, xmlRegisterInputProvider } from 'libxml2-wasm';

export interface XsdViolation {
  message: string;
  line?: number;
  column?: number;
}

const allowedRoots = new Set<string>();
let providerRegistered = false;

function allowedPath(filename: string): string | null {
  let file = filename;
  if (filename.startsWith('file:')) {
    try {
      file = fileURLToPath(filename);
    } catch {
      return null;
    }
  } else if (/^[a-z][a-z0-9+.-]*:/i.test(filename)) {
    return null; // http:, ftp: … never
  }
  const resolved = path.resolve(file);
  for (const root of allowedRoots) if (resolved.startsWith(root + path.sep)) return resolved;
  return null;
}

function registerProvider() {
  if (providerRegistered) return;
  providerRegistered = true;
  xmlRegisterInputProvider({
    match: (filename) => {
      const file = allowedPath(filename);
      return file !== null && existsSync(file);
    },
    open: (filename) => {
      const file = allowedPath(filename);
      if (file === null) return undefined;
      try {
        return openSync(file, 'r');
      } catch {
        return undefined;
      }
    },
    read: (fd, buffer) => {
      try {
        return readSync(fd, buffer, 0, buffer.byteLength, null);
      } catch {
        return -1;
      }
    },
    close: (fd) => {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
      return true;
    },
  });
}

export interface XsdSchema {
  /** Violations in document order; empty when the document is valid. */
  validate(document: XmlDocument): XsdViolation[];
  dispose(): void;
}

/** Loads a schema; its imports and includes may come only from below `root`. */
export function loadXsd(file: string, root: string): XsdSchema {
  registerProvider();
  allowedRoots.add(path.resolve(root));
  const source = XmlDocument.fromBuffer(readFileSync(file), { url: path.resolve(file) });
  let validator: XsdValidator;
  try {
    validator = XsdValidator.fromDoc(source);
  } finally {
    source.dispose();
  }
  return {
    validate(document) {
      try {
        validator.validate(document);
        return [];
      } catch (error) {
        if (!(error instanceof XmlValidateError)) throw error;
        return error.details.map((detail) => ({
          message: detail.message.trim(),
          ...(detail.line ? { line: detail.line } : {}),
          ...(detail.col ? { column: detail.col } : {}),
        }));
      }
    },
    dispose: () => validator.dispose(),
  };
}
