// Synthetic finds and loss reports for the Fundbüro matcher: the same lost thing described twice — once by
// staff registering the item, once by the citizen reporting the loss — with other words for the same thing,
// colour shades, brands named or not, typos, and places near each other; plus distractors drawn from the same
// world (other black wallets lost the same week). Seeded, so every run sees the same data.
import type { Category, MatchRecord, Place } from '../../src/modules/lost-and-found/index.ts';
import { addDays } from '../../src/modules/lost-and-found/index.ts';

/** mulberry32: a small seeded PRNG, enough for repeatable test data. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
export type Random = ReturnType<typeof createRandom>;

interface Kind {
  category: Category;
  /** Words staff use, words citizens use (other words for the same thing). */
  staffWords: string[];
  citizenWords: string[];
  brands: string[];
  features: string[];
  serial?: boolean;
}

const KINDS: Kind[] = [
  {
    category: 'wallet',
    staffWords: ['Geldbörse', 'Brieftasche', 'Portemonnaie'],
    citizenWords: ['Portmonee', 'Geldbeutel', 'Portemonnaie', 'Geldbörse', 'Brieftasche'],
    brands: ['Fossil', 'Guess', 'Esprit', 'MCM', 'Tommy Hilfiger', ''],
    features: [
      'aus Leder',
      'mit Reißverschluss',
      'mit Druckknopf',
      'Personalausweis enthalten',
      'EC-Karte der Sparkasse',
      'Führerschein enthalten',
      'etwas Bargeld',
      'Kundenkarten von Rewe',
      'Foto von Kindern',
      'abgewetzte Ecken',
    ],
  },
  {
    category: 'bag',
    staffWords: ['Rucksack', 'Handtasche', 'Umhängetasche', 'Sporttasche'],
    citizenWords: ['Rucksack', 'Tasche', 'Handtasche', 'Beutel', 'Sporttasche'],
    brands: ['Eastpak', 'Deuter', 'Fjällräven', 'Jack Wolfskin', 'Nike', 'Adidas', ''],
    features: [
      'mit Laptopfach',
      'Turnschuhe darin',
      'Schulbücher',
      'Trinkflasche',
      'Aufnäher mit Anker',
      'kaputter Reißverschluss',
      'Brotdose',
      'Regenschutz',
    ],
  },
  {
    category: 'keys',
    staffWords: ['Schlüsselbund', 'Schlüssel', 'Hausschlüssel'],
    citizenWords: ['Schlüssel', 'Schlüsselbund', 'Haustürschlüssel', 'Autoschlüssel'],
    brands: ['Abus', ''],
    features: [
      'drei Schlüssel',
      'Anhänger Eiffelturm',
      'Chip für die Garage',
      'Einkaufswagenchip',
      'Flaschenöffner',
      'rotes Band',
      'Autoschlüssel VW',
      'kleiner Teddy als Anhänger',
    ],
  },
  {
    category: 'phone',
    staffWords: ['Smartphone', 'Mobiltelefon', 'Handy'],
    citizenWords: ['Handy', 'Smartphone', 'iPhone', 'Telefon'],
    brands: ['Apple', 'Samsung', 'Google', 'Xiaomi', 'Huawei'],
    features: [
      'Displayschaden',
      'gesprungenes Display',
      'Hülle mit Glitzer',
      'Klapphülle',
      'Sticker auf der Rückseite',
      'Ladekabel dabei',
      'Hintergrundbild Hund',
    ],
    serial: true,
  },
  {
    category: 'bicycle',
    staffWords: ['Fahrrad', 'Damenrad', 'Herrenrad', 'Mountainbike'],
    citizenWords: ['Fahrrad', 'Rad', 'Bike', 'Mountainbike', 'Ebike'],
    brands: ['Cube', 'Gazelle', 'Kalkhoff', 'Trek', 'Canyon'],
    features: [
      'Korb vorne',
      'Kindersitz',
      '28 Zoll',
      'Gepäckträger',
      'Klingel fehlt',
      'Schutzbleche',
      'Nabenschaltung',
      'Aufkleber am Rahmen',
    ],
    serial: true,
  },
  {
    category: 'glasses',
    staffWords: ['Brille', 'Sonnenbrille', 'Lesebrille'],
    citizenWords: ['Brille', 'Sonnenbrille', 'Lesebrille', 'Brillenetui'],
    brands: ['Ray-Ban', 'Gucci', ''],
    features: [
      'im Etui',
      'Gleitsichtgläser',
      'Metallrahmen',
      'Hornbrille',
      'verbogener Bügel',
      'runde Gläser',
    ],
  },
  {
    category: 'jewellery',
    staffWords: ['Halskette', 'Ring', 'Armband', 'Ohrring'],
    citizenWords: ['Kette', 'Halskette', 'Ring', 'Ehering', 'Armband'],
    brands: ['Pandora', 'Thomas Sabo', ''],
    features: ['mit Gravur', 'Herzanhänger', 'Steinchen', 'Initialen', 'zierlich', 'Familienerbstück'],
  },
  {
    category: 'clothing',
    staffWords: ['Jacke', 'Regenjacke', 'Mütze', 'Schal', 'Mantel'],
    citizenWords: ['Jacke', 'Anorak', 'Parka', 'Mütze', 'Schal', 'Mantel'],
    brands: ['Jack Wolfskin', 'Esprit', 'Adidas', 'Nike', 'Puma', ''],
    features: [
      'Größe M',
      'Größe 140',
      'mit Kapuze',
      'Handschuhe in der Tasche',
      'Fellkragen',
      'Reflektorstreifen',
      'Namensschild im Kragen',
    ],
  },
  {
    category: 'umbrella',
    staffWords: ['Regenschirm', 'Stockschirm', 'Taschenschirm'],
    citizenWords: ['Schirm', 'Regenschirm', 'Knirps'],
    brands: ['Knirps', ''],
    features: ['Holzgriff', 'gepunktet', 'Automatik', 'Werbeaufdruck'],
  },
  {
    category: 'toy',
    staffWords: ['Kuscheltier', 'Teddybär', 'Stofftier'],
    citizenWords: ['Kuscheltier', 'Teddy', 'Plüschtier', 'Stofftier'],
    brands: ['Steiff', ''],
    features: ['Hase', 'Bär mit Schleife', 'ein Ohr abgenutzt', 'Knopf im Ohr', 'Einhorn'],
  },
];

const COLOURS: [string, string[]][] = [
  ['schwarz', ['schwarz', 'schwarzes', 'schwarzen', 'schwarze']],
  ['blau', ['blau', 'dunkelblau', 'navy', 'blaue']],
  ['rot', ['rot', 'weinrot', 'rote', 'bordeaux']],
  ['braun', ['braun', 'cognac', 'braune']],
  ['grau', ['grau', 'anthrazit', 'hellgrau']],
  ['grün', ['grün', 'olivgrün', 'grüne']],
  ['pink', ['pink', 'rosa']],
  ['weiß', ['weiß', 'weiss', 'weiße']],
  ['gelb', ['gelb', 'senfgelb']],
  ['silber', ['silber', 'silbern']],
];

const PLACES: { name: string; district: string; latitude: number; longitude: number }[] = [
  { name: 'Bahnhof Leichlingen', district: 'Mitte', latitude: 51.1063, longitude: 7.0113 },
  { name: 'Rathaus', district: 'Mitte', latitude: 51.1058, longitude: 7.0186 },
  { name: 'Marktplatz', district: 'Mitte', latitude: 51.1066, longitude: 7.0171 },
  { name: 'Stadtpark', district: 'Mitte', latitude: 51.1079, longitude: 7.0152 },
  { name: 'Freibad', district: 'Mitte', latitude: 51.1101, longitude: 7.0254 },
  { name: 'Sportplatz Balker Aue', district: 'Balken', latitude: 51.1132, longitude: 7.0079 },
  { name: 'Bushaltestelle Witzhelden Markt', district: 'Witzhelden', latitude: 51.1301, longitude: 7.0819 },
  { name: 'Grundschule Kirchstraße', district: 'Mitte', latitude: 51.1049, longitude: 7.0201 },
  { name: 'Supermarkt Brückenstraße', district: 'Mitte', latitude: 51.1071, longitude: 7.0142 },
  { name: 'Wanderparkplatz Sengbachtalsperre', district: 'Witzhelden', latitude: 51.1247, longitude: 7.0634 },
  { name: 'Bus Linie 255', district: 'Mitte', latitude: 51.1063, longitude: 7.0113 },
  { name: 'Friedhof Oberschmitte', district: 'Oberschmitte', latitude: 51.0993, longitude: 7.0066 },
  { name: 'Blütensonntag Festwiese', district: 'Mitte', latitude: 51.1088, longitude: 7.0199 },
  { name: 'Ärztehaus Am Hammer', district: 'Mitte', latitude: 51.1041, longitude: 7.0137 },
];

/** Typical slips: a swapped pair, a dropped or doubled letter, a neighbour key. */
function typo(random: Random, word: string): string {
  if (word.length < 5) return word;
  const i = random.int(1, word.length - 2);
  switch (random.int(0, 3)) {
    case 0:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + word[i] + word.slice(i);
    default:
      return word.slice(0, i) + random.pick([...'aeiourstn']) + word.slice(i + 1);
  }
}

const withTypos = (random: Random, text: string, rate: number) =>
  text
    .split(' ')
    .map((word) => (random.chance(rate) ? typo(random, word) : word))
    .join(' ');

interface Thing {
  kind: Kind;
  colour: [string, string[]];
  brand: string;
  features: string[];
  place: (typeof PLACES)[number];
  serial?: string;
}

function thing(random: Random): Thing {
  const kind = random.pick(KINDS);
  const features = [...kind.features].sort(() => random.next() - 0.5).slice(0, random.int(1, 3));
  return {
    kind,
    colour: random.pick(COLOURS),
    brand: random.pick(kind.brands),
    features,
    place: random.pick(PLACES),
    ...(kind.serial
      ? { serial: `${random.pick(['WBK', 'SN', 'IMEI '])}${random.int(10_000_000, 99_999_999)}` }
      : {}),
  };
}

function placeNear(random: Random, place: Thing['place']): Place {
  // Citizens remember the place roughly: the same one, another in the district, or only the district.
  const roll = random.next();
  if (roll < 0.5)
    return {
      name: place.name,
      district: place.district,
      latitude: place.latitude,
      longitude: place.longitude,
    };
  if (roll < 0.75) return { district: place.district };
  const other = random.pick(PLACES.filter((candidate) => candidate.district === place.district));
  return { name: other.name, district: other.district };
}

function foundRecord(random: Random, id: string, subject: Thing, foundOn: string): MatchRecord {
  const colourWord = random.pick(subject.colour[1]);
  const words = [random.pick(subject.kind.staffWords), subject.features.join(', ')];
  const description = `${colourWord[0]!.toUpperCase()}${colourWord.slice(1)} ${words.join(', ')}`;
  return {
    id,
    kind: 'found',
    category: subject.kind.category,
    from: foundOn,
    to: foundOn,
    place: {
      name: subject.place.name,
      district: subject.place.district,
      latitude: subject.place.latitude,
      longitude: subject.place.longitude,
    },
    description,
    colour: subject.colour[0],
    ...(subject.brand ? { brand: subject.brand } : {}),
    ...(subject.serial ? { serialNumber: subject.serial } : {}),
  };
}

function lossRecord(
  random: Random,
  id: string,
  subject: Thing,
  lostFrom: string,
  width: number,
): MatchRecord {
  const parts = [
    `${random.chance(0.5) ? 'Meine' : 'Habe meine'} ${random.pick(subject.colour[1])} ${random.pick(subject.kind.citizenWords)}`,
    // Citizens name the brand in the text, or not at all.
    subject.brand && random.chance(0.6) ? `von ${subject.brand}` : '',
    // Not every feature is remembered, and some are added that staff did not note.
    ...subject.features.filter(() => random.chance(0.6)),
    random.chance(0.3) ? random.pick(subject.kind.features) : '',
    random.chance(0.4) ? 'verloren' : 'liegen gelassen',
  ].filter(Boolean);
  // The category is the citizen's choice: sometimes a neighbouring one.
  const category: Category =
    subject.kind.category === 'wallet' && random.chance(0.1) ? 'bag' : subject.kind.category;
  return {
    id,
    kind: 'lost',
    category,
    from: lostFrom,
    to: addDays(lostFrom, width),
    place: placeNear(random, subject.place),
    description: withTypos(random, parts.join(', '), 0.12),
    ...(subject.serial && random.chance(0.3)
      ? { serialNumber: subject.serial.replace(/(\d{4})/, '$1 ') }
      : {}),
  };
}

export interface LabelledSet {
  items: MatchRecord[];
  reports: MatchRecord[];
  /** item id → the report id it belongs to. */
  truth: Map<string, string>;
}

/** `pairs` item–report pairs plus `distractorItems` items nobody reported and `distractorReports` losses nobody found. */
export function labelledSet(
  random: Random,
  options: {
    pairs: number;
    distractorItems: number;
    distractorReports: number;
    firstDay: string;
    days: number;
  },
): LabelledSet {
  const items: MatchRecord[] = [];
  const reports: MatchRecord[] = [];
  const truth = new Map<string, string>();
  const day = () => addDays(options.firstDay, random.int(0, options.days));
  for (let n = 0; n < options.pairs; n += 1) {
    const subject = thing(random);
    const lostFrom = day();
    const width = random.pick([0, 0, 0, 1, 1, 2, 3, 7]);
    const foundOn = addDays(lostFrom, random.int(0, width + random.pick([0, 0, 1, 2, 5, 14])));
    items.push(foundRecord(random, `item-${n}`, subject, foundOn));
    reports.push(lossRecord(random, `report-${n}`, subject, lostFrom, width));
    truth.set(`item-${n}`, `report-${n}`);
  }
  for (let n = 0; n < options.distractorItems; n += 1)
    items.push(foundRecord(random, `other-item-${n}`, thing(random), day()));
  for (let n = 0; n < options.distractorReports; n += 1)
    reports.push(lossRecord(random, `other-report-${n}`, thing(random), day(), random.pick([0, 1, 3])));
  return { items, reports, truth };
}

/** `count` open loss reports spread over the six months before `today` (the load for the timing). */
export function openLossReports(random: Random, count: number, today: string): MatchRecord[] {
  return Array.from({ length: count }, (_, n) =>
    lossRecord(
      random,
      `open-${n}`,
      thing(random),
      addDays(today, -random.int(0, 182)),
      random.pick([0, 1, 2, 7]),
    ),
  );
}

export function newItems(random: Random, count: number, today: string): MatchRecord[] {
  return Array.from({ length: count }, (_, n) =>
    foundRecord(random, `new-${n}`, thing(random), addDays(today, -random.int(0, 3))),
  );
}
