// What kinds of things the Fundbüro registers, with German labels, and which kinds a loser may well have
// called by a neighbouring name (a purse reported as "Tasche", a wallet's cards found on their own).

export const CATEGORIES = {
  wallet: 'Geldbörse / Brieftasche',
  bag: 'Tasche / Rucksack',
  keys: 'Schlüssel',
  phone: 'Handy / Smartphone',
  electronics: 'Elektronik (Tablet, Kopfhörer, Kamera …)',
  bicycle: 'Fahrrad / Roller',
  documents: 'Ausweise / Dokumente',
  bank_card: 'Bank- und Kundenkarten',
  jewellery: 'Schmuck',
  watch: 'Uhr',
  glasses: 'Brille',
  clothing: 'Kleidung',
  umbrella: 'Schirm',
  toy: 'Spielzeug / Kuscheltier',
  animal: 'Tier',
  money: 'Bargeld',
  other: 'Sonstiges',
} as const;

export type Category = keyof typeof CATEGORIES;

export const CATEGORY_CODES = Object.keys(CATEGORIES) as Category[];

export function isCategory(value: string): value is Category {
  return Object.hasOwn(CATEGORIES, value);
}

// Pairs that often stand for the same lost thing, with how close they are (1 = same category).
const RELATED: readonly [Category, Category, number][] = [
  ['wallet', 'bag', 0.6],
  ['wallet', 'bank_card', 0.6],
  ['wallet', 'documents', 0.6],
  ['wallet', 'money', 0.5],
  ['documents', 'bank_card', 0.6],
  ['phone', 'electronics', 0.6],
  ['jewellery', 'watch', 0.6],
  ['clothing', 'bag', 0.3],
  ['keys', 'bag', 0.3],
  ['toy', 'bag', 0.3],
];

const closeness = new Map<string, number>();
for (const [a, b, value] of RELATED) {
  closeness.set(`${a}|${b}`, value);
  closeness.set(`${b}|${a}`, value);
}

/** 1 for the same category, the pair's closeness for related ones, 0.25 if either is "other", else 0. */
export function categoryCloseness(a: Category, b: Category): number {
  if (a === b) return 1;
  if (a === 'other' || b === 'other') return 0.25;
  return closeness.get(`${a}|${b}`) ?? 0;
}

/** The categories worth comparing with `category` (closeness above 0), itself first. */
export function relatedCategories(category: Category): Category[] {
  return [
    category,
    ...CATEGORY_CODES.filter((other) => other !== category && categoryCloseness(category, other) > 0),
  ];
}
