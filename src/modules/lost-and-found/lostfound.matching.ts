// Does a found item belong to a loss report? A score in [0, 1] from five parts — category, time, place,
// description text, colour and brand — with the reasons staff see beside a suggested match. The same
// function serves both directions (a new item against open loss reports, a new report against items in
// custody): every part is symmetric, only the roles "lost" and "found" decide the order in time.
import { categoryCloseness, CATEGORIES, type Category } from './lostfound.categories.ts';
import { dayNumber } from './lostfound.days.ts';
import { colourCloseness, termsOf, type Term } from './lostfound.lexicon.ts';
import { compoundPart, foldGerman, sameWordWithTypos, stems } from './lostfound.text.ts';

export interface Place {
  /** Free text: "Bahnhof Leichlingen, Gleis 2", "Bus 255", "Stadtpark". */
  name?: string;
  district?: string;
  latitude?: number;
  longitude?: number;
}

export interface MatchRecord {
  id: string;
  kind: 'found' | 'lost';
  category: Category;
  /** YYYY-MM-DD. Found: the day it was found (from = to). Lost: the earliest and latest day of the loss. */
  from: string;
  to: string;
  place?: Place;
  /** Description and distinguishing features, free German text. */
  description: string;
  colour?: string;
  brand?: string;
  /** Serial, frame or IMEI number; used to match, never shown publicly. */
  serialNumber?: string;
}

export interface MatchOptions {
  /** A find this many days after the loss window's end still counts (less the longer it took). */
  maxGapDays: number;
}

export const DEFAULT_MATCH_OPTIONS: MatchOptions = { maxGapDays: 60 };

export type ReasonCode =
  | 'category_same'
  | 'category_related'
  | 'time'
  | 'place_near'
  | 'place_name'
  | 'place_district'
  | 'place_unknown'
  | 'text'
  | 'colour_match'
  | 'colour_near'
  | 'colour_conflict'
  | 'brand_match'
  | 'brand_conflict'
  | 'identifier_match';

export interface MatchReason {
  code: ReasonCode;
  /** The part's own value in [0, 1]. */
  value: number;
  /** For staff: "Farbe stimmt überein: schwarz". */
  de: string;
}

export interface MatchScore {
  score: number;
  reasons: MatchReason[];
}

/** A record with everything matching needs computed once: day numbers, terms, place words. */
export interface PreparedRecord {
  record: MatchRecord;
  fromDay: number;
  toDay: number;
  /** Concepts, plain words and identifiers of description and serial number. */
  textTerms: Term[];
  textWeight: number;
  colours: string[];
  brands: string[];
  identifiers: Set<string>;
  placeStems: string[];
  district?: string;
}

export function prepareRecord(record: MatchRecord): PreparedRecord {
  const serial =
    record.serialNumber === undefined ? '' : foldGerman(record.serialNumber).replace(/[^\p{L}\p{N}]/gu, '');
  const all = termsOf([record.description, record.colour ?? '', record.brand ?? '', serial].join(' \n '));
  const textTerms = all.filter((term) => term.kind !== 'colour' && term.kind !== 'brand');
  return {
    record,
    fromDay: dayNumber(record.from),
    toDay: dayNumber(record.to),
    textTerms,
    textWeight: textTerms.reduce((sum, term) => sum + term.weight, 0),
    colours: all.filter((term) => term.kind === 'colour').map((term) => term.key),
    brands: all.filter((term) => term.kind === 'brand').map((term) => term.key),
    identifiers: new Set(all.filter((term) => term.kind === 'identifier').map((term) => term.key)),
    placeStems: [...new Set(stems(record.place?.name ?? ''))],
    ...(record.place?.district ? { district: foldGerman(record.place.district).trim() } : {}),
  };
}

/**
 * The time part, or undefined when the pair is impossible: a thing cannot be found before the earliest day
 * it was lost, nor (for matching) more than `maxGapDays` after the loss window ended.
 */
export function timeCloseness(
  lost: PreparedRecord,
  found: PreparedRecord,
  options: MatchOptions,
): number | undefined {
  const foundDay = found.toDay;
  if (foundDay < lost.fromDay) return undefined;
  const gap = Math.max(0, foundDay - lost.toDay);
  if (gap > options.maxGapDays) return undefined;
  const byGap = gap <= 1 ? 1 : 1 - (0.8 * (gap - 1)) / Math.max(1, options.maxGapDays - 1);
  // A loss "some time in the last month" says less than "yesterday".
  const width = lost.toDay - lost.fromDay;
  return byGap * (1 - Math.min(0.3, width / 100));
}

function distanceKm(a: Place, b: Place): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude! - a.latitude!) * rad;
  const dLon = (b.longitude! - a.longitude!) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.latitude! * rad) * Math.cos(b.latitude! * rad) * Math.sin(dLon / 2) ** 2;
  return 12_742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const hasCoordinates = (place: Place | undefined): place is Place =>
  place !== undefined && Number.isFinite(place.latitude) && Number.isFinite(place.longitude);

/** The place part with its reason: distance if both have coordinates, else shared place words or district. */
export function placeCloseness(a: PreparedRecord, b: PreparedRecord): MatchReason {
  const pa = a.record.place;
  const pb = b.record.place;
  if (hasCoordinates(pa) && hasCoordinates(pb)) {
    const km = distanceKm(pa, pb);
    const value = km <= 0.3 ? 1 : km >= 5 ? 0 : 1 - (km - 0.3) / 4.7;
    return { code: 'place_near', value, de: `Entfernung der Orte: ${km.toFixed(1).replace('.', ',')} km` };
  }
  const known = (p: PreparedRecord) => p.placeStems.length > 0 || p.district !== undefined;
  if (!known(a) || !known(b))
    return { code: 'place_unknown', value: 0.5, de: 'Ort nur auf einer Seite angegeben' };
  const matched = (x: PreparedRecord, y: PreparedRecord) =>
    x.placeStems.filter((stem) => y.placeStems.some((other) => sameWordWithTypos(stem, other)));
  const [sharedA, sharedB] = [matched(a, b), matched(b, a)];
  const shared = sharedA.length <= sharedB.length ? sharedA : sharedB;
  const smaller = Math.min(a.placeStems.length, b.placeStems.length);
  const byName = smaller === 0 ? 0 : Math.min(1, shared.length / smaller);
  const byDistrict = a.district !== undefined && a.district === b.district ? 0.7 : 0;
  if (byName >= byDistrict && byName > 0)
    return { code: 'place_name', value: byName, de: `Ort stimmt überein: ${shared.join(', ')}` };
  if (byDistrict > 0)
    return {
      code: 'place_district',
      value: byDistrict,
      de: `Gleicher Ortsteil: ${b.record.place?.district}`,
    };
  return { code: 'place_name', value: 0.1, de: 'Orte verschieden' };
}

/** How alike two terms are: same key 1; plain words equal but for typos 0.8, or one a compound part 0.5. */
export function termCloseness(a: Term, b: Term): number {
  if (a.key === b.key) return 1;
  if (a.kind !== 'word' || b.kind !== 'word') return 0;
  if (sameWordWithTypos(a.stem, b.stem)) return 0.8;
  return compoundPart(a.stem, b.stem) ? 0.5 : 0;
}

/** Memo for one query: a candidate term's closeness to each of the query's terms, and its weight. */
export type TermMemo = Map<string, { row: Float64Array; weight: number }>;

/**
 * How much a term counts besides its kind: rarer terms among the records compared say more ("Gravur" more
 * than "Geldbörse"). The index supplies inverse document frequencies; without one every term counts as 1.
 */
export type TermRarity = (key: string) => number;

/**
 * Weighted soft Dice of the two term sets: each term counts with its weight times its best closeness on the
 * other side, over both sides' total weight. Symmetric, and blind to word order and repetition.
 */
export function textCloseness(
  query: PreparedRecord,
  candidate: PreparedRecord,
  memo: TermMemo = new Map(),
  rarity: TermRarity = () => 1,
): number {
  const queryWeights = query.textTerms.map((term) => term.weight * rarity(term.key));
  const bestForQuery = new Float64Array(query.textTerms.length);
  let sum = 0;
  let total = 0;
  for (const term of candidate.textTerms) {
    let entry = memo.get(term.key);
    if (entry === undefined) {
      const row = new Float64Array(query.textTerms.length);
      for (let i = 0; i < query.textTerms.length; i += 1) row[i] = termCloseness(query.textTerms[i]!, term);
      entry = { row, weight: term.weight * rarity(term.key) };
      memo.set(term.key, entry);
    }
    let best = 0;
    const row = entry.row;
    for (let i = 0; i < row.length; i += 1) {
      const value = row[i]!;
      if (value > best) best = value;
      if (value > bestForQuery[i]!) bestForQuery[i] = value;
    }
    sum += entry.weight * best;
    total += entry.weight;
  }
  for (let i = 0; i < queryWeights.length; i += 1) {
    sum += queryWeights[i]! * bestForQuery[i]!;
    total += queryWeights[i]!;
  }
  return total === 0 ? 0 : sum / total;
}

const WEIGHT = { category: 0.1, time: 0.1, place: 0.15, text: 0.45, attributes: 0.2 };
const label = (key: string) => key.slice(key.indexOf(':') + 1);
const percent = (value: number) => `${Math.round(value * 100)} %`;

/** Score one pair; undefined when it cannot be a match (unrelated categories, impossible times). */
export function scorePair(
  a: PreparedRecord,
  b: PreparedRecord,
  options: MatchOptions = DEFAULT_MATCH_OPTIONS,
  memo?: TermMemo,
  rarity?: TermRarity,
): MatchScore | undefined {
  if (a.record.kind === b.record.kind) throw new Error('scorePair compares a found item with a loss report');
  const [lost, found] = a.record.kind === 'lost' ? [a, b] : [b, a];
  const category = categoryCloseness(a.record.category, b.record.category);
  if (category === 0) return undefined;
  const time = timeCloseness(lost, found, options);
  if (time === undefined) return undefined;
  const reasons: MatchReason[] = [
    category === 1
      ? { code: 'category_same', value: 1, de: `Gleiche Kategorie: ${CATEGORIES[a.record.category]}` }
      : {
          code: 'category_related',
          value: category,
          de: `Verwandte Kategorien: ${CATEGORIES[lost.record.category]} / ${CATEGORIES[found.record.category]}`,
        },
    {
      code: 'time',
      value: time,
      de: `Gefunden ${Math.max(0, found.toDay - lost.toDay)} Tag(e) nach dem Verlust`,
    },
  ];
  const place = placeCloseness(a, b);
  reasons.push(place);
  const text = textCloseness(a, b, memo, rarity);
  reasons.push({ code: 'text', value: text, de: `Beschreibung ähnlich zu ${percent(text)}` });

  const attributes: number[] = [];
  let penalty = 1;
  if (a.colours.length > 0 && b.colours.length > 0) {
    let best = 0;
    for (const x of a.colours) for (const y of b.colours) best = Math.max(best, colourCloseness(x, y));
    attributes.push(best);
    const colours = `${a.colours.map(label).join('/')} – ${b.colours.map(label).join('/')}`;
    if (best === 1) reasons.push({ code: 'colour_match', value: 1, de: `Farbe stimmt überein: ${colours}` });
    else if (best > 0) reasons.push({ code: 'colour_near', value: best, de: `Farben ähnlich: ${colours}` });
    else {
      reasons.push({ code: 'colour_conflict', value: 0, de: `Farben verschieden: ${colours}` });
      penalty *= 0.8;
    }
  }
  if (a.brands.length > 0 && b.brands.length > 0) {
    const same = a.brands.some((brand) => b.brands.includes(brand));
    attributes.push(same ? 1 : 0);
    const brands = `${a.brands.map(label).join('/')} – ${b.brands.map(label).join('/')}`;
    if (same) reasons.push({ code: 'brand_match', value: 1, de: `Marke stimmt überein: ${brands}` });
    else {
      reasons.push({ code: 'brand_conflict', value: 0, de: `Marken verschieden: ${brands}` });
      penalty *= 0.6;
    }
  }
  const attributeValue =
    attributes.length === 0 ? 0.5 : attributes.reduce((x, y) => x + y, 0) / attributes.length;
  let score =
    penalty *
    (WEIGHT.category * category +
      WEIGHT.time * time +
      WEIGHT.place * place.value +
      WEIGHT.text * text +
      WEIGHT.attributes * attributeValue);
  for (const id of a.identifiers)
    if (b.identifiers.has(id)) {
      // The same serial number on both sides is as good as proof, whatever the rest says.
      reasons.push({ code: 'identifier_match', value: 1, de: 'Seriennummer / Kennung stimmt überein' });
      score = Math.max(score, 0.95);
      break;
    }
  return { score: Math.min(1, Math.max(0, score)), reasons };
}
