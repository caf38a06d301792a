// The law of finding (BGB Buch 3, Untertitel 6 "Fund", §§ 965–984) as pure functions. Money in whole
// cents, days as YYYY-MM-DD. Texts checked against the current wording (as published on
// gesetze-im-internet.de; amounts since the euro changeover: 10 € in §§ 965, 973, 974, 50 € in § 978).
//
// Two regimes: the ordinary find (§§ 965–977: report to the Fundbehörde, reward, ownership after six
// months, waiver to the municipality) and the find in the premises or vehicles of an authority or a public
// transport undertaking ("Verkehrsfund", §§ 978–982: delivery to that body, half the reward from 50 €, no
// ownership for the finder, auction after public notice). The Fundbüro of a town handles both: its own
// town hall's finds are Verkehrsfunde of a public authority.
import { addDays, dayNumber, periodEnd } from './lostfound.days.ts';

/** § 965 Abs. 2 S. 2 BGB: a thing worth no more than ten euros need not be reported to the authority. */
export const REPORTING_THRESHOLD_CENTS = 1_000;
/** § 971 Abs. 1 S. 2 BGB: 5 % of the value up to 500 €, 3 % of the rest. */
export const REWARD_TIER_CENTS = 50_000;
/** § 978 Abs. 2 S. 1 BGB: a reward for a find in an authority or public transport from 50 € on. */
export const PUBLIC_FIND_REWARD_MINIMUM_CENTS = 5_000;
/** § 973 Abs. 1 S. 1 BGB: the finder becomes owner six months after reporting the find. */
export const OWNERSHIP_PERIOD_MONTHS = 6;
/** § 981 Abs. 1 BGB: auction proceeds fall to the body three years after the notice period ended. */
export const PROCEEDS_PERIOD_YEARS = 3;

export type ReportingDuty =
  /** § 965 Abs. 1: tell the loser, owner or other person entitled, without undue delay. */
  | { to: 'entitled_person'; paragraph: '§ 965 Abs. 1 BGB' }
  /** § 965 Abs. 2 S. 1: entitled person unknown (or where they are) — report to the competent authority. */
  | { to: 'authority'; paragraph: '§ 965 Abs. 2 S. 1 BGB' }
  /** § 965 Abs. 2 S. 2: worth no more than 10 € — no report needed. */
  | { to: 'none'; paragraph: '§ 965 Abs. 2 S. 2 BGB' }
  /** § 978 Abs. 1: found in an authority's premises or public transport — deliver it there. */
  | { to: 'deliver_to_institution'; paragraph: '§ 978 Abs. 1 S. 1 BGB' };

export function reportingDuty(input: {
  valueCents: number;
  /** The finder knows who is entitled and where they are. */
  entitledPersonKnown: boolean;
  /** Found in the premises or vehicles of a public authority or public transport undertaking (§ 978). */
  publicFind: boolean;
}): ReportingDuty {
  // § 978 Abs. 1 S. 2: §§ 965–967 do not apply to such finds, whatever the value.
  if (input.publicFind) return { to: 'deliver_to_institution', paragraph: '§ 978 Abs. 1 S. 1 BGB' };
  if (input.entitledPersonKnown) return { to: 'entitled_person', paragraph: '§ 965 Abs. 1 BGB' };
  if (input.valueCents <= REPORTING_THRESHOLD_CENTS)
    return { to: 'none', paragraph: '§ 965 Abs. 2 S. 2 BGB' };
  return { to: 'authority', paragraph: '§ 965 Abs. 2 S. 1 BGB' };
}

export interface RewardInput {
  valueCents: number;
  animal?: boolean;
  /** § 978: found in an authority's premises or in public transport. */
  publicFind?: boolean;
  /** § 971 Abs. 1 S. 3: the thing has a value only for the entitled person (letters, photos, keys). */
  valueOnlyToEntitledPerson?: boolean;
  /** The finder does not ask for a reward (it is a claim, "kann … verlangen"). */
  waived?: boolean;
  /** § 971 Abs. 2: breached the duty to report. */
  breachedReportingDuty?: boolean;
  /** § 971 Abs. 2: concealed the find when asked. */
  concealedOnInquiry?: boolean;
  /** § 978 Abs. 2 S. 3: the finder works for the authority or the transport undertaking. */
  finderIsStaffOfInstitution?: boolean;
  /** § 978 Abs. 2 S. 3: breached the duty to deliver. */
  breachedDeliveryDuty?: boolean;
}

export type RewardExclusion =
  | 'waived'
  | 'breached_reporting_duty'
  | 'concealed_on_inquiry'
  | 'finder_is_staff_of_institution'
  | 'breached_delivery_duty'
  | 'public_find_below_50_euro';

export type Reward =
  | { kind: 'amount'; cents: number; paragraph: string }
  /** § 971 Abs. 1 S. 3: set by fair discretion; `share` is ½ for a § 978 find. */
  | { kind: 'discretionary'; share: 'full' | 'half'; paragraph: string }
  | { kind: 'none'; reason: RewardExclusion; paragraph: string };

/**
 * The finder's reward (Finderlohn). § 971 Abs. 1 S. 2 BGB: 5 % of the value up to 500 €, 3 % of the excess,
 * 3 % for animals. § 978 Abs. 2 S. 1–2 BGB: for finds in authorities and public transport only from a
 * value of 50 €, and half of that amount. Computed exactly and rounded once, half up, to whole cents.
 */
export function findersReward(input: RewardInput): Reward {
  if (input.waived) return { kind: 'none', reason: 'waived', paragraph: '§ 971 Abs. 1 S. 1 BGB' };
  if (input.publicFind) {
    if (input.finderIsStaffOfInstitution)
      return { kind: 'none', reason: 'finder_is_staff_of_institution', paragraph: '§ 978 Abs. 2 S. 3 BGB' };
    if (input.breachedDeliveryDuty)
      return { kind: 'none', reason: 'breached_delivery_duty', paragraph: '§ 978 Abs. 2 S. 3 BGB' };
    if (input.valueCents < PUBLIC_FIND_REWARD_MINIMUM_CENTS)
      return { kind: 'none', reason: 'public_find_below_50_euro', paragraph: '§ 978 Abs. 2 S. 1 BGB' };
  } else {
    if (input.breachedReportingDuty)
      return { kind: 'none', reason: 'breached_reporting_duty', paragraph: '§ 971 Abs. 2 BGB' };
    if (input.concealedOnInquiry)
      return { kind: 'none', reason: 'concealed_on_inquiry', paragraph: '§ 971 Abs. 2 BGB' };
  }
  if (input.valueOnlyToEntitledPerson)
    return input.publicFind
      ? {
          kind: 'discretionary',
          share: 'half',
          paragraph: '§ 978 Abs. 2 S. 2 i. V. m. § 971 Abs. 1 S. 3 BGB',
        }
      : { kind: 'discretionary', share: 'full', paragraph: '§ 971 Abs. 1 S. 3 BGB' };

  const value = Math.max(0, Math.trunc(input.valueCents));
  // The reward in hundredths of a cent: percent × cents.
  const hundredths = input.animal
    ? 3 * value
    : 5 * Math.min(value, REWARD_TIER_CENTS) + 3 * Math.max(0, value - REWARD_TIER_CENTS);
  const divisor = input.publicFind ? 200 : 100;
  const cents = Math.floor((hundredths + divisor / 2) / divisor);
  return {
    kind: 'amount',
    cents,
    paragraph: input.publicFind
      ? '§ 978 Abs. 2 S. 2 i. V. m. § 971 Abs. 1 S. 2 BGB'
      : '§ 971 Abs. 1 S. 2 BGB',
  };
}

export interface OwnershipInput {
  foundOn: string;
  /** The day the find was reported to the competent authority (Fundbehörde). */
  reportedToAuthorityOn?: string;
  valueCents: number;
  publicFind?: boolean;
  /** The day an entitled person became known to the finder. */
  entitledPersonKnownOn?: string;
  /** The day an entitled person registered their right with the authority (e.g. a loss report matched). */
  claimRegisteredOn?: string;
  /** § 973 Abs. 2 S. 2: the finder concealed the find when asked. */
  concealedOnInquiry?: boolean;
  /** § 976 Abs. 1: the finder waived, towards the authority, the right to acquire ownership. */
  waivedOn?: string;
}

export type Ownership =
  | {
      kind: 'passes';
      /** § 976 Abs. 1: after a waiver the municipality of the place of finding takes the finder's place. */
      to: 'finder' | 'municipality';
      periodStartsOn: string;
      /** The last day of the period (§ 188 Abs. 2, 3 BGB). */
      periodEndsOn: string;
      /** The first day on which the new owner owns it ("mit dem Ablauf" of the last day). */
      ownerFrom: string;
      paragraph: string;
    }
  /** Above 10 € the period runs only from the report to the authority (§ 973 Abs. 1 S. 1). */
  | { kind: 'period_not_started'; paragraph: string }
  /** Before the period ended an entitled person became known or registered a claim. */
  | { kind: 'blocked'; reason: 'entitled_person_known' | 'claim_registered'; on: string; paragraph: string }
  | { kind: 'never'; reason: 'concealed_on_inquiry' | 'public_find'; paragraph: string };

/**
 * When ownership of an unclaimed find passes, and to whom. § 973 Abs. 1 S. 1 BGB: with the end of six months
 * after the report to the competent authority, unless an entitled person became known to the finder or
 * registered their right with the authority before. § 973 Abs. 2: worth no more than 10 € — the period runs
 * from the find, and a registered claim does not stop it (S. 3); concealing the find when asked excludes
 * ownership (S. 2). § 976 Abs. 1: after a waiver the right passes to the municipality of the place of finding.
 * § 978 Abs. 1 S. 2: a finder in an authority or public transport never acquires ownership (§§ 973–977 do
 * not apply; the body auctions the thing, §§ 979–981).
 */
export function ownershipTransfer(input: OwnershipInput): Ownership {
  if (input.publicFind) return { kind: 'never', reason: 'public_find', paragraph: '§ 978 Abs. 1 S. 2 BGB' };
  if (input.concealedOnInquiry)
    return { kind: 'never', reason: 'concealed_on_inquiry', paragraph: '§ 973 Abs. 2 S. 2 BGB' };
  const small = input.valueCents <= REPORTING_THRESHOLD_CENTS;
  const startsOn = small ? input.foundOn : input.reportedToAuthorityOn;
  if (startsOn === undefined) return { kind: 'period_not_started', paragraph: '§ 973 Abs. 1 S. 1 BGB' };
  const periodEndsOn = periodEnd(startsOn, OWNERSHIP_PERIOD_MONTHS);
  // "vorher": anything up to and including the last day of the period stops the acquisition.
  const before = (day: string | undefined): day is string => day !== undefined && day <= periodEndsOn;
  if (before(input.entitledPersonKnownOn))
    return {
      kind: 'blocked',
      reason: 'entitled_person_known',
      on: input.entitledPersonKnownOn,
      paragraph: '§ 973 Abs. 1 S. 1 BGB',
    };
  if (!small && before(input.claimRegisteredOn))
    return {
      kind: 'blocked',
      reason: 'claim_registered',
      on: input.claimRegisteredOn,
      paragraph: '§ 973 Abs. 1 S. 1 BGB',
    };
  const waived = input.waivedOn !== undefined && input.waivedOn <= periodEndsOn;
  return {
    kind: 'passes',
    to: waived ? 'municipality' : 'finder',
    periodStartsOn: startsOn,
    periodEndsOn,
    ownerFrom: addDays(periodEndsOn, 1),
    paragraph: waived
      ? '§ 976 Abs. 1 i. V. m. § 973 BGB'
      : small
        ? '§ 973 Abs. 2 S. 1 BGB'
        : '§ 973 Abs. 1 S. 1 BGB',
  };
}

/**
 * § 976 Abs. 2 BGB: a finder who became owner after handing the thing to the authority loses it to the
 * municipality unless they ask for it before the end of a deadline the authority set. True when the
 * municipality has become owner on `today`.
 */
export function municipalityTakesOver(input: {
  collectionDeadline: string;
  finderAskedForHandoverOn?: string;
  today: string;
}): boolean {
  if (
    input.finderAskedForHandoverOn !== undefined &&
    input.finderAskedForHandoverOn <= input.collectionDeadline
  )
    return false;
  return input.today > input.collectionDeadline;
}

export interface AuctionInput {
  publicFind: boolean;
  /** § 966 Abs. 2 / § 980 Abs. 2: the thing will spoil, or keeping it costs disproportionately much. */
  perishableOrCostly: boolean;
  /** § 980 Abs. 1: the last day of the period set in the public notice calling on entitled persons. */
  noticePeriodEndsOn?: string;
  /** The day an entitled person registered their right, if one did. */
  claimRegisteredOn?: string;
  /** The municipality already owns the thing (§ 976), so it disposes of it as any owner. */
  ownedByMunicipality?: boolean;
  today: string;
}

export type AuctionDecision =
  | { permitted: true; noticeRequired: boolean; paragraph: string }
  | {
      permitted: false;
      reason:
        | 'claim_registered_in_time'
        | 'notice_period_running'
        | 'no_public_notice'
        | 'not_perishable_or_costly';
      paragraph: string;
    };

/**
 * May the thing be auctioned now? For a Verkehrsfund: § 979 Abs. 1 BGB allows the body to auction it, but
 * § 980 Abs. 1 only after a public notice with a period for registering rights, once that period has ended
 * and no right was registered in time; § 980 Abs. 2: no notice needed for perishable or costly things. For an
 * ordinary find held by the Fundbehörde, § 975 S. 2 BGB lets the authority auction it on the terms of § 966
 * Abs. 2 (spoilage or disproportionate cost) — otherwise it keeps the thing until ownership passes; the
 * municipality as owner (§ 976) then decides freely (auction, donation, destruction). In every auction the
 * proceeds take the thing's place (§ 966 Abs. 2 S. 3, § 975 S. 2, § 979 Abs. 2).
 */
export function auctionPermitted(input: AuctionInput): AuctionDecision {
  if (input.ownedByMunicipality)
    return { permitted: true, noticeRequired: false, paragraph: '§ 976 BGB (Eigentum der Gemeinde)' };
  if (!input.publicFind)
    return input.perishableOrCostly
      ? { permitted: true, noticeRequired: false, paragraph: '§ 975 S. 2 i. V. m. § 966 Abs. 2 BGB' }
      : {
          permitted: false,
          reason: 'not_perishable_or_costly',
          paragraph: '§ 975 S. 2 i. V. m. § 966 Abs. 2 BGB',
        };
  if (input.perishableOrCostly)
    return { permitted: true, noticeRequired: false, paragraph: '§ 980 Abs. 2 BGB' };
  if (input.noticePeriodEndsOn === undefined)
    return { permitted: false, reason: 'no_public_notice', paragraph: '§ 980 Abs. 1 BGB' };
  if (input.claimRegisteredOn !== undefined && input.claimRegisteredOn <= input.noticePeriodEndsOn)
    return { permitted: false, reason: 'claim_registered_in_time', paragraph: '§ 980 Abs. 1 Hs. 2 BGB' };
  if (input.today <= input.noticePeriodEndsOn)
    return { permitted: false, reason: 'notice_period_running', paragraph: '§ 980 Abs. 1 Hs. 1 BGB' };
  return { permitted: true, noticeRequired: true, paragraph: '§ 979 Abs. 1, § 980 Abs. 1 BGB' };
}

/**
 * § 981 Abs. 1 BGB: the first day on which auction proceeds of a Verkehrsfund fall to the body (for a
 * municipal authority: the municipality), three years after the notice period ended, unless an entitled
 * person registered their right. § 981 Abs. 2: without a prior notice (and for money found) the three years
 * run from the end of a notice made afterwards — pass that notice's period end.
 */
export function proceedsFallToBodyOn(noticePeriodEndsOn: string): string {
  return addDays(periodEnd(noticePeriodEndsOn, PROCEEDS_PERIOD_YEARS * 12), 1);
}

/** Whole days from `from` to `to` (negative if `to` is earlier); for "periods ending this week" lists. */
export function daysUntil(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}
