// Fundbüro (lost and found): the module (routes for the office and the public, demo seed, access table) and
// its pure domain core — the BGB rules of finding (§§ 965–984), the town's handover fee, German text
// normalisation, and matching found items with loss reports.
export { createLostAndFound, type LostAndFoundModule } from './lostfound.module.ts';
export type { LostAndFoundDeps } from './lostfound.deps.ts';
export { seedLostAndFoundDemo } from './lostfound.seed.ts';
export { lostFoundRouteAccess } from './lostfound.access-table.ts';
export { LOST_FOUND_PATHS } from './lostfound.paths.ts';
export type { LostFoundTables } from './lostfound.tables.ts';
// For the benchmark (bench/fundbuero): matching a found thing against the open loss reports in the database.
export { rankOpenReports } from './lostfound.match.usecases.ts';
// For the browser test (e2e): a real PNG photo.
export { pngImage } from './lostfound.fixtures.ts';
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
