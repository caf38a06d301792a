// Fundbüro (lost and found): the pure domain core — the BGB rules of finding (§§ 965–984), the town's
// handover fee, German text normalisation, and matching found items with loss reports. No database here.
export {
  auctionPermitted,
  daysUntil,
  findersReward,
  municipalityTakesOver,
  ownershipTransfer,
  proceedsFallToBodyOn,
  reportingDuty,
  OWNERSHIP_PERIOD_MONTHS,
  PUBLIC_FIND_REWARD_MINIMUM_CENTS,
  REPORTING_THRESHOLD_CENTS,
  REWARD_TIER_CENTS,
  type AuctionDecision,
  type AuctionInput,
  type Ownership,
  type OwnershipInput,
  type ReportingDuty,
  type Reward,
  type RewardExclusion,
  type RewardInput,
} from './lostfound.rules.ts';
export {
  amountsOnCollection,
  centsFromEuroText,
  DEMO_HANDOVER_FEES,
  formatEuro,
  handoverFee,
  type CollectionAmounts,
  type HandoverFee,
  type HandoverFeeSchedule,
} from './lostfound.fees.ts';
export { addDays, dayNumber, isCalendarDay, periodEnd } from './lostfound.days.ts';
export {
  categoryCloseness,
  CATEGORIES,
  CATEGORY_CODES,
  isCategory,
  relatedCategories,
  type Category,
} from './lostfound.categories.ts';
export { stemGerman, type StemOptions } from './lostfound.stemmer.ts';
export { editDistance, foldGerman, isStopWord, sameWordWithTypos, stems, tokens } from './lostfound.text.ts';
export { termsOf, type Term, type TermKind } from './lostfound.lexicon.ts';
export {
  DEFAULT_MATCH_OPTIONS,
  prepareRecord,
  scorePair,
  type MatchOptions,
  type MatchReason,
  type MatchRecord,
  type MatchScore,
  type Place,
  type PreparedRecord,
  type ReasonCode,
} from './lostfound.matching.ts';
export {
  createFoundItemIndex,
  createLossReportIndex,
  createMatchIndex,
  MATCH_THRESHOLD,
  rankCandidates,
  type MatchIndex,
  type RankedCandidate,
  type RankOptions,
} from './lostfound.match-index.ts';
