// German text for matching: fold (lower case, umlauts and other accents, ß), split into tokens, drop stop
// words, stem (lostfound.stemmer.ts), and compare stems with tolerance for typos (restricted
// Damerau–Levenshtein distance: insertions, deletions, substitutions and swaps of neighbours).
import { stemGerman } from './lostfound.stemmer.ts';

/** Lower case; ä→a, ö→o, ü→u, é→e …; ß→ss. Umlauts fold to the plain vowel (not "ae"), as the stemmer does. */
export function foldGerman(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('ß', 'ss')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}

// Common German function words (articles, pronouns, prepositions, conjunctions, auxiliaries) plus words that
// say nothing in a loss report ("verloren", "gefunden", "ca."), folded. Written for this module.
const STOP_WORDS = new Set(
  `aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes auch auf aus
  bei beim bin bis bist da dabei dadurch dafur dagegen daher dahin damals damit danach dann dar daran darauf
  daraus darin darum das dass dasselbe dein deine deinem deinen deiner dem demselben den denn denselben der
  derselbe derselben des desselben dessen dich die dieselbe dieselben dies diese dieselbe diesem diesen dieser
  dieses dir doch dort du durch ein eine einem einen einer eines einig einige einigem einigen einiger einiges
  er es etwa etwas euch euer eure eurem euren eurer fur gegen gewesen hab habe haben hat hatte hatten hier hin
  hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im in indem ins ist ja jede jedem jeden jeder jedes
  jene jenem jenen jener jenes jetzt kann kein keine keinem keinen keiner keines konnen konnte mache machen
  man manche manchem manchen mancher manches mein meine meinem meinen meiner meines mich mir mit muss musste
  nach nicht nichts noch nun nur ob oder ohne sehr sein seine seinem seinen seiner seines selbst sich sie
  sind so solche solchem solchen solcher solches soll sollte sondern sonst uber um und uns unsere unserem
  unseren unserer unter viel vom von vor wahrend war waren warst was weg weil weiter welche welchem welchen
  welcher welches wenn werde werden wie wieder will wir wird wirst wo wollen wollte wurde wurden zu zum zur
  zwar zwischen marke farbe modell ca circa evtl vermutlich wahrscheinlich glaube leider bitte verloren gefunden liegen gelassen
  liegengelassen abgegeben irgendwo gestern heute morgen vormittag nachmittag abend uhr gegen etwa`
    .split(/\s+/)
    .filter(Boolean),
);

const stopWordsByLength = new Map<number, string[]>();
for (const word of STOP_WORDS)
  stopWordsByLength.set(word.length, [...(stopWordsByLength.get(word.length) ?? []), word]);
const fuzzyStopCache = new Map<string, boolean>();

/** A stop word, or (from 6 letters) one with a single typo — "liegen gelssen" says as little as "gelassen". */
export function isStopWord(foldedWord: string): boolean {
  if (STOP_WORDS.has(foldedWord)) return true;
  if (foldedWord.length < 5 || /\d/.test(foldedWord)) return false;
  let fuzzy = fuzzyStopCache.get(foldedWord);
  if (fuzzy === undefined) {
    fuzzy = false;
    for (let length = foldedWord.length - 1; length <= foldedWord.length + 1 && !fuzzy; length += 1)
      for (const word of stopWordsByLength.get(length) ?? [])
        if (word.length >= 6 && editDistance(foldedWord, word, 1) <= 1) {
          fuzzy = true;
          break;
        }
    if (fuzzyStopCache.size > 200_000) fuzzyStopCache.clear();
    fuzzyStopCache.set(foldedWord, fuzzy);
  }
  return fuzzy;
}

/** Folded words of a text: letters and digits; "E-Bike" and "EC-Karte" stay one token ("ebike", "eckarte"). */
export function tokens(text: string): string[] {
  return foldGerman(text)
    .replace(/(\p{L})-(\p{L})/gu, '$1$2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0);
}

/** A token that identifies one thing (serial number, IMEI, frame number): has digits, at least 4 characters. */
export function isIdentifierToken(token: string): boolean {
  return token.length >= 4 && /\d/.test(token) && !/^\d{1,2}(uhr|h)?$/.test(token);
}

const stemCache = new Map<string, string>();

/** The stem of one folded token; digits and identifiers are kept as they are. Cached (vocabularies are small). */
export function stemToken(token: string): string {
  if (/\d/.test(token)) return token;
  let stem = stemCache.get(token);
  if (stem === undefined) {
    stem = stemGerman(token);
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(token, stem);
  }
  return stem;
}

/** Stems of a text without stop words and one-letter words, in order, duplicates kept. */
export function stems(text: string): string[] {
  return tokens(text)
    .filter((token) => token.length > 1 && !isStopWord(token))
    .map(stemToken);
}

/**
 * Restricted Damerau–Levenshtein (optimal string alignment) distance, stopping early once it must exceed
 * `limit` (then returns limit + 1). Symmetric in its two arguments.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const width = b.length + 1;
  let before = new Array<number>(width).fill(0);
  let previous = Array.from({ length: width }, (_, j) => j);
  let current = new Array<number>(width).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

/** How many typos a word of this length may carry and still count as the same word. */
export function typoAllowance(length: number): number {
  return length <= 4 ? 0 : length <= 8 ? 1 : 2;
}

/** Two stems are the same word but for typos: the shorter one's allowance bounds the distance. */
export function sameWordWithTypos(a: string, b: string): boolean {
  if (a === b) return true;
  const allowance = typoAllowance(Math.min(a.length, b.length));
  return allowance > 0 && editDistance(a, b, allowance) <= allowance;
}

/**
 * One stem is the head or the modifier of a German compound that the other is ("hausschlussel" ends with
 * "schlussel", "lederjack" starts with "led…" is not enough): the shorter has at least 4 letters and is the
 * other's end (the head, which names the thing) or start.
 */
export function compoundPart(a: string, b: string): 'head' | 'modifier' | undefined {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 4 || short.length === long.length) return undefined;
  if (long.endsWith(short)) return 'head';
  if (long.startsWith(short) && short.length >= 5) return 'modifier';
  return undefined;
}
