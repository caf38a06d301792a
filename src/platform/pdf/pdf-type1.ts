// Type 1 font programs (Adobe Type 1 Font Format, 1990) as PDF embeds them (ISO 32000-1, 9.9): the
// cleartext part, the eexec-encrypted part in binary, and the trailer of 512 zeros and cleartomark, whose
// lengths go into Length1, Length2 and Length3. Reads PFB (segmented), PFA with hex eexec and the binary
// form Debian's URW fonts come in; makes subsets that keep only the glyphs a document draws.
import { PdfAError } from './pdf-a-metadata.ts';

export interface Type1Program {
  /** PostScript name, from /FontName. */
  fontName: string;
  /** Cleartext part, up to and including "eexec" and the whitespace after it (Length1). */
  cleartext: Buffer;
  /** The private part decrypted (the four random leading bytes included). */
  plaintext: Buffer;
  /** Where the CharStrings dictionary's entries are in `plaintext`. */
  charStrings: {
    /** Offset and length of the entry count in "/CharStrings 855 dict". */
    count: { start: number; end: number };
    /** Each glyph's whole entry ("/A 64 RD <bytes> ND\n"). */
    glyphs: Map<string, { start: number; end: number }>;
    /** Offset just after the last entry. */
    end: number;
  };
  /** The dominant vertical stem width (Private /StdVW), the font descriptor's StemV. */
  stdVW: number | undefined;
  /** 512 zeros and cleartomark (Length3). */
  trailer: Buffer;
}

const eexecKey = 55665;
export const charStringKey = 4330;

/** eexec/charstring decryption (Type 1 Font Format, 7.2). */
export function decrypt(data: Uint8Array, key: number): Buffer {
  const out = Buffer.alloc(data.length);
  let r = key;
  for (let index = 0; index < data.length; index += 1) {
    const cipher = data[index]!;
    out[index] = cipher ^ (r >> 8);
    r = ((cipher + r) * 52845 + 22719) & 0xffff;
  }
  return out;
}

function encrypt(data: Uint8Array, key: number): Buffer {
  const out = Buffer.alloc(data.length);
  let r = key;
  for (let index = 0; index < data.length; index += 1) {
    const cipher = data[index]! ^ (r >> 8);
    out[index] = cipher;
    r = ((cipher + r) * 52845 + 22719) & 0xffff;
  }
  return out;
}

const isWhitespace = (byte: number | undefined) =>
  byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09 || byte === 0x0c;
const isHexDigit = (byte: number | undefined) =>
  byte !== undefined &&
  ((byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66));

/** The segments of a PFB file (0x80, type, 32-bit little-endian length), joined by type. */
function fromPfb(file: Buffer): Buffer {
  const parts: Buffer[] = [];
  let offset = 0;
  while (offset + 2 <= file.length && file[offset] === 0x80 && file[offset + 1] !== 3) {
    const length = file.readUInt32LE(offset + 2);
    parts.push(file.subarray(offset + 6, offset + 6 + length));
    offset += 6 + length;
  }
  return Buffer.concat(parts);
}

/** Reads a Type 1 font file (PFB, PFA or cleartext followed by binary eexec data). */
export function parseType1(file: Buffer, source: string): Type1Program {
  const fail = (why: string) => new PdfAError(`${source} is not a usable Type 1 font: ${why}`);
  const data = file[0] === 0x80 ? fromPfb(file) : file;
  const eexec = data.indexOf('currentfile eexec', 0, 'latin1');
  if (eexec < 0) throw fail('no eexec section');
  let start = eexec + 'currentfile eexec'.length;
  while (isWhitespace(data[start])) start += 1;
  const cleartext = data.subarray(0, start);
  const cleartomark = data.lastIndexOf('cleartomark', undefined, 'latin1');
  if (cleartomark < start) throw fail('no cleartomark');
  let encrypted = data.subarray(start, cleartomark);
  // PFA: the encrypted part as hexadecimal digits (the first four bytes tell, Type 1 Font Format 7.2).
  if ([0, 1, 2, 3].every((index) => isHexDigit(encrypted[index]))) {
    const digits = encrypted.toString('latin1').replace(/[^0-9a-fA-F]/g, '');
    encrypted = Buffer.from(digits.slice(0, digits.length - (digits.length % 2)), 'hex');
  }
  const decrypted = decrypt(encrypted, eexecKey);
  // The private part ends with "closefile" (and its end of line); what follows is the trailer's zeros.
  const closefile = decrypted.lastIndexOf('closefile', undefined, 'latin1');
  if (closefile < 0) throw fail('no closefile in the encrypted part');
  let end = closefile + 'closefile'.length;
  while (end < decrypted.length && (decrypted[end] === 0x0a || decrypted[end] === 0x0d)) end += 1;
  const plaintext = decrypted.subarray(0, end);
  const fontName = /\/FontName\s*\/([^\s/[\]{}()<>%]+)/.exec(cleartext.toString('latin1'))?.[1];
  if (!fontName) throw fail('no /FontName');
  const stdVW = /\/StdVW\s*\[\s*([\d.]+)/.exec(plaintext.toString('latin1'))?.[1];
  return {
    fontName,
    cleartext,
    plaintext,
    charStrings: charStringEntries(plaintext, fail),
    stdVW: stdVW === undefined ? undefined : Number(stdVW),
    trailer: Buffer.from(`${'0'.repeat(64)}\n`.repeat(8) + 'cleartomark\n', 'latin1'),
  };
}

/** Finds each "/name length RD <binary> ND" of the CharStrings dictionary (RD/ND may be spelled -| and |-). */
function charStringEntries(plaintext: Buffer, fail: (why: string) => Error): Type1Program['charStrings'] {
  const text = plaintext.toString('latin1');
  const head = /\/CharStrings\s+(\d+)\s+dict\s+dup\s+begin/.exec(text);
  if (!head) throw fail('no CharStrings dictionary');
  const count = { start: head.index + head[0].indexOf(head[1]!), end: 0 };
  count.end = count.start + head[1]!.length;
  const entry = /\s*\/([^\s/[\]{}()<>%]+)\s+(\d+)\s+\S+\s/y;
  const glyphs = new Map<string, { start: number; end: number }>();
  let offset = head.index + head[0].length;
  for (;;) {
    entry.lastIndex = offset;
    const match = entry.exec(text);
    if (!match) break;
    // Past the binary charstring, the rest of the line is the ND token.
    let end = match.index + match[0].length + Number(match[2]);
    if (end > text.length) throw fail(`charstring /${match[1]} runs past the end`);
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end += 1;
    while (text[end] === '\n' || text[end] === '\r') end += 1;
    glyphs.set(match[1]!, { start: offset, end });
    offset = end;
  }
  if (glyphs.size === 0 || !glyphs.has('.notdef')) throw fail('no glyphs (or no .notdef) in CharStrings');
  return { count, glyphs, end: offset };
}

/** The font program for PDF: cleartext, binary encrypted part and trailer, with the three lengths. */
export interface FontFile {
  data: Buffer;
  length1: number;
  length2: number;
  length3: number;
}

/**
 * The program with only the named glyphs (and .notdef, which every Type 1 font needs) in CharStrings; the
 * Subrs and the rest of the private dictionary stay as they are. Names the font does not have are skipped.
 */
export function subsetType1(program: Type1Program, glyphNames: Iterable<string>): FontFile {
  const keep = new Set(['.notdef', ...glyphNames]);
  const { plaintext, charStrings } = program;
  const entries = [...charStrings.glyphs].filter(([name]) => keep.has(name)).map(([, range]) => range);
  // Entries run from the end of the one before (or of "dict dup begin") to the end of their line.
  const firstStart = [...charStrings.glyphs.values()][0]!.start;
  const private_ = Buffer.concat([
    plaintext.subarray(0, charStrings.count.start),
    Buffer.from(String(entries.length), 'latin1'),
    plaintext.subarray(charStrings.count.end, firstStart),
    ...entries.map((range) => plaintext.subarray(range.start, range.end)),
    plaintext.subarray(charStrings.end),
  ]);
  const encrypted = encrypt(private_, eexecKey);
  return {
    data: Buffer.concat([program.cleartext, encrypted, program.trailer]),
    length1: program.cleartext.length,
    length2: encrypted.length,
    length3: program.trailer.length,
  };
}

/** Advance width of each glyph as its charstring sets it (hsbw or sbw), for checking the metrics. */
export function charStringWidths(program: Type1Program): Map<string, number> {
  const widths = new Map<string, number>();
  for (const [name, range] of program.charStrings.glyphs) {
    const entry = program.plaintext.subarray(range.start, range.end);
    const match = /^\s*\/\S+\s+(\d+)\s+\S+\s/.exec(entry.toString('latin1'))!;
    const body = entry.subarray(match[0].length, match[0].length + Number(match[1]));
    const code = decrypt(body, charStringKey).subarray(4);
    const operands: number[] = [];
    for (let index = 0; index < code.length;) {
      const byte = code[index]!;
      if (byte >= 32 && byte <= 246) {
        operands.push(byte - 139);
        index += 1;
      } else if (byte >= 247 && byte <= 250) {
        operands.push((byte - 247) * 256 + code[index + 1]! + 108);
        index += 2;
      } else if (byte >= 251 && byte <= 254) {
        operands.push(-(byte - 251) * 256 - code[index + 1]! - 108);
        index += 2;
      } else if (byte === 255) {
        operands.push(code.readInt32BE(index + 1));
        index += 5;
      } else {
        // The first operator is hsbw (13: sbx wx) or sbw (12 7: sbx sby wx wy).
        if (byte === 13) widths.set(name, operands[1]!);
        else if (byte === 12 && code[index + 1] === 7) widths.set(name, operands[2]!);
        break;
      }
    }
  }
  return widths;
}
