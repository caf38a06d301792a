// Free text (names, remittance information) in the character set German banks accept for SEPA files.
// The EPC implementation guidelines require only the Latin set: a–z A–Z 0–9 / - ? : ( ) . , ' + space.
// DFÜ-Abkommen Anlage 3 (Spezifikation der Datenformate, 2.1 "Zeichensatz") adds the characters of the
// former domestic DTAUS set — Ä Ö Ü ä ö ü ß & * $ % — which German banks are obliged to accept (they may
// convert them for foreign receivers). `charset: 'dk'` (default) keeps those; `charset: 'epc'`
// transliterates them as the DK table allows (Ä → AE, ß → ss, & → +; $ and % become spaces).
// Everything else is transliterated (é → e, “ → ') or becomes a space, as the EPC best practices allow.
export type SepaCharset = 'dk' | 'epc';

const latin = /[A-Za-z0-9/\-?:().,'+ ]/;
const dtausExtra = /[ÄÖÜäöüß&*$%]/;

const epcTransliteration: Record<string, string> = {
  Ä: 'AE',
  Ö: 'OE',
  Ü: 'UE',
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  '&': '+',
  '*': '.',
};

// Characters that do not decompose into a Latin letter plus accents, or have a near equivalent.
const lookalikes: Record<string, string> = {
  ẞ: 'SS',
  Æ: 'AE',
  æ: 'ae',
  Œ: 'OE',
  œ: 'oe',
  Ø: 'O',
  ø: 'o',
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ð: 'D',
  ð: 'd',
  Þ: 'TH',
  þ: 'th',
  ı: 'i',
  '‘': "'",
  '’': "'",
  '‚': "'",
  '`': "'",
  '´': "'",
  '"': "'",
  '“': "'",
  '”': "'",
  '„': "'",
  '«': "'",
  '»': "'",
  '‹': "'",
  '›': "'",
  '–': '-',
  '—': '-',
  '‑': '-',
  _: '-',
  ';': ',',
  '!': '.',
  '[': '(',
  ']': ')',
  '{': '(',
  '}': ')',
  '\\': '/',
  '€': 'EUR',
  '§': 'Par.',
};

export interface SepaTextOptions {
  charset?: SepaCharset;
}

/** Converts free text to the SEPA character set and cuts it to `maxLength` characters (trimmed). */
export function toSepaText(input: string, maxLength: number, options: SepaTextOptions = {}): string {
  const charset = options.charset ?? 'dk';
  let out = '';
  // NFC first, so that an "ä" typed as a + combining diaeresis is kept as one umlaut.
  for (const char of input.normalize('NFC')) out += convertChar(char, charset);
  return out.replace(/ {2,}/g, ' ').trim().slice(0, maxLength).trimEnd();
}

/** True when `text` needs no conversion in the given character set. */
export function isSepaText(text: string, charset: SepaCharset = 'dk'): boolean {
  for (const char of text) if (!isAllowed(char, charset)) return false;
  return true;
}

function isAllowed(char: string, charset: SepaCharset): boolean {
  return latin.test(char) || (charset === 'dk' && dtausExtra.test(char));
}

function convertChar(char: string, charset: SepaCharset): string {
  if (isAllowed(char, charset)) return char;
  if (dtausExtra.test(char)) return epcTransliteration[char] ?? ' ';
  const lookalike = lookalikes[char];
  if (lookalike !== undefined) return lookalike;
  // é → e + ´ → e: drop the combining marks of a decomposed letter.
  const base = char.normalize('NFD').replace(/\p{M}/gu, '');
  if (base !== char && base !== '' && [...base].every((c) => latin.test(c))) return base;
  return ' ';
}
