// The assessment of one household for one calendar year (the tax is set "für ein Kalenderjahr oder … für
// den Rest des Kalenderjahres", § 7 Abs. 1 of NRW statutes following the Mustersatzung, e.g. Haan), month
// by month. All dogs of a household count together (§ 1 Abs. 2 of the same pattern, e.g. Rheine: "Alle in
// einen Haushalt aufgenommenen Hunde gelten als von ihren Haltern gemeinsam gehalten").
//
// Counting rule: the rate per dog depends on how many taxable dogs OF ITS CLASS the household keeps in
// that month — normal dogs by the number of normal dogs, dangerous dogs by the number of dangerous dogs.
// "135 € je Hund bei zwei Hunden" means every one of the two pays 135 €, so a second dog taken in raises
// the first dog's rate from that month on. The Leichlingen rates as reported give two separate scales
// ("wer mehr als ein gefährliches Tier hält … 1080 Euro pro Hund"); a statute that counts both classes
// together would need a new option here. With scales that do not fall as dogs are added (every real
// statute), another dog never lowers the household total (property-tested). Exempt dogs count only if the statute says so (StatuteVersion.exemptDogsCount).
//
// Amounts: a month's amount is that month's share of the (relieved) annual rate, see monthlyShare, so a
// dog kept all year under one version pays exactly the annual rate and a rate change splits exactly at the
// month it takes effect.
import { dogTaxErrors } from './dogtax.errors.ts';
import {
  firstTaxableMonth,
  isTaxableIn,
  reliefIn,
  validateDogs,
  type DogPeriod,
} from './dogtax.liability.ts';
import { afterRelief, monthIndex, monthlyShare } from './dogtax.money.ts';
import {
  annualRate,
  validateStatute,
  versionInForce,
  type DogTaxStatute,
  type StatuteVersion,
} from './dogtax.statute.ts';

export interface AssessedMonth {
  /** 1–12 */
  month: number;
  taxable: boolean;
  /** validFrom of the statute version whose rates apply (undefined when not taxable). */
  versionValidFrom?: string;
  /** Dogs of this dog's class counted for the rate in this month. */
  dogsCounted: number;
  annualRateCents: number;
  reliefPercent: number;
  reliefReference?: string;
  amountCents: number;
}

export interface AssessedDog {
  dogId: string;
  dangerous: boolean;
  months: AssessedMonth[];
  totalCents: number;
}

export interface Assessment {
  municipality: string;
  year: number;
  dogs: AssessedDog[];
  /** The household's amount per month and the statute version in force in it. */
  months: { month: number; versionValidFrom?: string; amountCents: number }[];
  totalCents: number;
}

export interface AssessHouseholdInput {
  statute: DogTaxStatute;
  year: number;
  dogs: readonly DogPeriod[];
}

export function assessHousehold({ statute, year, dogs }: AssessHouseholdInput): Assessment {
  validateStatute(statute);
  validateDogs(dogs);
  const assessed: AssessedDog[] = dogs.map((dog) => ({
    dogId: dog.dogId,
    dangerous: dog.dangerous,
    months: [],
    totalCents: 0,
  }));
  const months: Assessment['months'] = [];

  for (let month = 1; month <= 12; month += 1) {
    const index = monthIndex(year, month);
    const version = versionInForce(statute, index);
    const taxable = dogs.filter((dog) => isTaxableIn(dog, index));
    if (taxable.length > 0 && version === undefined) {
      throw dogTaxErrors.no_statute_version({ municipality: statute.municipality, year, month });
    }
    let householdCents = 0;
    dogs.forEach((dog, position) => {
      const line =
        version !== undefined && isTaxableIn(dog, index)
          ? assessDogMonth(dog, month, index, version, taxable)
          : untaxedMonth(month);
      assessed[position]!.months.push(line);
      assessed[position]!.totalCents += line.amountCents;
      householdCents += line.amountCents;
    });
    months.push({ month, versionValidFrom: version?.validFrom, amountCents: householdCents });
  }

  return {
    municipality: statute.municipality,
    year,
    dogs: assessed,
    months,
    totalCents: months.reduce((sum, month) => sum + month.amountCents, 0),
  };
}

function assessDogMonth(
  dog: DogPeriod,
  month: number,
  index: number,
  version: StatuteVersion,
  taxableDogs: readonly DogPeriod[],
): AssessedMonth {
  const counts = (other: DogPeriod) =>
    other.dangerous === dog.dangerous &&
    (version.exemptDogsCount || reliefIn(other, index)?.kind !== 'exemption');
  const dogsCounted = taxableDogs.filter(counts).length;
  const scale = dog.dangerous ? version.rates.dangerous : version.rates.normal;
  // An exempt dog pays nothing; its line still shows the rate it would otherwise pay.
  const annualRateCents = annualRate(scale, Math.max(dogsCounted, 1));
  const relief = reliefIn(dog, index);
  const reliefPercent = relief?.percent ?? 0;
  return {
    month,
    taxable: true,
    versionValidFrom: version.validFrom,
    dogsCounted,
    annualRateCents,
    reliefPercent,
    reliefReference: relief?.reference,
    amountCents: monthlyShare(afterRelief(annualRateCents, reliefPercent), month),
  };
}

function untaxedMonth(month: number): AssessedMonth {
  return { month, taxable: false, dogsCounted: 0, annualRateCents: 0, reliefPercent: 0, amountCents: 0 };
}

/** The month (1–12 of `year`) a dog first becomes taxable, or undefined if not in that year — for notices
 *  that state "steuerpflichtig ab". */
export function taxableFromInYear(dog: DogPeriod, year: number): number | undefined {
  const first = firstTaxableMonth(dog);
  const start = Math.max(first, monthIndex(year, 1));
  for (let index = start; index <= monthIndex(year, 12); index += 1) {
    if (isTaxableIn(dog, index)) return index - monthIndex(year, 1) + 1;
  }
  return undefined;
}
