// The dog tax engine: statute as data, the month-by-month assessment of a household, due dates, and the
// LHundG NRW breed lists. Pure functions, no database; the dog-tax module's notices and annual run use it.
export {
  annualRate,
  leichlingenStatute,
  validateStatute,
  versionInForce,
  type DogTaxStatute,
  type ListedSection,
  type RateScale,
  type ReliefRule,
  type StatuteVersion,
} from './dogtax.statute.ts';
export {
  firstTaxableMonth,
  isTaxableIn,
  lastTaxableMonth,
  type DogPeriod,
  type DogRelief,
} from './dogtax.liability.ts';
export {
  assessHousehold,
  taxableFromInYear,
  type AssessedDog,
  type AssessedMonth,
  type Assessment,
  type AssessHouseholdInput,
} from './dogtax.assessment.ts';
export {
  dueInstallments,
  dueInstallmentsAfterChange,
  oneMonthAfter,
  type DueOptions,
  type Installment,
} from './dogtax.due-dates.ts';
export {
  classifyBreed,
  isDangerousForTax,
  isLargeDog,
  normaliseBreedEntry,
  type BreedClassification,
} from './dogtax.breeds.ts';
export { afterRelief, formatEuro, monthlyShare } from './dogtax.money.ts';
export { dogTaxErrors } from './dogtax.errors.ts';
export {
  buildTaxNoticeSpec,
  longDate,
  TAX_NOTICE_MACHINE_MADE,
  taxPeriods,
  type TaxNoticeInput,
  type TaxPeriod,
} from './dogtax.notice.letter.ts';
