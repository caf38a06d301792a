// SQL of the treasury's lists: the register in figures, dogs per breed, dangerous dogs, requested reliefs.
import { sql } from 'kysely';
import type { TenantTransaction } from '../../platform/db/tenant-scope.ts';
import type { DogTaxTables } from './dogtax.tables.ts';

type Trx = TenantTransaction<DogTaxTables>;

export function createListsRepository({ trx }: { trx: Trx }) {
  return {
    async figures() {
      const { rows } = await sql<{
        households: number;
        dogs: number;
        dangerous: number;
        requestedReliefs: number;
        toPrint: number;
      }>`
        select
          (select count(*)::int from dog_tax_households h where exists
             (select 1 from dog_tax_dogs d where d.household_id = h.id and d.status = 'registered')) as households,
          (select count(*)::int from dog_tax_dogs where status = 'registered') as dogs,
          (select count(*)::int from dog_tax_dogs where status = 'registered' and dangerous) as dangerous,
          (select count(*)::int from dog_tax_reliefs where status = 'requested') as "requestedReliefs",
          (select count(*)::int from dog_tax_notices where delivery = 'print') as "toPrint"
      `.execute(trx);
      return rows[0]!;
    },

    /** Registered dogs per breed as entered, with the LHundG list it is on. */
    async dogsPerBreed(limit: number) {
      return trx
        .selectFrom('dog_tax_dogs')
        .select([
          'breed',
          'listed',
          sql<number>`count(*)::int`.as('count'),
          sql<number>`count(*) filter (where dangerous)::int`.as('dangerous'),
        ])
        .where('status', '=', 'registered')
        .groupBy(['breed', 'listed'])
        .orderBy(sql`count(*)`, 'desc')
        .orderBy('breed')
        .limit(limit)
        .execute();
    },

    /** Registered dogs that pay the dangerous-dog rate or are on an LHundG list, with their keepers. */
    async listedDogs(limit: number) {
      return trx
        .selectFrom('dog_tax_dogs as d')
        .innerJoin('dog_tax_households as h', 'h.id', 'd.household_id')
        .select([
          'd.id',
          'd.name',
          'd.breed',
          'd.listed',
          'd.dangerous',
          'd.tax_mark as taxMark',
          'd.chip_number as chipNumber',
          'h.id as householdId',
          'h.number',
          'h.keeper_name as keeperName',
          'h.street',
        ])
        .where('d.status', '=', 'registered')
        .where((eb) => eb.or([eb('d.dangerous', '=', true), eb('d.listed', 'is not', null)]))
        .orderBy('h.number')
        .orderBy('d.name')
        .limit(limit)
        .execute();
    },

    async requestedReliefs(limit: number) {
      return trx
        .selectFrom('dog_tax_reliefs as r')
        .innerJoin('dog_tax_dogs as d', 'd.id', 'r.dog_id')
        .innerJoin('dog_tax_households as h', 'h.id', 'd.household_id')
        .select([
          'r.id',
          'r.rule_id as ruleId',
          'r.kind',
          'r.percent',
          sql<string>`r.valid_from::text`.as('validFrom'),
          'r.requested_at as requestedAt',
          'd.name as dogName',
          'h.number',
          'h.keeper_name as keeperName',
        ])
        .where('r.status', '=', 'requested')
        .orderBy('r.requested_at')
        .limit(limit)
        .execute();
    },

    async householdsByNumberOrName(query: string, limit: number) {
      const pattern = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      return trx
        .selectFrom('dog_tax_households')
        .select(['id', 'number', 'keeper_name as keeperName', 'street', 'postal_code as postalCode', 'city'])
        .where((eb) => eb.or([eb('number', 'ilike', pattern), eb('keeper_name', 'ilike', pattern)]))
        .orderBy('number')
        .limit(limit)
        .execute();
    },
  };
}
