// From what a person types to the two text-search queries: the one that finds documents and the one
// that highlights hits in the snippet. Pure functions; the database supplies each word's lexemes
// (records.search.repository.ts analyseWords) and, for words no document contains, the nearest real word.

/** At most this many words count; the rest of a long paste is ignored. */
export const MAX_QUERY_WORDS = 8;
const MAX_WORD_LENGTH = 60;
/** A prefix shorter than this would match half the dictionary. */
const MIN_PREFIX_LENGTH = 3;
/** Words shorter than this are not corrected: too many real words are one letter away. */
const MIN_CORRECTABLE_LENGTH = 4;

/**
 * Splits the input into words. Search syntax characters are separators, so nothing a person types can
 * become a tsquery operator; hyphens, dots and slashes inside a word stay ("E-Mail", "32.11.05-0012/2026").
 */
export function queryWords(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/[\s"„“”‚‘’'()[\]{}&|!:*<>\\,;?=+~^$#%@]+/u)
    .map((word) => word.replace(/^[-./]+|[-./]+$/g, '').slice(0, MAX_WORD_LENGTH))
    .filter((word) => word.length > 0)
    .slice(0, MAX_QUERY_WORDS);
}

/** What the database says about one typed word. */
export interface WordAnalysis {
  word: string;
  /** Its lexemes as indexed (folded, unaccented, stemmed); empty for a stop word. */
  lexemes: string[];
  /** Lexemes of the word as written and with umlauts spelled out, as they appear in unfolded text. */
  headlineLexemes: string[];
  /** Folded and unaccented but not stemmed: the prefix form ("hundest" for "Hundest"). */
  folded: string;
  /** Some document of the municipality contains every lexeme. */
  known: boolean;
  /** Some indexed word starts with `folded` (only asked for the last word). */
  prefixKnown: boolean;
}

export interface ResolvedWord {
  word: string;
  lexemes: string[];
  headlineLexemes: string[];
  /** Set for the last word: matches every word starting with it. */
  prefix: string | null;
  /** The real word searched instead of a typo. */
  correction: string | null;
}

/** Lexemes a typo could be corrected from: letters only, long enough. */
export function correctableLexemes(words: WordAnalysis[]): string[] {
  return words
    .filter((word) => !word.known && !word.prefixKnown && word.lexemes.length === 1)
    .map((word) => word.lexemes[0]!)
    .filter((lexeme) => /^[a-z]+$/.test(lexeme) && lexeme.length >= MIN_CORRECTABLE_LENGTH);
}

export function isPrefixCandidate(folded: string): boolean {
  return /^[a-z]+$/.test(folded) && folded.length >= MIN_PREFIX_LENGTH;
}

/**
 * Decides per word: exact lexemes, plus a prefix for the last word (search as you type), or — when no
 * document contains the word — the nearest real word. Stop words drop out.
 */
export function resolveWords(words: WordAnalysis[], corrections: Map<string, string>): ResolvedWord[] {
  const resolved: ResolvedWord[] = [];
  words.forEach((word, index) => {
    const isLast = index === words.length - 1;
    const prefix = isLast && isPrefixCandidate(word.folded) && word.prefixKnown ? word.folded : null;
    if (word.lexemes.length === 0) return;
    const correction =
      !word.known && !prefix && word.lexemes.length === 1
        ? (corrections.get(word.lexemes[0]!) ?? null)
        : null;
    resolved.push({
      word: word.word,
      lexemes: correction ? [correction] : word.lexemes,
      headlineLexemes: correction ? [correction] : word.headlineLexemes,
      prefix,
      correction,
    });
  });
  return resolved;
}

/** A lexeme as a tsquery operand: quoted, so no character of user data is read as an operator. */
export function tsqueryOperand(lexeme: string, prefix = false): string {
  return `'${lexeme.replaceAll('\\', '\\\\').replaceAll("'", "''")}'${prefix ? ':*' : ''}`;
}

function term(lexemes: string[], prefix: string | null): string {
  const exact = lexemes.map((lexeme) => tsqueryOperand(lexeme)).join(' & ');
  const alternatives = [lexemes.length > 1 ? `(${exact})` : exact];
  if (prefix) alternatives.push(tsqueryOperand(prefix, true));
  return `(${alternatives.join(' | ')})`;
}

/** Every word must match (in title, metadata or text). Null when nothing searchable is left. */
export function matchQuery(words: ResolvedWord[]): string | null {
  if (words.length === 0) return null;
  return words.map((word) => term(word.lexemes, word.prefix)).join(' & ');
}

/**
 * The snippet is cut from the text as stored, which ts_headline reads without our folding, so each word
 * is offered in every spelling it may have there ("Müller" and "Mueller"); any of them is highlighted.
 */
export function headlineQuery(words: ResolvedWord[]): string | null {
  const operands = words.flatMap((word) => [
    ...new Set([...word.lexemes, ...word.headlineLexemes].map((lexeme) => tsqueryOperand(lexeme))),
    ...(word.prefix ? [tsqueryOperand(word.prefix, true)] : []),
  ]);
  return operands.length > 0 ? operands.join(' | ') : null;
}
