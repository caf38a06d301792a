// From the register to the engine: a household's dogs and granted reliefs as the DogPeriods the
// assessment reads, and the statute a municipality's settings name.
import { dogTaxErrors } from './dogtax.errors.ts';
import type { DogPeriod } from './dogtax.liability.ts';
import type { Dog, Relief } from './dogtax.register.repository.ts';
import { leichlingenStatute, type DogTaxStatute, type ReliefRule } from './dogtax.statute.ts';

/** The statutes this installation knows, by the key in dog_tax_settings. A new municipality's statute is
 *  one more entry (its rates are law, reviewed like code, not edited in a form). */
const statutes: Record<string, DogTaxStatute> = { leichlingen: leichlingenStatute };

export function statuteFor(key: string): DogTaxStatute {
  const statute = Object.hasOwn(statutes, key) ? statutes[key] : undefined;
  if (!statute) throw dogTaxErrors.statute_invalid({ municipality: key, reason: 'unknown statute key' });
  return statute;
}

/** The exemptions and reductions the statute's newest version grants (what a keeper can apply for now). */
export function currentReliefRules(statuteKey: string): readonly ReliefRule[] {
  return statuteFor(statuteKey).versions.at(-1)?.reliefs ?? [];
}

export function dogPeriodsOf(dogs: readonly Dog[], reliefs: readonly Relief[]): DogPeriod[] {
  return dogs.map((dog) => ({
    dogId: dog.id,
    dangerous: dog.dangerous,
    keptFrom: dog.keptFrom,
    arrival: dog.arrival,
    ...(dog.keptUntil ? { keptUntil: dog.keptUntil } : {}),
    reliefs: reliefs
      .filter((relief) => relief.dogId === dog.id && relief.status === 'granted')
      .map((relief) => ({
        kind: relief.kind,
        percent: relief.percent,
        from: relief.validFrom,
        ...(relief.validUntil ? { until: relief.validUntil } : {}),
        reference: relief.reference,
      })),
  }));
}

/** Whether a dog is kept at some time in the year (the household then gets a notice for it). */
export function keptInYear(dog: Pick<Dog, 'keptFrom' | 'keptUntil'>, year: number): boolean {
  return dog.keptFrom <= `${year}-12-31` && (dog.keptUntil === null || dog.keptUntil >= `${year}-01-01`);
}
