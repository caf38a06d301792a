// Text in the PDF: everything a user typed goes through winAnsiText (to the 8-bit WinAnsiEncoding of the
// standard fonts) and pdfLiteral (to an escaped PDF string), so nothing can end a string or inject an
// operator into a content stream. Line wrapping measures with the Helvetica widths.
import { helveticaBoldWidths, helveticaWidths } from './helvetica-metrics.ts';

/** Codes 128–159 of WinAnsiEncoding (Windows-1252); 160–255 are Latin-1 and map to themselves. */
// prettier-ignore
const upperControlRange: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89,
  'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95,
  '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

/** Characters outside WinAnsi that have an obvious stand-in inside it. */
// prettier-ignore
const standIns: Record<string, string> = {
  '\u2010': '-', '\u2011': '-', '\u2012': '–', '\u2212': '-', '\u2009': ' ', '\u2002': ' ', '\u2003': ' ',
  '\u202f': '\u00a0', '\u2007': '\u00a0', '\u2060': '', '\u200b': '', '\u00ad': '', '\ufeff': '',
};

/** What is printed where a character has no glyph in WinAnsi (visible on purpose: nothing vanishes). */
export const replacementCharacter = '?';

/**
 * The text as the PDF can show it: NFC-normalised (a decomposed "ä" becomes one letter), tabs as spaces,
 * a few typographic characters mapped to their WinAnsi stand-ins, and every other character outside
 * WinAnsiEncoding — Cyrillic, CJK, emoji, control characters — replaced by "?". German letters, "ß", "€",
 * „typographic quotes“ and dashes are all inside WinAnsi. Newlines are kept only when `keepNewlines`.
 */
export function winAnsiText(text: string, { keepNewlines = false } = {}): string {
  let out = '';
  for (const character of text.normalize('NFC').replace(/\r\n?/g, '\n')) {
    if (character === '\n') out += keepNewlines ? '\n' : ' ';
    else if (character === '\t') out += ' ';
    else if (character in standIns) out += standIns[character];
    else if (encodeCharacter(character) !== undefined) out += character;
    else out += replacementCharacter;
  }
  return out;
}

function encodeCharacter(character: string): number | undefined {
  const code = character.codePointAt(0)!;
  if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff)) return code;
  return upperControlRange[character];
}

/** The WinAnsi byte of each character of a text that went through winAnsiText. */
export function winAnsiBytes(text: string): Buffer {
  const bytes = Buffer.alloc(text.length);
  let length = 0;
  for (const character of text) {
    bytes[length] = encodeCharacter(character) ?? replacementCharacter.charCodeAt(0);
    length += 1;
  }
  return bytes.subarray(0, length);
}

/**
 * A PDF literal string of the bytes (PDF 1.7, 7.3.4.2): printable ASCII as is, "(", ")" and "\" escaped,
 * every other byte as an octal escape — the content stream stays 7-bit ASCII whatever the input.
 */
export function pdfLiteral(bytes: Buffer): string {
  let out = '(';
  for (const byte of bytes) {
    if (byte === 0x28 || byte === 0x29 || byte === 0x5c) out += `\\${String.fromCharCode(byte)}`;
    else if (byte >= 0x20 && byte <= 0x7e) out += String.fromCharCode(byte);
    else out += `\\${byte.toString(8).padStart(3, '0')}`;
  }
  return `${out})`;
}

/** A text string for the document information dictionary: UTF-16BE with BOM, as hex (7.9.2.2). */
export function pdfTextString(text: string): string {
  const units: string[] = ['FEFF'];
  for (let index = 0; index < text.length; index += 1) {
    units.push(text.charCodeAt(index).toString(16).padStart(4, '0').toUpperCase());
  }
  return `<${units.join('')}>`;
}

export type FontStyle = 'regular' | 'bold';

/** Width in points of a text (already through winAnsiText) in Helvetica or Helvetica-Bold. */
export function textWidth(text: string, style: FontStyle, size: number): number {
  const widths = style === 'bold' ? helveticaBoldWidths : helveticaWidths;
  let units = 0;
  for (const byte of winAnsiBytes(text)) units += byte >= 32 ? (widths[byte - 32] ?? 0) : 0;
  return (units * size) / 1000;
}

export interface TextRun {
  text: string;
  bold?: boolean;
}

export interface LineSegment {
  text: string;
  style: FontStyle;
}

export interface WrappedLine {
  segments: LineSegment[];
  width: number;
}

interface Piece {
  text: string;
  style: FontStyle;
  width: number;
}

/**
 * Breaks runs of text into lines no wider than `maxWidth`: at spaces (runs of spaces count as one), at
 * newlines always, and inside a word only when the word alone is wider than a line.
 */
export function wrapRuns(runs: readonly TextRun[], size: number, maxWidth: number): WrappedLine[] {
  const lines: WrappedLine[] = [];
  let segments: Piece[] = [];
  let width = 0;
  let pendingSpace: Piece | undefined;
  const flush = () => {
    lines.push({ segments: mergeSegments(segments), width });
    segments = [];
    width = 0;
    pendingSpace = undefined;
  };
  const place = (word: Piece[]) => {
    const wordWidth = word.reduce((sum, piece) => sum + piece.width, 0);
    const spaceWidth = segments.length > 0 && pendingSpace ? pendingSpace.width : 0;
    if (segments.length > 0 && width + spaceWidth + wordWidth > maxWidth) flush();
    if (segments.length > 0 && pendingSpace) {
      segments.push(pendingSpace);
      width += pendingSpace.width;
    }
    pendingSpace = undefined;
    if (wordWidth <= maxWidth - width) {
      segments.push(...word);
      width += wordWidth;
      return;
    }
    // A word longer than a whole line (an IBAN without spaces, a URL): broken between characters.
    for (const piece of word) {
      for (const character of piece.text) {
        const characterWidth = textWidth(character, piece.style, size);
        if (segments.length > 0 && width + characterWidth > maxWidth) flush();
        segments.push({ text: character, style: piece.style, width: characterWidth });
        width += characterWidth;
      }
    }
  };
  let word: Piece[] = [];
  const endWord = () => {
    if (word.length > 0) place(word);
    word = [];
  };
  for (const run of runs) {
    const style: FontStyle = run.bold ? 'bold' : 'regular';
    for (const part of winAnsiText(run.text, { keepNewlines: true }).split(/(\n| +)/)) {
      if (part === '') continue;
      if (part === '\n') {
        endWord();
        flush();
      } else if (part.startsWith(' ')) {
        endWord();
        if (segments.length > 0) pendingSpace = { text: ' ', style, width: textWidth(' ', style, size) };
      } else {
        word.push({ text: part, style, width: textWidth(part, style, size) });
      }
    }
  }
  endWord();
  if (segments.length > 0 || lines.length === 0) flush();
  return lines;
}

function mergeSegments(pieces: Piece[]): LineSegment[] {
  const merged: LineSegment[] = [];
  for (const piece of pieces) {
    const last = merged.at(-1);
    if (last && last.style === piece.style) last.text += piece.text;
    else merged.push({ text: piece.text, style: piece.style });
  }
  return merged;
}
