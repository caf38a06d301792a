// SQL of the register: settings, households, dogs, tax marks, reliefs and mandates. Runs inside the
// caller's tenant transaction; dates come back as YYYY-MM-DD text.
import { sql } from 'kysely';
import type { TenantTransaction } from '../../platform/db/tenant-scope.ts';
import type { ListedSection } from './dogtax.statute.ts';
import type { DogArrival, DogLeaveReason, DogTaxTables, ReliefStatus } from './dogtax.tables.ts';

type Trx = TenantTransaction<DogTaxTables>;

export interface DogTaxSettings {
  statuteKey: string;
  departmentId: string;
  planCode: string;
  bankName: string;
  iban: string;
  bic: string;
  creditorId: string;
  contact: string;
  administrativeCourt: string;
}

export interface Household {
  id: string;
  number: string;
  citizenId: string | null;
  keeperName: string;
  coKeepers: string;
  street: string;
  postalCode: string;
  city: string;
  email: string | null;
  annualPayment: boolean;
  caseId: string | null;
  fileReference: string | null;
}

export interface Dog {
  id: string;
  householdId: string;
  applicationId: string | null;
  name: string;
  breed: string;
  listed: ListedSection | null;
  dangerous: boolean;
  sex: 'female' | 'male';
  birthDate: string;
  colour: string;
  chipNumber: string | null;
  keptFrom: string;
  arrival: DogArrival;
  previousMunicipality: string | null;
  keptUntil: string | null;
  leaveReason: DogLeaveReason | null;
  newKeeper: string | null;
  status: 'registered' | 'deregistered';
  taxMark: string | null;
}

export interface Relief {
  id: string;
  dogId: string;
  ruleId: string;
  kind: 'exemption' | 'reduction';
  percent: number;
  reference: string;
  validFrom: string;
  validUntil: string | null;
  status: ReliefStatus;
  reason: string;
  requestedAt: Date;
}

export interface Mandate {
  id: string;
  householdId: string;
  reference: string;
  accountHolder: string;
  iban: string;
  signedOn: string;
}

const householdColumns = [
  'id',
  'number',
  'citizen_id as citizenId',
  'keeper_name as keeperName',
  'co_keepers as coKeepers',
  'street',
  'postal_code as postalCode',
  'city',
  'email',
  'annual_payment as annualPayment',
  'case_id as caseId',
  'file_reference as fileReference',
] as const;

const dogColumns = [
  'id',
  'household_id as householdId',
  'application_id as applicationId',
  'name',
  'breed',
  'listed',
  'dangerous',
  'sex',
  sql<string>`birth_date::text`.as('birthDate'),
  'colour',
  'chip_number as chipNumber',
  sql<string>`kept_from::text`.as('keptFrom'),
  'arrival',
  'previous_municipality as previousMunicipality',
  sql<string | null>`kept_until::text`.as('keptUntil'),
  'leave_reason as leaveReason',
  'new_keeper as newKeeper',
  'status',
  'tax_mark as taxMark',
] as const;

const reliefColumns = [
  'id',
  'dog_id as dogId',
  'rule_id as ruleId',
  'kind',
  'percent',
  'reference',
  sql<string>`valid_from::text`.as('validFrom'),
  sql<string | null>`valid_until::text`.as('validUntil'),
  'status',
  'reason',
  'requested_at as requestedAt',
] as const;

export function createRegisterRepository({ trx }: { trx: Trx }) {
  const repository = {
    async settings(): Promise<DogTaxSettings | undefined> {
      return trx
        .selectFrom('dog_tax_settings')
        .select([
          'statute_key as statuteKey',
          'department_id as departmentId',
          'plan_code as planCode',
          'bank_name as bankName',
          'iban',
          'bic',
          'creditor_id as creditorId',
          'contact',
          'administrative_court as administrativeCourt',
        ])
        .executeTakeFirst();
    },

    async saveSettings(settings: DogTaxSettings, at: Date) {
      const row = {
        statute_key: settings.statuteKey,
        department_id: settings.departmentId,
        plan_code: settings.planCode,
        bank_name: settings.bankName,
        iban: settings.iban,
        bic: settings.bic,
        creditor_id: settings.creditorId,
        contact: settings.contact,
        administrative_court: settings.administrativeCourt,
        updated_at: at,
      };
      await trx
        .insertInto('dog_tax_settings')
        .values({ ...row, tenant_id: sql`app_tenant_id()` } as never)
        .onConflict((conflict) => conflict.column('tenant_id').doUpdateSet(row))
        .execute();
    },

    async nextHouseholdNumber(): Promise<string> {
      const { rows } = await sql<{
        n: string;
      }>`select nextval('dog_tax_household_numbers')::text as n`.execute(trx);
      return `HU-${rows[0]!.n.padStart(6, '0')}`;
    },

    async nextMarkNumber(): Promise<string> {
      const { rows } = await sql<{ n: string }>`select nextval('dog_tax_mark_numbers')::text as n`.execute(
        trx,
      );
      return rows[0]!.n.padStart(5, '0');
    },

    async household(id: string, lock = false): Promise<Household | undefined> {
      let query = trx.selectFrom('dog_tax_households').select(householdColumns).where('id', '=', id);
      if (lock) query = query.forUpdate();
      return query.executeTakeFirst();
    },

    async householdOfCitizen(citizenId: string): Promise<Household | undefined> {
      return trx
        .selectFrom('dog_tax_households')
        .select(householdColumns)
        .where('citizen_id', '=', citizenId)
        .executeTakeFirst();
    },

    async insertHousehold(
      household: Omit<Household, 'id' | 'caseId' | 'fileReference'> & {
        id?: string;
        caseId?: string | null;
        fileReference?: string | null;
      },
      at: Date,
    ): Promise<string> {
      const { id } = await trx
        .insertInto('dog_tax_households')
        .values({
          ...(household.id ? { id: household.id } : {}),
          tenant_id: sql`app_tenant_id()`,
          number: household.number,
          citizen_id: household.citizenId,
          keeper_name: household.keeperName,
          co_keepers: household.coKeepers,
          street: household.street,
          postal_code: household.postalCode,
          city: household.city,
          email: household.email,
          annual_payment: household.annualPayment,
          case_id: household.caseId ?? null,
          file_reference: household.fileReference ?? null,
          created_at: at,
          updated_at: at,
        } as never)
        .returning('id')
        .executeTakeFirstOrThrow();
      return id;
    },

    async updateHousehold(
      id: string,
      changes: Partial<{
        annualPayment: boolean;
        caseId: string;
        fileReference: string;
        street: string;
        postalCode: string;
        city: string;
        email: string | null;
      }>,
      at: Date,
    ) {
      await trx
        .updateTable('dog_tax_households')
        .set({
          ...(changes.annualPayment !== undefined ? { annual_payment: changes.annualPayment } : {}),
          ...(changes.caseId !== undefined ? { case_id: changes.caseId } : {}),
          ...(changes.fileReference !== undefined ? { file_reference: changes.fileReference } : {}),
          ...(changes.street !== undefined ? { street: changes.street } : {}),
          ...(changes.postalCode !== undefined ? { postal_code: changes.postalCode } : {}),
          ...(changes.city !== undefined ? { city: changes.city } : {}),
          ...(changes.email !== undefined ? { email: changes.email } : {}),
          updated_at: at,
        })
        .where('id', '=', id)
        .execute();
    },

    async dogsOfHousehold(householdId: string): Promise<Dog[]> {
      return repository.dogsOfHouseholds([householdId]);
    },

    async dogsOfHouseholds(householdIds: readonly string[]): Promise<Dog[]> {
      if (householdIds.length === 0) return [];
      return trx
        .selectFrom('dog_tax_dogs')
        .select(dogColumns)
        .where('household_id', 'in', householdIds)
        .orderBy('kept_from')
        .orderBy('id')
        .execute();
    },

    async dog(id: string, lock = false): Promise<Dog | undefined> {
      let query = trx.selectFrom('dog_tax_dogs').select(dogColumns).where('id', '=', id);
      if (lock) query = query.forUpdate();
      return query.executeTakeFirst();
    },

    /** The registered dog with this chip, if any (a chip cannot be registered twice). */
    async registeredDogWithChip(chipNumber: string): Promise<Dog | undefined> {
      return trx
        .selectFrom('dog_tax_dogs')
        .select(dogColumns)
        .where('chip_number', '=', chipNumber)
        .where('status', '=', 'registered')
        .executeTakeFirst();
    },

    async insertDog(
      dog: Omit<Dog, 'id' | 'keptUntil' | 'leaveReason' | 'newKeeper' | 'status'> & { id?: string },
      at: Date,
    ): Promise<string> {
      const { id } = await trx
        .insertInto('dog_tax_dogs')
        .values({
          ...(dog.id ? { id: dog.id } : {}),
          tenant_id: sql`app_tenant_id()`,
          household_id: dog.householdId,
          application_id: dog.applicationId,
          name: dog.name,
          breed: dog.breed,
          listed: dog.listed,
          dangerous: dog.dangerous,
          sex: dog.sex,
          birth_date: dog.birthDate,
          colour: dog.colour,
          chip_number: dog.chipNumber,
          kept_from: dog.keptFrom,
          arrival: dog.arrival,
          previous_municipality: dog.previousMunicipality,
          kept_until: null,
          leave_reason: null,
          new_keeper: null,
          status: 'registered',
          tax_mark: dog.taxMark,
          created_at: at,
          updated_at: at,
        } as never)
        .returning('id')
        .executeTakeFirstOrThrow();
      return id;
    },

    async deregisterDog(
      id: string,
      input: { keptUntil: string; reason: DogLeaveReason; newKeeper: string | null },
      at: Date,
    ) {
      await trx
        .updateTable('dog_tax_dogs')
        .set({
          status: 'deregistered',
          kept_until: input.keptUntil,
          leave_reason: input.reason,
          new_keeper: input.newKeeper,
          updated_at: at,
        })
        .where('id', '=', id)
        .execute();
    },

    async issueMark(dogId: string, number: string, issuedOn: string, at: Date) {
      await trx
        .insertInto('dog_tax_marks')
        .values({ tenant_id: sql`app_tenant_id()`, dog_id: dogId, number, issued_on: issuedOn } as never)
        .execute();
      await trx
        .updateTable('dog_tax_dogs')
        .set({ tax_mark: number, updated_at: at })
        .where('id', '=', dogId)
        .execute();
    },

    async endMark(dogId: string, number: string, endedOn: string, reason: 'lost' | 'returned') {
      await trx
        .updateTable('dog_tax_marks')
        .set({ ended_on: endedOn, end_reason: reason })
        .where('dog_id', '=', dogId)
        .where('number', '=', number)
        .where('ended_on', 'is', null)
        .execute();
    },

    async marksOfDog(dogId: string) {
      return trx
        .selectFrom('dog_tax_marks')
        .select([
          'number',
          sql<string>`issued_on::text`.as('issuedOn'),
          sql<string | null>`ended_on::text`.as('endedOn'),
          'end_reason as endReason',
        ])
        .where('dog_id', '=', dogId)
        .orderBy('issued_on')
        .execute();
    },

    async reliefsOfDogs(dogIds: readonly string[]): Promise<Relief[]> {
      if (dogIds.length === 0) return [];
      return trx
        .selectFrom('dog_tax_reliefs')
        .select(reliefColumns)
        .where('dog_id', 'in', dogIds)
        .orderBy('valid_from')
        .orderBy('id')
        .execute();
    },

    async relief(id: string, lock = false): Promise<Relief | undefined> {
      let query = trx.selectFrom('dog_tax_reliefs').select(reliefColumns).where('id', '=', id);
      if (lock) query = query.forUpdate();
      return query.executeTakeFirst();
    },

    async requestedReliefs(limit: number): Promise<Relief[]> {
      return trx
        .selectFrom('dog_tax_reliefs')
        .select(reliefColumns)
        .where('status', '=', 'requested')
        .orderBy('requested_at')
        .limit(limit)
        .execute();
    },

    async insertRelief(relief: Omit<Relief, 'id' | 'status'>): Promise<string> {
      const { id } = await trx
        .insertInto('dog_tax_reliefs')
        .values({
          tenant_id: sql`app_tenant_id()`,
          dog_id: relief.dogId,
          rule_id: relief.ruleId,
          kind: relief.kind,
          percent: relief.percent,
          reference: relief.reference,
          valid_from: relief.validFrom,
          valid_until: relief.validUntil,
          status: 'requested',
          reason: relief.reason,
          requested_at: relief.requestedAt,
        } as never)
        .returning('id')
        .executeTakeFirstOrThrow();
      return id;
    },

    async decideRelief(
      id: string,
      input: { status: 'granted' | 'refused'; validFrom: string; validUntil: string | null; staffId: string },
      at: Date,
    ) {
      await trx
        .updateTable('dog_tax_reliefs')
        .set({
          status: input.status,
          valid_from: input.validFrom,
          valid_until: input.validUntil,
          decided_by: input.staffId,
          decided_at: at,
        })
        .where('id', '=', id)
        .execute();
    },

    async households(ids: readonly string[]): Promise<Household[]> {
      if (ids.length === 0) return [];
      return trx.selectFrom('dog_tax_households').select(householdColumns).where('id', 'in', ids).execute();
    },

    async activeMandates(householdIds: readonly string[]): Promise<Mandate[]> {
      if (householdIds.length === 0) return [];
      return trx
        .selectFrom('dog_tax_mandates')
        .select([
          'id',
          'household_id as householdId',
          'reference',
          'account_holder as accountHolder',
          'iban',
          sql<string>`signed_on::text`.as('signedOn'),
        ])
        .where('household_id', 'in', householdIds)
        .where('revoked_on', 'is', null)
        .execute();
    },

    async activeMandate(householdId: string): Promise<Mandate | undefined> {
      return (await repository.activeMandates([householdId]))[0];
    },

    async replaceMandate(mandate: Omit<Mandate, 'id'>, at: Date): Promise<string> {
      await trx
        .updateTable('dog_tax_mandates')
        .set({ revoked_on: mandate.signedOn })
        .where('household_id', '=', mandate.householdId)
        .where('revoked_on', 'is', null)
        .execute();
      const { id } = await trx
        .insertInto('dog_tax_mandates')
        .values({
          tenant_id: sql`app_tenant_id()`,
          household_id: mandate.householdId,
          reference: mandate.reference,
          account_holder: mandate.accountHolder,
          iban: mandate.iban,
          signed_on: mandate.signedOn,
          created_at: at,
        } as never)
        .returning('id')
        .executeTakeFirstOrThrow();
      return id;
    },

    async revokeMandate(householdId: string, on: string) {
      await trx
        .updateTable('dog_tax_mandates')
        .set({ revoked_on: on })
        .where('household_id', '=', householdId)
        .where('revoked_on', 'is', null)
        .execute();
    },
  };
  return repository;
}

export type RegisterRepository = ReturnType<typeof createRegisterRepository>;
