// The German Snowball stemmer, written from the algorithm's description at snowballstem.org
// (algorithms/german). Optionally with the prelude of its variant (algorithms/german2), which also reads
// "ae", "oe", "ue" as umlauts — citizens typing on a keyboard without umlauts write "Schluessel".
// Input: one lower-case word; output: its stem, with umlauts folded (ä → a) as the algorithm's last step.

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'ä', 'ö', 'ü']);
const S_ENDING = new Set([...'bdfghklmnrt']);
const ST_ENDING = new Set([...'bdfghklmnt']);
const isVowel = (char: string | undefined) => char !== undefined && VOWELS.has(char);

export interface StemOptions {
  /** Read ae/oe/ue as ä/ö/ü (the "german2" variant). Default true. */
  transliteratedUmlauts?: boolean;
}

/** Replace ß, mark u and y between vowels as consonants (upper case), and (variant) map ae/oe/ue. */
function prelude(word: string, transliterated: boolean): string[] {
  const chars = [...word.replaceAll('ß', 'ss')];
  for (let i = 1; i < chars.length - 1; i += 1) {
    const char = chars[i];
    if ((char === 'u' || char === 'y') && isVowel(chars[i - 1]) && isVowel(chars[i + 1]))
      chars[i] = char.toUpperCase();
  }
  if (!transliterated) return chars;
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += 1) {
    const char = chars[i]!;
    const next = chars[i + 1];
    if (char === 'q' && next === 'u') {
      out.push('q', 'u');
      i += 1;
    } else if (next === 'e' && (char === 'a' || char === 'o' || char === 'u')) {
      out.push(char === 'a' ? 'ä' : char === 'o' ? 'ö' : 'ü');
      i += 1;
    } else out.push(char);
  }
  return out;
}

/** The start of the region after the first non-vowel that follows a vowel, from `from` on. */
function regionAfter(chars: readonly string[], from: number): number {
  for (let i = from + 1; i < chars.length; i += 1)
    if (!isVowel(chars[i]) && isVowel(chars[i - 1])) return i + 1;
  return chars.length;
}

const endsWith = (chars: readonly string[], suffix: string) =>
  suffix.length <= chars.length && chars.slice(chars.length - suffix.length).join('') === suffix;

/** The longest of `suffixes` the word ends with (no fallback to a shorter one: the algorithm's rule). */
const longest = (chars: readonly string[], suffixes: readonly string[]) =>
  suffixes.filter((suffix) => endsWith(chars, suffix)).sort((a, b) => b.length - a.length)[0];

export function stemGerman(word: string, options: StemOptions = {}): string {
  const chars = prelude(word, options.transliteratedUmlauts ?? true);
  // R1 with at least three letters before it; R2 is R1's own R1.
  const r1 = regionAfter(chars, 0);
  const p1 = Math.max(3, r1);
  const p2 = regionAfter(chars, r1);
  const cut = (length: number) => chars.splice(chars.length - length, length);
  const startOf = (length: number) => chars.length - length;

  // Step 1: em ern er | e en es | s (after a valid s-ending), if in R1; "-nisse(n)" loses its last s.
  const step1 = longest(chars, ['em', 'ern', 'er', 'e', 'en', 'es', 's']);
  if (step1 !== undefined && startOf(step1.length) >= p1) {
    if (step1 === 's') {
      if (S_ENDING.has(chars[chars.length - 2] ?? '')) cut(1);
    } else {
      cut(step1.length);
      if ((step1 === 'e' || step1 === 'en' || step1 === 'es') && endsWith(chars, 'niss')) cut(1);
    }
  }

  // Step 2: en er est | st (after a valid st-ending that has at least three letters before it), if in R1.
  const step2 = longest(chars, ['en', 'er', 'est', 'st']);
  if (step2 !== undefined && startOf(step2.length) >= p1) {
    if (step2 !== 'st') cut(step2.length);
    else if (chars.length - 3 >= 3 && ST_ENDING.has(chars[chars.length - 3] ?? '')) cut(2);
  }

  // Step 3: derivational suffixes, in R2.
  const step3 = longest(chars, ['end', 'ung', 'ig', 'ik', 'isch', 'lich', 'heit', 'keit']);
  if (step3 !== undefined && startOf(step3.length) >= p2) {
    const before = (suffix: string) => endsWith(chars.slice(0, chars.length - step3.length), suffix);
    const precededByE = chars[chars.length - step3.length - 1] === 'e';
    switch (step3) {
      case 'end':
      case 'ung':
        cut(step3.length);
        if (endsWith(chars, 'ig') && startOf(2) >= p2 && chars[chars.length - 3] !== 'e') cut(2);
        break;
      case 'ig':
      case 'ik':
      case 'isch':
        if (!precededByE) cut(step3.length);
        break;
      case 'lich':
      case 'heit':
        cut(step3.length);
        if ((endsWith(chars, 'er') || endsWith(chars, 'en')) && startOf(2) >= p1) cut(2);
        break;
      case 'keit': {
        const lich = before('lich');
        cut(4);
        if (lich && startOf(4) >= p2) cut(4);
        else if (endsWith(chars, 'ig') && startOf(2) >= p2) cut(2);
        break;
      }
    }
  }

  return chars
    .join('')
    .replaceAll('U', 'u')
    .replaceAll('Y', 'y')
    .replaceAll('ä', 'a')
    .replaceAll('ö', 'o')
    .replaceAll('ü', 'u');
}
