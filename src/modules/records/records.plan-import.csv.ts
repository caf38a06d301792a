// Reading a file plan from CSV as German Excel writes it: semicolons, UTF-8 with or without byte order
// mark, CRLF or LF, fields in double quotes when they hold a semicolon, a quote or a line break.
import type { Text } from '../../platform/i18n/i18n.ts';

export interface CsvRecord {
  /** The line of the file on which the record starts (1-based), for error messages. */
  line: number;
  fields: string[];
}

export type CsvResult = { ok: true; records: CsvRecord[] } | { ok: false; line: number; text: Text };

export const csvText = {
  notUtf8: {
    de: 'Die Datei ist nicht UTF-8-kodiert. Speichern Sie sie in Excel als „CSV UTF-8 (durch Trennzeichen getrennt)“.',
    en: 'The file is not UTF-8 encoded. In Excel, save it as “CSV UTF-8 (comma delimited)”.',
  },
  unclosedQuote: {
    de: 'Zeile {line}: Ein Anführungszeichen wird nicht geschlossen.',
    en: 'Line {line}: a quotation mark is not closed.',
  },
  strayQuote: {
    de: 'Zeile {line}: Nach einem Feld in Anführungszeichen muss ein Semikolon oder das Zeilenende folgen.',
    en: 'Line {line}: a quoted field must be followed by a semicolon or the end of the line.',
  },
} satisfies Record<string, Text>;

/** Bytes to text: the BOM is dropped, anything that is not valid UTF-8 is refused (never guessed). */
export function decodeCsvBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; text: Text } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    return { ok: false, text: csvText.notUtf8 };
  }
}

/** Splits CSV text into records with their line numbers; blank lines are skipped. */
export function parseSemicolonCsv(text: string): CsvResult {
  const records: CsvRecord[] = [];
  let line = 1;
  let position = 0;
  while (position < text.length) {
    const startLine = line;
    const fields: string[] = [];
    let field = '';
    let endOfRecord = false;
    while (!endOfRecord) {
      if (text[position] === '"') {
        // Quoted field: "" is a quote; semicolons and line breaks inside belong to the field.
        position += 1;
        for (;;) {
          if (position >= text.length) return { ok: false, line: startLine, text: csvText.unclosedQuote };
          const char = text[position]!;
          if (char === '"') {
            if (text[position + 1] === '"') {
              field += '"';
              position += 2;
              continue;
            }
            position += 1;
            break;
          }
          if (char === '\n') line += 1;
          field += char;
          position += 1;
        }
        const next = text[position];
        if (next !== undefined && next !== ';' && next !== '\n' && next !== '\r')
          return { ok: false, line, text: csvText.strayQuote };
      } else {
        while (position < text.length && !';\r\n'.includes(text[position]!)) {
          field += text[position];
          position += 1;
        }
      }
      fields.push(field);
      field = '';
      const separator = text[position];
      if (separator === ';') position += 1;
      else {
        if (separator === '\r') position += 1;
        if (text[position] === '\n') position += 1;
        if (separator !== undefined) line += 1;
        endOfRecord = true;
      }
    }
    if (fields.some((value) => value.trim() !== '')) records.push({ line: startLine, fields });
  }
  return { ok: true, records };
}
