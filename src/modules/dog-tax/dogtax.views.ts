// What the pages show, read in one tenant transaction each: the treasury's overview and lists, one
// household with everything about it, and the citizen's own dogs and money.
import type { Kysely } from 'kysely';
import { withTenant, type TenantTransaction } from '../../platform/db/tenant-scope.ts';
import { localDay } from '../../platform/time/calendar-day.ts';
import { createBillingRepository } from './dogtax.billing.repository.ts';
import type { DogTaxDeps } from './dogtax.deps.ts';
import { dogTaxErrors } from './dogtax.errors.ts';
import { createListsRepository } from './dogtax.lists.repository.ts';
import { currentReliefRules, statuteFor } from './dogtax.model.ts';
import { ownDog } from './dogtax.ownership.ts';
import { loadSiteInfo } from '../portal/index.ts';
import { createRegisterRepository, type Household } from './dogtax.register.repository.ts';
import type { DogTaxTables } from './dogtax.tables.ts';

type Trx = TenantTransaction<DogTaxTables>;
const LIST_LIMIT = 500;

function scoped<T>(deps: Pick<DogTaxDeps, 'db'>, tenantId: string, work: (trx: Trx) => Promise<T>) {
  return withTenant(deps.db as Kysely<DogTaxTables>, tenantId, work);
}

async function householdDetails(trx: Trx, household: Household, today: string) {
  const register = createRegisterRepository({ trx });
  const billing = createBillingRepository({ trx });
  const dogs = await register.dogsOfHousehold(household.id);
  const reliefs = await register.reliefsOfDogs(dogs.map((dog) => dog.id));
  const notices = await billing.noticesOfHousehold(household.id);
  const installments = await billing.installmentsInForce(household.id);
  const payments = await billing.paymentsOfHousehold(household.id);
  const mandate = await register.activeMandate(household.id);
  const years = [...new Set(installments.map((row) => row.year))].sort((a, b) => b - a);
  const balances = years.map((year) => {
    const assessed = installments
      .filter((row) => row.year === year)
      .reduce((sum, row) => sum + row.amountCents, 0);
    const due = installments
      .filter((row) => row.year === year && row.dueOn <= today)
      .reduce((sum, row) => sum + row.amountCents, 0);
    const paid = payments.filter((row) => row.year === year).reduce((sum, row) => sum + row.amountCents, 0);
    return {
      year,
      assessedCents: assessed,
      dueCents: due,
      paidCents: paid,
      openCents: Math.max(due - paid, 0),
    };
  });
  return { household, dogs, reliefs, notices, installments, payments, mandate, balances };
}

export type HouseholdDetails = Awaited<ReturnType<typeof householdDetails>>;

export function loadHousehold(deps: DogTaxDeps, tenantId: string, householdId: string) {
  return scoped(deps, tenantId, async (trx) => {
    const household = await createRegisterRepository({ trx }).household(householdId);
    if (!household) throw dogTaxErrors.household_not_found();
    return householdDetails(trx, household, localDay(deps.now()));
  });
}

/** The citizen's household, or undefined when none of their dogs is registered yet. */
export function loadCitizenDogs(deps: DogTaxDeps, tenantId: string, citizenId: string) {
  return scoped(deps, tenantId, async (trx) => {
    const register = createRegisterRepository({ trx });
    const household = await register.householdOfCitizen(citizenId);
    const settings = await register.settings();
    const reliefRules = settings ? currentReliefRules(settings.statuteKey) : [];
    return {
      details: household ? await householdDetails(trx, household, localDay(deps.now())) : undefined,
      reliefRules,
    };
  });
}

export function loadOverview(deps: DogTaxDeps, tenantId: string, search: string) {
  return scoped(deps, tenantId, async (trx) => {
    const lists = createListsRepository({ trx });
    return {
      figures: await lists.figures(),
      found: search ? await lists.householdsByNumberOrName(search, 50) : [],
      settings: await createRegisterRepository({ trx }).settings(),
    };
  });
}

export function loadDogLists(deps: DogTaxDeps, tenantId: string) {
  return scoped(deps, tenantId, async (trx) => {
    const lists = createListsRepository({ trx });
    return { perBreed: await lists.dogsPerBreed(LIST_LIMIT), listed: await lists.listedDogs(LIST_LIMIT) };
  });
}

export function loadArrears(deps: DogTaxDeps, tenantId: string) {
  const today = localDay(deps.now());
  return scoped(deps, tenantId, async (trx) => ({
    today,
    rows: await createBillingRepository({ trx }).openBalances(today, { limit: LIST_LIMIT }),
  }));
}

export function loadReliefRequests(deps: DogTaxDeps, tenantId: string) {
  return scoped(deps, tenantId, (trx) => createListsRepository({ trx }).requestedReliefs(LIST_LIMIT));
}

export function loadRelief(deps: DogTaxDeps, tenantId: string, reliefId: string) {
  return scoped(deps, tenantId, async (trx) => {
    const register = createRegisterRepository({ trx });
    const relief = await register.relief(reliefId);
    if (!relief) throw dogTaxErrors.dog_not_found();
    const dog = (await register.dog(relief.dogId))!;
    const household = (await register.household(dog.householdId))!;
    const settings = await register.settings();
    const rule = settings
      ? statuteFor(settings.statuteKey)
          .versions.flatMap((version) => version.reliefs)
          .find((item) => item.id === relief.ruleId)
      : undefined;
    return { relief, dog, household, rule };
  });
}

export function loadRuns(deps: DogTaxDeps, tenantId: string) {
  return scoped(deps, tenantId, async (trx) => {
    const billing = createBillingRepository({ trx });
    return { runs: await billing.runs(20), collections: await billing.collections(20) };
  });
}

export function loadRun(deps: DogTaxDeps, tenantId: string, runId: string) {
  return scoped(deps, tenantId, async (trx) => {
    const run = await createBillingRepository({ trx }).run(runId);
    if (!run) throw dogTaxErrors.household_not_found();
    return run;
  });
}

export function loadCollectionXml(deps: DogTaxDeps, tenantId: string, collectionId: string) {
  return scoped(deps, tenantId, async (trx) => {
    const found = await createBillingRepository({ trx }).collectionXml(collectionId);
    if (!found) throw dogTaxErrors.household_not_found();
    return found;
  });
}

/** A registered dog of the citizen's household and the reliefs they can apply for for it. */
export function loadOwnRegisteredDog(deps: DogTaxDeps, tenantId: string, citizenId: string, dogId: string) {
  return scoped(deps, tenantId, async (trx) => {
    const { dog, household } = await ownDog(trx, citizenId, dogId, { lock: false });
    if (dog.status !== 'registered') throw dogTaxErrors.dog_not_registered();
    const settings = await createRegisterRepository({ trx }).settings();
    const rules = settings ? currentReliefRules(settings.statuteKey) : [];
    return { dog, household, rules: rules.filter((rule) => !dog.dangerous || rule.forDangerousDogs) };
  });
}

/** What the mandate form shows: who collects (name and creditor identifier) and the mandate in force. */
export async function loadMandatePage(deps: DogTaxDeps, tenantId: string, citizenId: string) {
  const site = await loadSiteInfo(deps.db, tenantId);
  return scoped(deps, tenantId, async (trx) => {
    const register = createRegisterRepository({ trx });
    const settings = await register.settings();
    const household = await register.householdOfCitizen(citizenId);
    if (!household) throw dogTaxErrors.household_not_found();
    return {
      creditor: settings ? { name: site?.authority ?? '', creditorId: settings.creditorId } : undefined,
      current: await register.activeMandate(household.id),
    };
  });
}
