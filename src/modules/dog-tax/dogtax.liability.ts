// When a dog is taxable, month by month. Rules as in NRW statutes built on the Mustersatzung of the
// Städte- und Gemeindebund NRW (§ 6 Beginn und Ende der Steuerpflicht, e.g. Nottuln), in Stadt Menden's words:
// "beginnt mit dem 1. des Monats, in dem der Hund aufgenommen worden ist … bei Hunden, die … durch Geburt
// … zuwachsen, mit dem 1. des Monats, in dem der Hund drei Monate alt geworden ist … bei Zuzug … mit dem
// 1. des auf den Zuzug folgenden Monats … endet mit Ablauf des Monats, in dem der Hund veräußert oder
// sonst abgeschafft wird, abhanden kommt oder verstirbt."
import { dogTaxErrors } from './dogtax.errors.ts';
import { isCalendarDay, monthIndexOf } from './dogtax.money.ts';

export interface DogRelief {
  kind: 'exemption' | 'reduction';
  /** Share waived, whole percent 0–100; an exemption is 100. */
  percent: number;
  /** Counts for whole months: from the month `from` falls in through the month of `until`. */
  from: string;
  until?: string;
  /** Paragraph of the statute that grants it (shown on the notice). */
  reference: string;
}

export interface DogPeriod {
  dogId: string;
  /** Pays the dangerous-dog rate under the statute (see classifyBreed / isDangerousForTax). */
  dangerous: boolean;
  /** Day the dog was taken in, the day the keeper moved in with it, or — for a puppy of the household's
   *  own bitch — its day of birth. */
  keptFrom: string;
  /** How the keeping began; default 'taken-in'. */
  arrival?: 'taken-in' | 'born' | 'moved-in';
  /** Day the dog left (sold, given away, lost, died, keeper moved away); liability runs to that month's end. */
  keptUntil?: string;
  reliefs?: readonly DogRelief[];
}

/** First taxable month (month index) of a dog. */
export function firstTaxableMonth(dog: DogPeriod): number {
  const month = monthIndexOf(dog.keptFrom);
  switch (dog.arrival ?? 'taken-in') {
    case 'born':
      // Turns three months old in the third month after its month of birth (born 31 Jan → 30 Apr under
      // § 188 Abs. 3 BGB), so the month of birth + 3 whatever the day.
      return month + 3;
    case 'moved-in':
      return month + 1;
    case 'taken-in':
      return month;
  }
}

/** Last taxable month (month index), Infinity while the dog is still kept. */
export function lastTaxableMonth(dog: DogPeriod): number {
  return dog.keptUntil === undefined ? Infinity : monthIndexOf(dog.keptUntil);
}

export function isTaxableIn(dog: DogPeriod, month: number): boolean {
  return firstTaxableMonth(dog) <= month && month <= lastTaxableMonth(dog);
}

/** The relief that counts in a month: the highest percentage among those covering it (reliefs do not add
 *  up; an exemption beats any reduction). */
export function reliefIn(dog: DogPeriod, month: number): DogRelief | undefined {
  let best: DogRelief | undefined;
  for (const relief of dog.reliefs ?? []) {
    const from = monthIndexOf(relief.from);
    const until = relief.until === undefined ? Infinity : monthIndexOf(relief.until);
    if (from <= month && month <= until && (best === undefined || relief.percent > best.percent))
      best = relief;
  }
  return best;
}

/** Throws dog-tax.dog_period_invalid when a dog's data cannot describe a keeping. */
export function validateDogs(dogs: readonly DogPeriod[]): void {
  const fail = (dogId: string, reason: string) => {
    throw dogTaxErrors.dog_period_invalid({ dogId, reason });
  };
  const seen = new Set<string>();
  for (const dog of dogs) {
    if (seen.has(dog.dogId)) fail(dog.dogId, 'dog listed twice');
    seen.add(dog.dogId);
    if (!isCalendarDay(dog.keptFrom)) fail(dog.dogId, 'keptFrom is not a day');
    if (dog.keptUntil !== undefined) {
      if (!isCalendarDay(dog.keptUntil)) fail(dog.dogId, 'keptUntil is not a day');
      if (dog.keptUntil < dog.keptFrom) fail(dog.dogId, 'keptUntil is before keptFrom');
    }
    for (const relief of dog.reliefs ?? []) {
      const wholePercent = Number.isInteger(relief.percent) && relief.percent >= 0 && relief.percent <= 100;
      if (!wholePercent || (relief.kind === 'exemption' && relief.percent !== 100)) {
        fail(dog.dogId, 'relief percentage must be a whole 0–100 (100 for an exemption)');
      }
      if (!isCalendarDay(relief.from) || (relief.until !== undefined && !isCalendarDay(relief.until))) {
        fail(dog.dogId, 'relief period is not made of days');
      }
      if (relief.until !== undefined && relief.until < relief.from)
        fail(dog.dogId, 'relief ends before it starts');
    }
  }
}
