// Accepting an online registration: the treasury clerk checks the dogs (the LHundG class the breed entry
// suggested, which the clerk confirms or corrects on the evidence) and accepts. Then, in one transaction,
// the household is created (or found: all dogs of a household count together), the dogs are registered
// with a tax mark each, the tax notice for every year from the first new dog's keeping up to now is filed
// in the registration's E-Akte case and sent to the Postfach, and the application is decided.
// A chip already registered is refused with the dog it belongs to. The notices are rendered between a
// reading and a writing transaction; the writing one checks everything again under row locks.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { withTenant, type TenantTransaction } from '../../platform/db/tenant-scope.ts';
import { localDay } from '../../platform/time/calendar-day.ts';
import type { StaffActor } from '../access/index.ts';
import {
  applicationForDecision,
  markApplicationDecided,
  type ApplicationForDecision,
} from '../portal/index.ts';
import { abandonClaimed, type ClaimedContent } from '../records/index.ts';
import { classifyBreed, isDangerousForTax } from './dogtax.breeds.ts';
import { createBillingRepository } from './dogtax.billing.repository.ts';
import type { DogTaxDeps } from './dogtax.deps.ts';
import { dogTaxErrors } from './dogtax.errors.ts';
import { statuteFor } from './dogtax.model.ts';
import { monthIndexOf } from './dogtax.money.ts';
import {
  draftNotice,
  fileNoticeIn,
  loadHouseholdForNotice,
  loadNoticeContext,
  renderNotice,
  type NoticeDraft,
} from './dogtax.notices.ts';
import { createRegisterRepository, type Dog, type Household } from './dogtax.register.repository.ts';
import { DOG_REGISTRATION_FORM_KEY, dogsOf } from './dogtax.registration.form.ts';
import { keeperOf } from './dogtax.service.ts';
import { versionInForce } from './dogtax.statute.ts';
import type { DogTaxTables } from './dogtax.tables.ts';
import type { ListedSection } from './dogtax.statute.ts';

type Trx = TenantTransaction<DogTaxTables>;
const shared = (trx: Trx) => trx as unknown as TenantTransaction<unknown>;

/** Assessment periods are limited: taxes can be set for four years back (§ 169 Abs. 2 Nr. 2 AO via
 *  § 12 Abs. 1 Nr. 4 Buchst. b KAG NRW), so a late registration gets at most the notices of those years. */
const YEARS_BACK = 4;

export interface RegistrationDogView {
  index: number;
  name: string;
  breed: string;
  sex: string;
  birthDate: string;
  colour: string;
  chipNumber: string | null;
  keptSince: string;
  arrival: Dog['arrival'];
  previousMunicipality: string | null;
  suggested: { listed: ListedSection | null; matched: string };
  /** A registered dog with the same chip (the registration cannot be accepted as it is). */
  chipTakenBy: { name: string; taxMark: string | null } | null;
}

export interface RegistrationView {
  application: ApplicationForDecision;
  keeper: ReturnType<typeof keeperOf>;
  dogs: RegistrationDogView[];
  household: Household | undefined;
  existingDogs: Dog[];
  annualPayment: boolean;
}

function scoped<T>(deps: DogTaxDeps, tenantId: string, work: (trx: Trx) => Promise<T>) {
  return withTenant(deps.db as Kysely<DogTaxTables>, tenantId, work);
}

async function readRegistration(
  trx: Trx,
  actor: StaffActor,
  applicationId: string,
): Promise<RegistrationView> {
  const application = await applicationForDecision(shared(trx), actor, applicationId);
  if (application.formKey !== DOG_REGISTRATION_FORM_KEY) throw dogTaxErrors.household_not_found();
  const register = createRegisterRepository({ trx });
  const household = await register.householdOfCitizen(application.citizenId);
  const existingDogs = household ? await register.dogsOfHousehold(household.id) : [];
  const dogs: RegistrationDogView[] = [];
  for (const [index, dog] of dogsOf(application.answers).entries()) {
    const taken = dog.chipNumber ? await register.registeredDogWithChip(dog.chipNumber) : undefined;
    const classification = classifyBreed(dog.breed);
    dogs.push({
      index,
      name: dog.name,
      breed: dog.breed,
      sex: dog.sex,
      birthDate: dog.birthDate,
      colour: dog.colour,
      chipNumber: dog.chipNumber || null,
      keptSince: dog.keptSince,
      arrival: dog.arrival,
      previousMunicipality: dog.previousMunicipality ?? null,
      suggested: { listed: classification.listed, matched: classification.matched },
      chipTakenBy: taken ? { name: taken.name, taxMark: taken.taxMark } : null,
    });
  }
  return {
    application,
    keeper: keeperOf(application.answers),
    dogs,
    household,
    existingDogs,
    annualPayment: application.answers.paymentSchedule === 'annual',
  };
}

export function loadRegistration(
  deps: DogTaxDeps,
  tenantId: string,
  actor: StaffActor,
  applicationId: string,
) {
  return scoped(deps, tenantId, (trx) => readRegistration(trx, actor, applicationId));
}

export interface AcceptInput {
  applicationId: string;
  /** The LHundG class per dog of the registration (by index), as the clerk confirmed it. */
  listed: (ListedSection | null)[];
}

export async function acceptRegistration(
  deps: DogTaxDeps,
  tenantId: string,
  actor: StaffActor,
  input: AcceptInput,
): Promise<{ householdId: string; noticeIds: string[] }> {
  const today = localDay(deps.now());
  // 1. Read, check and draft (numbers for new household and marks are drawn here; a gap is harmless).
  const prepared = await scoped(deps, tenantId, async (trx) => {
    const view = await readRegistration(trx, actor, input.applicationId);
    refuseTakenChips(view);
    const register = createRegisterRepository({ trx });
    const context = await loadNoticeContext(trx);
    const statute = statuteFor(context.settings.statuteKey);
    const household: Household = view.household ?? {
      id: randomUUID(),
      number: await register.nextHouseholdNumber(),
      citizenId: view.application.citizenId,
      keeperName: view.keeper.name,
      coKeepers: String(view.application.answers.coKeepers ?? ''),
      street: view.keeper.street,
      postalCode: view.keeper.postalCode,
      city: view.keeper.city,
      email: typeof view.application.answers.email === 'string' ? view.application.answers.email : null,
      annualPayment: view.annualPayment,
      caseId: null,
      fileReference: null,
    };
    const newDogs: Dog[] = [];
    for (const dog of view.dogs) {
      const listed = input.listed[dog.index] ?? null;
      const version = versionInForce(statute, monthIndexOf(dog.keptSince)) ?? statute.versions.at(-1)!;
      newDogs.push({
        id: randomUUID(),
        householdId: household.id,
        applicationId: view.application.id,
        name: dog.name,
        breed: dog.breed,
        listed,
        dangerous: isDangerousForTax(version, { listed }),
        sex: dog.sex === 'male' ? 'male' : 'female',
        birthDate: dog.birthDate,
        colour: dog.colour,
        chipNumber: dog.chipNumber,
        keptFrom: dog.keptSince,
        arrival: dog.arrival,
        previousMunicipality: dog.previousMunicipality,
        keptUntil: null,
        leaveReason: null,
        newKeeper: null,
        status: 'registered',
        taxMark: await register.nextMarkNumber(),
      });
    }
    const existing = view.household ? await loadHouseholdForNotice(trx, view.household.id) : undefined;
    const billing = createBillingRepository({ trx });
    const noticedYears = new Set(
      existing ? (await billing.noticesOfHousehold(household.id)).map((notice) => notice.year) : [],
    );
    const currentYear = Number(today.slice(0, 4));
    const firstYear = Math.max(
      currentYear - YEARS_BACK,
      Math.min(...newDogs.map((dog) => Number(dog.keptFrom.slice(0, 4)))),
    );
    const drafts: NoticeDraft[] = [];
    for (let year = firstYear; year <= currentYear; year += 1) {
      const dogs = [...(existing?.dogs ?? []), ...newDogs];
      if (!dogs.some((dog) => dog.keptFrom <= `${year}-12-31`)) continue;
      drafts.push(
        draftNotice({
          context,
          household,
          dogs,
          reliefs: existing?.reliefs ?? [],
          mandate: existing?.mandate,
          installmentsInForce: existing?.installmentsInForce,
          year,
          kind: noticedYears.has(year) ? 'change' : 'first',
          date: today,
          signer: { name: actor.displayName },
        }),
      );
    }
    return { view, context, household, isNewHousehold: !view.household, newDogs, drafts };
  });

  // 2. Render the notices (PDF/A) outside any transaction.
  const stored: ClaimedContent[] = [];
  try {
    for (const draft of prepared.drafts) stored.push(await renderNotice(deps, tenantId, draft));
    // 3. Write everything, or nothing.
    return await scoped(deps, tenantId, async (trx) => {
      const view = await readRegistration(trx, actor, input.applicationId);
      refuseTakenChips(view);
      const register = createRegisterRepository({ trx });
      const at = deps.now();
      const { household } = prepared;
      if (prepared.isNewHousehold) {
        // Two registrations of one citizen accepted at once: the unique index on citizen_id refuses the second.
        await register.insertHousehold({ ...household, caseId: null, fileReference: null }, at);
      } else {
        await register.household(household.id, true);
      }
      for (const dog of prepared.newDogs) {
        await register.insertDog(dog, at);
        await register.issueMark(dog.id, dog.taxMark!, today, at);
      }
      const noticeIds: string[] = [];
      for (const [position, draft] of prepared.drafts.entries()) {
        noticeIds.push(
          await fileNoticeIn(trx, deps, {
            tenantId,
            context: prepared.context,
            draft,
            stored: stored[position]!,
            actor: { type: 'staff', id: actor.id },
            runId: null,
            caseId: { caseId: view.application.caseId, fileReference: view.application.fileReference },
          }),
        );
      }
      await deps.audit.append(shared(trx), {
        actor: { type: 'staff', id: actor.id },
        action: 'dog-tax.dogs_registered',
        object: { type: 'dog_tax_household', id: household.id },
        summary: {
          number: household.number,
          application: view.application.reference,
          dogs: prepared.newDogs.map((dog) => ({
            name: dog.name,
            taxMark: dog.taxMark,
            dangerous: dog.dangerous,
            listed: dog.listed,
          })),
        },
      });
      await markApplicationDecided(shared(trx), deps, actor, {
        applicationId: view.application.id,
        reference: view.application.reference,
        outcome: { householdNumber: household.number, notices: noticeIds.length },
      });
      return { householdId: household.id, noticeIds };
    });
  } catch (error) {
    await abandonClaimed(deps, tenantId, stored);
    throw error;
  }
}

function refuseTakenChips(view: RegistrationView) {
  const taken = view.dogs.find((dog) => dog.chipTakenBy);
  if (taken) {
    throw dogTaxErrors.chip_already_registered({
      chip: taken.chipNumber ?? '',
      mark: taken.chipTakenBy?.taxMark ?? '–',
    });
  }
}
