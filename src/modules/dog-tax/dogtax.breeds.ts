// Listed breeds and large dogs under the Landeshundegesetz NRW (LHundG NRW), recognised from the free text
// a keeper types as the breed. Lists as stated by NRW authorities' forms (e.g. Stadt Hückelhoven, Rhede):
// § 3 Abs. 2 — Pittbullterrier, American Staffordshire Terrier, Staffordshire Bullterrier, Bullterrier and
// their crossbreeds among each other and with other dogs; § 10 Abs. 1 — Alano, American Bulldog,
// Bullmastiff, Mastiff, Mastino Español, Mastino Napoletano, Fila Brasileiro, Dogo Argentino, Rottweiler,
// Tosa Inu and their crossbreeds. A match is a suggestion for the clerk, who decides on the evidence.
import type { ListedSection, StatuteVersion } from './dogtax.statute.ts';

export interface BreedClassification {
  listed: ListedSection | null;
  /** The breed as the LHundG names it ('' when nothing matched). */
  matched: string;
  /** The entry mentions a crossbreed (Mischling, Mix, Kreuzung); crossbreeds are listed too. */
  crossbreed: boolean;
}

interface ListedBreed {
  name: string;
  section: ListedSection;
  pattern: RegExp;
}

// Patterns run on normalised text (lower case, umlauts spelt out, accents dropped, words separated by one
// space). Order matters: the more specific name first ("staffordshire bull terrier" before "bull terrier",
// "bullmastiff" and "spanischer mastiff" before "mastiff"). Miniature Bullterrier, Tibet Mastiff and
// Pyrenäen-Mastiff are separate breeds, not named in the law: not matched, the clerk decides.
const listedBreeds: readonly ListedBreed[] = [
  { name: 'Pittbullterrier', section: 'section3', pattern: /\bpit+ ?bulls?( ?terrier)?\b/ },
  {
    name: 'American Staffordshire Terrier',
    section: 'section3',
    pattern: /\bamerican staffordshire( ?terrier)?\b|\bam ?staff\b/,
  },
  {
    name: 'Staffordshire Bullterrier',
    section: 'section3',
    pattern: /(?<!american )\bstaffordshire bull ?terrier\b|\bstaff ?bull\b/,
  },
  {
    name: 'Bullterrier',
    section: 'section3',
    pattern: /(?<!staffordshire |miniatur |miniature |mini )\bbull ?terrier\b/,
  },
  { name: 'Alano', section: 'section10', pattern: /\balano\b/ },
  { name: 'American Bulldog', section: 'section10', pattern: /\bamerican bull ?dog(ge)?\b/ },
  { name: 'Bullmastiff', section: 'section10', pattern: /\bbull ?mastiff\b/ },
  {
    name: 'Mastino Español',
    section: 'section10',
    pattern: /\bmastin(o)? espanol\b|\bspanisch(er)? mastiff\b|\bspanish mastiff\b/,
  },
  {
    name: 'Mastino Napoletano',
    section: 'section10',
    pattern: /\bmastino napoletano\b|\bneapolitan(ischer)? mastiff\b/,
  },
  {
    name: 'Mastiff',
    section: 'section10',
    pattern:
      /(?<!bull |tibet |tibetan |tibetanischer |pyrenaeen |pyrenean |spanischer |spanish |neapolitanischer |neapolitan )\bmastiff\b/,
  },
  { name: 'Fila Brasileiro', section: 'section10', pattern: /\bfila( brasileiro)?\b/ },
  { name: 'Dogo Argentino', section: 'section10', pattern: /\bdogo argentino\b|\bargentinische dogge\b/ },
  { name: 'Rottweiler', section: 'section10', pattern: /\brottweiler\b/ },
  { name: 'Tosa Inu', section: 'section10', pattern: /\btosa( inu)?\b/ },
];

// Also written as one word with the breed ("Rottweilermischling", "Pitbullmix"), so these are split off
// before the breed patterns run.
const crossbreedWords = /(mischling|mischung|kreuzung|mixed|mix)/g;

export function normaliseBreedEntry(entry: string): string {
  return entry
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Recognises a breed of § 3 Abs. 2 or § 10 Abs. 1 LHundG NRW in a free-text entry. A crossbreed of a
 *  § 3 breed with a § 10 breed is § 3: it is the stricter class. */
export function classifyBreed(entry: string): BreedClassification {
  const text = normaliseBreedEntry(entry).replace(crossbreedWords, ' $1 ');
  const crossbreed = /(mischling|mischung|kreuzung|mix)/.test(text);
  const hits = listedBreeds.filter((breed) => breed.pattern.test(text));
  const hit = hits.find((breed) => breed.section === 'section3') ?? hits[0];
  return hit === undefined
    ? { listed: null, matched: '', crossbreed }
    : { listed: hit.section, matched: hit.name, crossbreed };
}

/** § 11 Abs. 1 LHundG NRW: a large dog is one that, grown up, is at least 40 cm tall at the withers or
 *  weighs at least 20 kg. Unknown measures (undefined) do not make a dog large. */
export function isLargeDog({ heightCm, weightKg }: { heightCm?: number; weightKg?: number }): boolean {
  return (heightCm !== undefined && heightCm >= 40) || (weightKg !== undefined && weightKg >= 20);
}

/** Whether a dog pays the dangerous-dog rate under a statute version: its breed class is one the statute
 *  names, or it was found dangerous in the individual case (§ 3 Abs. 3 LHundG NRW) and the statute
 *  includes those. */
export function isDangerousForTax(
  version: Pick<StatuteVersion, 'dangerousDogs'>,
  dog: { listed: ListedSection | null; foundDangerousInIndividualCase?: boolean },
): boolean {
  const { listed, foundDangerousInIndividualCase } = version.dangerousDogs;
  return (
    (dog.listed !== null && listed.includes(dog.listed)) ||
    (foundDangerousInIndividualCase && dog.foundDangerousInIndividualCase === true)
  );
}
