// The life of a found item as pure functions over its facts: which period runs and when it ends (the
// "periods ending this week" list), which steps are open today, and what the owner pays on collection.
import { addDays, periodEnd } from './lostfound.days.ts';
import { amountsOnCollection, type CollectionAmounts, type HandoverFeeSchedule } from './lostfound.fees.ts';
import { ownershipTransfer, type Ownership } from './lostfound.rules.ts';
import type { FinderChoice, ItemStatus } from './lostfound.tables.ts';

export interface ItemFacts {
  status: ItemStatus;
  category: string;
  foundOn: string;
  /** The day the find reached the Fundbehörde (registration); null while only reported online. */
  reportedOn: string | null;
  valueCents: number;
  publicFind: boolean;
  finderChoice: FinderChoice;
  /** The first day an owner's claim or a confirmed loss report reached the office (§ 973 Abs. 1 S. 1). */
  claimRegisteredOn?: string | undefined;
}

/** § 978 finds have no ownership period; the office reviews them for public notice (§ 980) after this. */
export const PUBLIC_FIND_REVIEW_MONTHS = 6;

export type Deadline =
  | { kind: 'ownership'; endsOn: string; to: 'finder' | 'municipality'; paragraph: string }
  | { kind: 'notice_review'; endsOn: string; paragraph: string }
  | { kind: 'none'; reason: 'not_registered' | 'blocked' | 'closed'; paragraph?: string };

const OPEN: ItemStatus[] = ['in_custody', 'kept_by_finder'];

export function ownershipOf(item: ItemFacts): Ownership {
  return ownershipTransfer({
    foundOn: item.foundOn,
    ...(item.reportedOn ? { reportedToAuthorityOn: item.reportedOn } : {}),
    valueCents: item.valueCents,
    publicFind: item.publicFind,
    ...(item.claimRegisteredOn ? { claimRegisteredOn: item.claimRegisteredOn } : {}),
    // § 976 Abs. 1: a finder who waives (or claims only the reward) gives up the right to ownership at
    // the report; the right passes to the municipality.
    ...(item.finderChoice !== 'ownership' && item.reportedOn ? { waivedOn: item.reportedOn } : {}),
  });
}

/** The period that runs for an item still open, and when it ends. */
export function deadlineOf(item: ItemFacts): Deadline {
  if (!OPEN.includes(item.status)) return { kind: 'none', reason: 'closed' };
  if (!item.reportedOn) return { kind: 'none', reason: 'not_registered' };
  const ownership = ownershipOf(item);
  if (ownership.kind === 'passes')
    return {
      kind: 'ownership',
      endsOn: ownership.periodEndsOn,
      to: ownership.to,
      paragraph: ownership.paragraph,
    };
  if (ownership.kind === 'never')
    return {
      kind: 'notice_review',
      endsOn: periodEnd(item.reportedOn, PUBLIC_FIND_REVIEW_MONTHS),
      paragraph: '§§ 979, 980 BGB',
    };
  return { kind: 'none', reason: 'blocked', paragraph: ownership.paragraph };
}

/** True when the deadline ends from `today` to six days later (this week's list). */
export function endsThisWeek(deadline: Deadline, today: string): boolean {
  return deadline.kind !== 'none' && deadline.endsOn >= today && deadline.endsOn <= addDays(today, 6);
}

export type Step = 'handover' | 'to_finder' | 'to_municipality' | 'auctioned' | 'donated' | 'destroyed';

/**
 * What may happen to the item today. Handover to a proven owner is always open while the item is held.
 * After the § 973 period the thing passes to the finder, or (after a waiver, § 976 Abs. 1) to the
 * municipality; a § 978 find becomes the body's to auction after the notice period (§§ 979, 980) — the
 * clerk records that step once the notice has run. The municipality then disposes of it freely.
 */
export function stepsOpen(item: ItemFacts, today: string): Step[] {
  if (item.status === 'municipal') return ['auctioned', 'donated', 'destroyed'];
  if (!OPEN.includes(item.status)) return [];
  const steps: Step[] = ['handover'];
  const deadline = deadlineOf(item);
  if (deadline.kind === 'ownership' && today > deadline.endsOn)
    steps.push(deadline.to === 'finder' ? 'to_finder' : 'to_municipality');
  if (deadline.kind === 'notice_review' && today > deadline.endsOn) steps.push('to_municipality');
  return steps;
}

/** Categories whose things usually have a value only for their owner (§ 971 Abs. 1 S. 3 BGB). */
const VALUE_ONLY_TO_OWNER = new Set(['documents', 'bank_card', 'keys']);

/** The fee and the finder's reward the owner pays on collection. */
export function collectionAmounts(item: ItemFacts, schedule: HandoverFeeSchedule): CollectionAmounts {
  return amountsOnCollection(schedule, {
    valueCents: item.valueCents,
    animal: item.category === 'animal',
    publicFind: item.publicFind,
    valueOnlyToEntitledPerson: VALUE_ONLY_TO_OWNER.has(item.category),
    waived: item.finderChoice === 'waive',
  });
}
