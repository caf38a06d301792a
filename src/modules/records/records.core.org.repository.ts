// What the E-Akte reads about the organisation (identity module's tables, read-only): departments to
// choose from and to show, and who works in which department (for the person in charge of a file).
import type { TenantTransaction } from '../../platform/db/tenant-scope.ts';
import type { RecordsDb } from './records.tables.ts';

export function createOrgRepository({ trx }: { trx: TenantTransaction<RecordsDb> }) {
  return {
    async listDepartments(ids?: string[]) {
      if (ids && ids.length === 0) return [];
      let query = trx.selectFrom('identity_departments').select(['id', 'number', 'name']).orderBy('number');
      if (ids) query = query.where('id', 'in', ids);
      return query.execute();
    },

    async findDepartment(id: string) {
      return trx
        .selectFrom('identity_departments')
        .select(['id', 'number', 'name'])
        .where('id', '=', id)
        .executeTakeFirst();
    },

    /** Active people with any role in the department, by name. */
    async listStaffOf(departmentId: string) {
      return trx
        .selectFrom('identity_staff as s')
        .select(['s.id', 's.display_name as displayName'])
        .where('s.active', '=', true)
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('identity_staff_roles as r')
              .select('r.staff_id')
              .whereRef('r.staff_id', '=', 's.id')
              .where('r.department_id', '=', departmentId),
          ),
        )
        .orderBy('s.display_name')
        .execute();
    },

    async worksIn(staffId: string, departmentId: string): Promise<boolean> {
      const row = await trx
        .selectFrom('identity_staff_roles as r')
        .innerJoin('identity_staff as s', 's.id', 'r.staff_id')
        .select('r.staff_id')
        .where('r.staff_id', '=', staffId)
        .where('r.department_id', '=', departmentId)
        .where('s.active', '=', true)
        .executeTakeFirst();
      return row !== undefined;
    },
  };
}
