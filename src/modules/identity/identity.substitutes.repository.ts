// SQL of substitutes (Vertretung, migration 0009-staff-administration.sql), inside a tenant scope.
import { sql, type ColumnType, type Generated } from 'kysely';
import type { TenantTransaction } from '../../platform/db/tenant-scope.ts';
import type { StaffRole } from '../access/index.ts';
import type { IdentityTables } from './identity.tables.ts';

export interface SubstituteTables extends IdentityTables {
  identity_substitutes: {
    tenant_id: string;
    id: Generated<string>;
    absent_staff_id: string;
    substitute_staff_id: string;
    // Calendar days as 'YYYY-MM-DD' (read back as text, never as a Date shifted by time zones).
    from_date: string;
    until_date: string;
    created_by: string;
    created_at: ColumnType<Date, never, never>;
  };
}

const scopeTenant = sql<string>`app_tenant_id()`;

export function createSubstitutesRepository({ trx }: { trx: TenantTransaction<SubstituteTables> }) {
  return {
    async insert(row: {
      absentStaffId: string;
      substituteStaffId: string;
      from: string;
      until: string;
      createdBy: string;
    }) {
      const inserted = await trx
        .insertInto('identity_substitutes')
        .values({
          tenant_id: scopeTenant,
          absent_staff_id: row.absentStaffId,
          substitute_staff_id: row.substituteStaffId,
          from_date: row.from,
          until_date: row.until,
          created_by: row.createdBy,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return inserted.id;
    },

    /** Substitutions of one absent person that have not ended before `today`. */
    async listCurrentOf(absentStaffId: string, today: string) {
      return trx
        .selectFrom('identity_substitutes as s')
        .innerJoin('identity_staff as st', (join) =>
          join.onRef('st.tenant_id', '=', 's.tenant_id').onRef('st.id', '=', 's.substitute_staff_id'),
        )
        .select([
          's.id',
          'st.display_name as substituteName',
          sql<string>`s.from_date::text`.as('from'),
          sql<string>`s.until_date::text`.as('until'),
        ])
        .where('s.absent_staff_id', '=', absentStaffId)
        .where('s.until_date', '>=', today)
        .orderBy('s.from_date')
        .execute();
    },

    /**
     * The roles of every active person this one stands in for on `today`. Only the absent person's own
     * roles count, never those they hold as someone else's substitute: substitution does not chain.
     */
    async rolesActingFor(substituteStaffId: string, today: string) {
      return trx
        .selectFrom('identity_substitutes as s')
        .innerJoin('identity_staff as st', (join) =>
          join.onRef('st.tenant_id', '=', 's.tenant_id').onRef('st.id', '=', 's.absent_staff_id'),
        )
        .innerJoin('identity_staff_roles as r', (join) =>
          join.onRef('r.tenant_id', '=', 's.tenant_id').onRef('r.staff_id', '=', 's.absent_staff_id'),
        )
        .select([
          's.absent_staff_id as staffId',
          'st.display_name as displayName',
          'r.role',
          'r.department_id as departmentId',
        ])
        .where('s.substitute_staff_id', '=', substituteStaffId)
        .where('s.from_date', '<=', today)
        .where('s.until_date', '>=', today)
        .where('st.active', '=', true)
        .orderBy('s.absent_staff_id')
        .execute() as Promise<
        { staffId: string; displayName: string; role: StaffRole; departmentId: string }[]
      >;
    },

    async find(id: string) {
      return trx
        .selectFrom('identity_substitutes')
        .select([
          'id',
          'absent_staff_id as absentStaffId',
          'substitute_staff_id as substituteStaffId',
          sql<string>`from_date::text`.as('from'),
          sql<string>`until_date::text`.as('until'),
        ])
        .where('id', '=', id)
        .executeTakeFirst();
    },

    /** Ends a substitution that began before `today` with yesterday: from today on it no longer counts. */
    async endBefore(id: string, today: string) {
      await trx
        .updateTable('identity_substitutes')
        .set({ until_date: sql<string>`cast(${today} as date) - 1` })
        .where('id', '=', id)
        .execute();
    },

    /** Removes a substitution that has not begun yet (it never took effect; the audit trail keeps it). */
    async remove(id: string) {
      await trx.deleteFrom('identity_substitutes').where('id', '=', id).execute();
    },

    async activeStaffIds(ids: string[]) {
      if (ids.length === 0) return [];
      const rows = await trx
        .selectFrom('identity_staff')
        .select('id')
        .where('id', 'in', ids)
        .where('active', '=', true)
        .execute();
      return rows.map((row) => row.id);
    },

    async listActiveStaff() {
      return trx
        .selectFrom('identity_staff')
        .select(['id', 'display_name as displayName'])
        .where('active', '=', true)
        .orderBy('display_name')
        .execute();
    },
  };
}
