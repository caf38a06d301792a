// The dog tax statute (Hundesteuersatzung) as data. A municipality levies the tax by statute (§ 2 Abs. 1,
// § 3 KAG NRW); the council changes rates by amending it, so a statute is a list of versions, each in force
// from its first day until the next version starts. The engine never hard-codes a rate.
import { dogTaxErrors } from './dogtax.errors.ts';
import { isCalendarDay, monthIndexOf } from './dogtax.money.ts';

/** Annual rate per dog in cents, by how many dogs of that class the household keeps in the month:
 *  index 0 = one dog, 1 = two dogs, …; the last entry applies to any higher number ("drei oder mehr"). */
export type RateScale = readonly [number, ...number[]];

export type ListedSection = 'section3' | 'section10';

export interface ReliefRule {
  id: string;
  kind: 'exemption' | 'reduction';
  /** Share of the tax that is waived: 100 for an exemption. */
  percent: number;
  label: { de: string; en: string };
  /** Paragraph of the statute that grants it. */
  reference: string;
  /** Most NRW statutes grant no relief for dangerous dogs (they pay the higher rate in full). */
  forDangerousDogs: boolean;
}

export interface StatuteVersion {
  /** First day the version applies, YYYY-MM-DD; must be the first of a month (liability runs by month). */
  validFrom: string;
  /** Where this version's rates come from (amending statute, Amtsblatt). */
  reference: string;
  rates: { normal: RateScale; dangerous: RateScale };
  /** Which dogs pay the dangerous-dog rate: listed breeds under the LHundG NRW and/or dogs found dangerous
   *  in the individual case (§ 3 Abs. 3 LHundG NRW). The statute decides, not the LHundG. */
  dangerousDogs: {
    listed: readonly ListedSection[];
    foundDangerousInIndividualCase: boolean;
    reference: string;
  };
  /** Whether exempt dogs count when the household's number of dogs selects the rate. */
  exemptDogsCount: boolean;
  reliefs: readonly ReliefRule[];
}

export interface DogTaxStatute {
  municipality: string;
  /** Title, date and where it is published (URL or Amtsblatt), plus what of it is verified. */
  source: string;
  versions: readonly StatuteVersion[];
}

// Reliefs of the Leichlingen demo configuration. DEMO: the Leichlingen statute's catalogue of exemptions
// and reductions was not available to verify; these follow the pattern of NRW statutes built on the
// Mustersatzung of the Städte- und Gemeindebund NRW (§ 4 Steuerbefreiungen: dogs serving blind, deaf or
// otherwise helpless persons — Merkzeichen B, Bl, aG, H; § 5 Steuerermäßigungen: 50 % for a dog guarding
// a building more than 200 m from the next inhabited one, and for recipients of benefits for living costs,
// today SGB II/XII). Replace with the paragraphs of the Leichlingen Hundesteuersatzung before production.
const leichlingenReliefs: readonly ReliefRule[] = [
  {
    id: 'assistance-dog',
    kind: 'exemption',
    percent: 100,
    label: {
      de: 'Hund zum Schutz und zur Hilfe blinder, tauber oder sonst hilfloser Personen',
      en: 'Dog serving blind, deaf or otherwise helpless persons',
    },
    reference: 'Hundesteuersatzung (Muster StGB NRW) § 4 Abs. 1 — Demo',
    forDangerousDogs: false,
  },
  {
    id: 'rescue-dog',
    kind: 'exemption',
    percent: 100,
    label: {
      de: 'Geprüfter Rettungshund, der für den Katastrophenschutz zur Verfügung steht',
      en: 'Certified rescue dog available to civil protection',
    },
    reference: 'Hundesteuersatzung (Muster StGB NRW) § 4 Abs. 2 — Demo',
    forDangerousDogs: false,
  },
  {
    id: 'remote-guard-dog',
    kind: 'reduction',
    percent: 50,
    label: {
      de: 'Wachhund eines Gebäudes, das mehr als 200 m vom nächsten bewohnten Gebäude entfernt liegt',
      en: 'Guard dog of a building more than 200 m from the next inhabited building',
    },
    reference: 'Hundesteuersatzung (Muster StGB NRW) § 5 Abs. 1 Buchst. a — Demo',
    forDangerousDogs: false,
  },
  {
    id: 'social-benefits',
    kind: 'reduction',
    percent: 50,
    label: {
      de: 'Halterin oder Halter erhält Leistungen nach dem SGB II oder SGB XII',
      en: 'Keeper receives benefits under SGB II or SGB XII',
    },
    reference: 'Hundesteuersatzung (Muster StGB NRW) § 5 Abs. 1 Buchst. b — Demo',
    forDangerousDogs: false,
  },
];

/**
 * Stadt Leichlingen (Rhld.), demo configuration.
 * Verified: the rates 125 € (one dog), 135 € each (two), 175 € each (three or more), 875 € (one dangerous
 * dog), 1,080 € each (more than one), in force "mit Beginn des Juli" by council decision, and that the
 * dangerous rate applies to the breeds of § 3 LHundG NRW — Kölnische Rundschau, "Leichlingen erhöht die
 * Abgabe für die Vierbeiner kräftig", https://rundschau-online.de/leichlingen/hundesteuer-leichlingen-erhoeht-die-abgabe-fuer-vierbeiner-kraeftig-823163
 * NOT verified: the year of that 1 July (2024 is assumed), the date and Amtsblatt of the amending statute,
 * the previous rates' full table (the report names 84 €, 120 € each for two, 288 € dangerous, but not the
 * rest, so no earlier version is configured), and the reliefs (see above). Source of truth to check:
 * Hundesteuersatzung der Stadt Leichlingen (Rhld.) in der Fassung der Änderungssatzung, Amtsblatt der
 * Stadt Leichlingen, Ortsrecht on leichlingen.de.
 */
export const leichlingenStatute: DogTaxStatute = {
  municipality: 'Stadt Leichlingen (Rhld.)',
  source:
    'Hundesteuersatzung der Stadt Leichlingen (Rhld.), Änderung mit Wirkung vom 1. Juli (Ratsbeschluss; Jahr und Amtsblatt nicht geprüft). ' +
    'Steuersätze geprüft nach Kölnische Rundschau, https://rundschau-online.de/leichlingen/hundesteuer-leichlingen-erhoeht-die-abgabe-fuer-vierbeiner-kraeftig-823163. ' +
    'Befreiungen/Ermäßigungen: Demo nach Mustersatzung StGB NRW.',
  versions: [
    {
      validFrom: '2024-07-01',
      reference: 'Hundesteuersatzung Leichlingen § 2 (Steuersätze ab 1. Juli; Jahr nicht geprüft)',
      rates: { normal: [12_500, 13_500, 17_500], dangerous: [87_500, 108_000] },
      // § 3 Abs. 1–3 LHundG NRW: the listed breeds of Abs. 2 and dogs found dangerous in the individual
      // case are "gefährliche Hunde". The press report names only the § 3 breeds; that the individual case
      // is included follows from the statute referring to § 3 as a whole — DEMO, not verified.
      dangerousDogs: {
        listed: ['section3'],
        foundDangerousInIndividualCase: true,
        reference: 'Hundesteuersatzung Leichlingen § 2 i. V. m. § 3 LHundG NRW',
      },
      // DEMO: common NRW wording "Hunde, für die Steuerbefreiung gewährt wird, werden bei der Berechnung
      // der Anzahl der Hunde nicht angesetzt"; not verified for Leichlingen.
      exemptDogsCount: false,
      reliefs: leichlingenReliefs,
    },
  ],
};

/** Checks the statute's shape; throws dog-tax.statute_invalid with the reason. */
export function validateStatute(statute: DogTaxStatute): void {
  const fail = (reason: string) => {
    throw dogTaxErrors.statute_invalid({ municipality: statute.municipality, reason });
  };
  if (statute.versions.length === 0) fail('no versions');
  let previous = -Infinity;
  for (const version of statute.versions) {
    if (!isCalendarDay(version.validFrom) || !version.validFrom.endsWith('-01')) {
      fail(`version ${version.validFrom} does not start on the first of a month`);
    }
    const month = monthIndexOf(version.validFrom);
    if (month <= previous) fail(`version ${version.validFrom} is not after the one before it`);
    previous = month;
    for (const scale of [version.rates.normal, version.rates.dangerous]) {
      if (!scale.every((cents) => Number.isSafeInteger(cents) && cents >= 0)) {
        fail(`version ${version.validFrom} has a rate that is not whole non-negative cents`);
      }
    }
    for (const relief of version.reliefs) {
      const wholePercent = Number.isInteger(relief.percent) && relief.percent >= 0 && relief.percent <= 100;
      if (!wholePercent || (relief.kind === 'exemption' && relief.percent !== 100)) {
        fail(`relief ${relief.id} has an invalid percentage`);
      }
    }
  }
}

/** The version in force in a month (given as a month index, see monthIndexOf), or undefined before the first. */
export function versionInForce(statute: DogTaxStatute, monthIndex: number): StatuteVersion | undefined {
  let found: StatuteVersion | undefined;
  for (const version of statute.versions) {
    if (monthIndexOf(version.validFrom) <= monthIndex) found = version;
  }
  return found;
}

/** The annual rate per dog for a class when the household keeps `count` dogs of it (count ≥ 1). */
export function annualRate(scale: RateScale, count: number): number {
  return scale[Math.min(count, scale.length) - 1] ?? scale[0];
}
