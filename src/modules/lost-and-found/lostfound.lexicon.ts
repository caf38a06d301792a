// Words that mean more than their letters when matching finds with loss reports: other words for the same
// thing (Geldbörse = Portemonnaie = Geldbeutel), colours and brands. Written as ordinary German words and
// stemmed at load, so the lists read naturally and follow the stemmer. Each stem of a description becomes a
// term: an identifier, a concept, a colour, a brand, or a plain word — see `analyseStem`.
import { compoundPart, isIdentifierToken, sameWordWithTypos, stems } from './lostfound.text.ts';

const CONCEPTS: Record<string, string> = {
  wallet:
    'Geldbörse Portemonnaie Portmonee Portmonnaie Geldbeutel Brieftasche Börse Geldtasche Kartenetui Wallet',
  bag: 'Tasche Handtasche Rucksack Umhängetasche Beutel Shopper Sporttasche Laptoptasche Turnbeutel Schultasche Clutch Bauchtasche',
  keys: 'Schlüssel Schlüsselbund Schlüsselring Autoschlüssel Hausschlüssel Haustürschlüssel Fahrradschlüssel Transponder',
  phone: 'Handy Smartphone Mobiltelefon Telefon iPhone Galaxy Pixel',
  headphones: 'Kopfhörer Ohrhörer Earbuds AirPods Headset',
  tablet: 'Tablet iPad Laptop Notebook',
  bicycle: 'Fahrrad Rad Bike Mountainbike Rennrad Citybike Trekkingrad Pedelec Ebike Kinderrad',
  scooter: 'Roller Tretroller Scooter Kickboard',
  id_card: 'Personalausweis Ausweis Perso Reisepass Führerschein Aufenthaltstitel',
  bank_card: 'Bankkarte EC-Karte Girokarte Kreditkarte Sparkassenkarte Debitkarte',
  necklace: 'Kette Halskette Kettchen Medaillon',
  ring: 'Ring Ehering Verlobungsring Fingerring',
  bracelet: 'Armband Armreif',
  earring: 'Ohrring Ohrstecker Creole',
  watch: 'Uhr Armbanduhr Smartwatch',
  glasses: 'Brille Sonnenbrille Lesebrille Brillenetui',
  jacket: 'Jacke Anorak Mantel Parka Regenjacke Windjacke Daunenjacke Fleecejacke Blouson Weste',
  cap: 'Mütze Kappe Cap Basecap Hut Beanie',
  scarf: 'Schal Halstuch Loop',
  gloves: 'Handschuh Handschuhe Fäustlinge',
  umbrella: 'Schirm Regenschirm Knirps Taschenschirm Stockschirm',
  soft_toy: 'Kuscheltier Teddy Teddybär Plüschtier Stofftier Puppe',
  dog: 'Hund Hündin Welpe Rüde',
  cat: 'Katze Kater Kätzchen',
  leather: 'Leder Echtleder Kunstleder',
  cash: 'Bargeld Geld Geldscheine Scheine Münzen',
};

const COLOURS: Record<string, string> = {
  schwarz: 'schwarz',
  weiss: 'weiß weiss cremeweiß',
  grau: 'grau anthrazit silbergrau',
  blau: 'blau navy marine marineblau jeansblau',
  turkis: 'türkis petrol',
  grun: 'grün oliv olivgrün khaki',
  rot: 'rot weinrot bordeaux kirschrot',
  pink: 'pink rosa magenta',
  lila: 'lila violett flieder',
  orange: 'orange',
  gelb: 'gelb senfgelb',
  braun: 'braun cognac',
  beige: 'beige',
  gold: 'gold golden goldfarben',
  silber: 'silber silbern silberfarben',
  bunt: 'bunt gemustert kariert gestreift',
};

// Colours people easily call by the neighbour's name.
const NEAR_COLOURS: readonly [string, string][] = [
  ['schwarz', 'grau'],
  ['grau', 'silber'],
  ['blau', 'turkis'],
  ['turkis', 'grun'],
  ['rot', 'pink'],
  ['pink', 'lila'],
  ['lila', 'blau'],
  ['rot', 'orange'],
  ['orange', 'gelb'],
  ['gelb', 'gold'],
  ['braun', 'beige'],
  ['weiss', 'beige'],
  ['weiss', 'silber'],
  ['schwarz', 'blau'],
];

const BRANDS: Record<string, string> = {
  apple: 'Apple iPhone iPad AirPods MacBook',
  samsung: 'Samsung Galaxy',
  google: 'Google Pixel',
  huawei: 'Huawei',
  xiaomi: 'Xiaomi',
  sony: 'Sony',
  bose: 'Bose',
  jbl: 'JBL',
  fossil: 'Fossil',
  guess: 'Guess',
  gucci: 'Gucci',
  vuitton: 'Vuitton',
  esprit: 'Esprit',
  tommy: 'Hilfiger',
  mcm: 'MCM',
  eastpak: 'Eastpak',
  deuter: 'Deuter',
  wolfskin: 'Wolfskin',
  fjallraven: 'Fjällräven Kanken',
  nike: 'Nike',
  adidas: 'Adidas',
  puma: 'Puma',
  casio: 'Casio',
  swatch: 'Swatch',
  rolex: 'Rolex',
  garmin: 'Garmin',
  rayban: 'RayBan Ray-Ban',
  cube: 'Cube',
  gazelle: 'Gazelle',
  kalkhoff: 'Kalkhoff',
  trek: 'Trek',
  canyon: 'Canyon',
  abus: 'Abus',
  knirps: 'Knirps',
  steiff: 'Steiff',
  pandora: 'Pandora',
  thomas: 'Sabo',
};

export type TermKind = 'identifier' | 'concept' | 'colour' | 'brand' | 'word';

export interface Term {
  /** Equal keys are the same term: "c:wallet", "colour:blau", "brand:apple", "id:356938…", "w:<stem>". */
  key: string;
  kind: TermKind;
  /** How much the term says about identity. */
  weight: number;
  /** The stem it came from (for plain words: compared with typos and as compound parts). */
  stem: string;
}

const WEIGHTS: Record<TermKind, number> = { identifier: 4, concept: 1.5, colour: 1.5, brand: 2.5, word: 1 };

// A stem may stand for several terms: "iPhone" is the brand Apple and a phone.
const lexicon = new Map<string, Omit<Term, 'stem'>[]>();
function enter(kind: TermKind, key: string, words: string) {
  for (const stem of stems(words)) {
    const entries = lexicon.get(stem) ?? [];
    if (!entries.some((entry) => entry.key === key)) entries.push({ key, kind, weight: WEIGHTS[kind] });
    lexicon.set(stem, entries);
  }
}
for (const [key, words] of Object.entries(BRANDS)) enter('brand', `brand:${key}`, words);
for (const [key, words] of Object.entries(COLOURS)) enter('colour', `colour:${key}`, words);
for (const [key, words] of Object.entries(CONCEPTS)) enter('concept', `c:${key}`, words);
// Compound heads must be real words of at least 4 letters ("Rad" in "Fahrrad" would swallow "Motorrad"-like
// noise; "Pass" in "Reisepass" is listed itself).
const lexiconStems = [...lexicon.keys()];
const compoundHeads = lexiconStems.filter((stem) => stem.length >= 4);

const nearColours = new Set(
  NEAR_COLOURS.flatMap(([a, b]) => [`colour:${a}|colour:${b}`, `colour:${b}|colour:${a}`]),
);

/** 1 for the same colour key, 0.5 for neighbours (schwarz ~ grau), else 0. */
export function colourCloseness(a: string, b: string): number {
  if (a === b) return 1;
  return nearColours.has(`${a}|${b}`) ? 0.5 : 0;
}

const analysed = new Map<string, Term[]>();

/** The terms one stem stands for: usually one; a compound of a known head also keeps itself as a word. */
export function analyseStem(stem: string): Term[] {
  const cached = analysed.get(stem);
  if (cached) return cached;
  const result = analyse(stem);
  if (analysed.size > 200_000) analysed.clear();
  analysed.set(stem, result);
  return result;
}

function analyse(stem: string): Term[] {
  if (isIdentifierToken(stem))
    return [{ key: `id:${stem}`, kind: 'identifier', weight: WEIGHTS.identifier, stem }];
  const word: Term = { key: `w:${stem}`, kind: 'word', weight: WEIGHTS.word, stem };
  const exact = lexicon.get(stem);
  if (exact) return exact.map((entry) => ({ ...entry, stem }));
  // A compound whose head is known ("Lederjacke" → jacket, "dunkelblau" → blue) keeps the whole word too.
  for (const head of compoundHeads)
    if (compoundPart(stem, head) === 'head')
      return [...lexicon.get(head)!.map((entry) => ({ ...entry, stem })), word];
  if (stem.length >= 5)
    for (const known of compoundHeads)
      if (Math.abs(known.length - stem.length) <= 2 && sameWordWithTypos(stem, known))
        return lexicon.get(known)!.map((entry) => ({ ...entry, stem }));
  return [word];
}

/** The terms of a text, deduplicated by key (the first occurrence wins). */
export function termsOf(text: string): Term[] {
  const seen = new Map<string, Term>();
  for (const stem of stems(text))
    for (const term of analyseStem(stem)) if (!seen.has(term.key)) seen.set(term.key, term);
  return [...seen.values()];
}
