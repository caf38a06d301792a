// The municipality's fee for handing a find over (Gebühr für die Herausgabe einer Fundsache). The BGB does
// not set it: each town charges under its own fee statute (Verwaltungsgebührensatzung, in NRW on the basis of
// §§ 4 ff. KAG NRW), usually a flat amount, a share of the value, or both, with a floor and a cap. So the
// schedule is data; the one below is a DEMO and no real town's statute.
import { findersReward, type Reward, type RewardInput } from './lostfound.rules.ts';

export interface HandoverFeeSchedule {
  /** Shown to staff beside every fee computed with it. */
  label: string;
  /** True for an invented schedule; staff pages must say so. */
  demo: boolean;
  flatCents: number;
  /** Share of the estimated value, in basis points (1 % = 100). */
  valueShareBasisPoints: number;
  minimumCents: number;
  /** No cap when undefined. */
  maximumCents?: number;
  /** No fee up to this value (e.g. small things handed back at once). */
  exemptUpToCents: number;
}

/** DEMO — not a real statute: 5 € plus 2 % of the value, at least 5 €, at most 50 €, free up to 10 €. */
export const DEMO_HANDOVER_FEES: HandoverFeeSchedule = {
  label: 'DEMO-Gebührenordnung (keine echte Satzung) / DEMO fee schedule (not a real statute)',
  demo: true,
  flatCents: 500,
  valueShareBasisPoints: 200,
  minimumCents: 500,
  maximumCents: 5_000,
  exemptUpToCents: 1_000,
};

export interface HandoverFee {
  cents: number;
  flatCents: number;
  valueShareCents: number;
  /** Where the floor, the cap or the exemption changed the sum. */
  adjustedBy?: 'minimum' | 'maximum' | 'exempt';
  schedule: HandoverFeeSchedule;
}

export function handoverFee(schedule: HandoverFeeSchedule, valueCents: number): HandoverFee {
  const value = Math.max(0, Math.trunc(valueCents));
  const valueShareCents = Math.floor((value * schedule.valueShareBasisPoints + 5_000) / 10_000);
  const base = { flatCents: schedule.flatCents, valueShareCents, schedule };
  if (value <= schedule.exemptUpToCents) return { ...base, cents: 0, adjustedBy: 'exempt' };
  const sum = schedule.flatCents + valueShareCents;
  if (sum < schedule.minimumCents) return { ...base, cents: schedule.minimumCents, adjustedBy: 'minimum' };
  if (schedule.maximumCents !== undefined && sum > schedule.maximumCents)
    return { ...base, cents: schedule.maximumCents, adjustedBy: 'maximum' };
  return { ...base, cents: sum };
}

export interface CollectionAmounts {
  fee: HandoverFee;
  reward: Reward;
  /** Fee plus a reward in money; a discretionary reward is agreed separately and not included. */
  totalCents: number;
}

/** What the owner pays when collecting: the town's fee and the finder's reward (§ 971 / § 978 BGB). */
export function amountsOnCollection(schedule: HandoverFeeSchedule, reward: RewardInput): CollectionAmounts {
  const fee = handoverFee(schedule, reward.valueCents);
  const computed = findersReward(reward);
  return { fee, reward: computed, totalCents: fee.cents + (computed.kind === 'amount' ? computed.cents : 0) };
}

/** "12,50" / "12.50" / "12" / "1.234,56 €" → cents; undefined when it is not an amount of money. */
export function centsFromEuroText(text: string): number | undefined {
  const cleaned = text.replace(/€|eur(o)?/gi, '').replace(/\s/g, '');
  const match =
    /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(cleaned) ?? /^(\d+)(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!match) return undefined;
  const euros = Number(match[1]!.replaceAll('.', ''));
  const cents = Number((match[2] ?? '0').padEnd(2, '0'));
  const total = euros * 100 + cents;
  return Number.isSafeInteger(total) ? total : undefined;
}

/** 12345 → "123,45 €". */
export function formatEuro(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const euros = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}${euros},${String(abs % 100).padStart(2, '0')} €`;
}
