// SQL of staff administration: departments, people, role grants. Runs inside a tenant scope like the
// rest of identity; inserts take tenant_id from the scope (app_tenant_id()).
import { sql } from 'kysely';
import type { TenantTransaction } from '../../platform/db/tenant-scope.ts';
import type { TimeIdKey } from '../../platform/db/keyset.ts';
import type { StaffRole } from '../access/index.ts';
import type { IdentityTables } from './identity.tables.ts';

const scopeTenant = sql<string>`app_tenant_id()`;

export function createAdminRepository({ trx }: { trx: TenantTransaction<IdentityTables> }) {
  return {
    async listDepartments() {
      return trx
        .selectFrom('identity_departments')
        .select(['id', 'parent_id as parentId', 'number', 'name'])
        .orderBy('number')
        .execute();
    },

    async findDepartment(id: string) {
      return trx
        .selectFrom('identity_departments')
        .select(['id', 'number', 'name'])
        .where('id', '=', id)
        .executeTakeFirst();
    },

    async findDepartmentByNumber(number: string) {
      return trx
        .selectFrom('identity_departments')
        .select('id')
        .where('number', '=', number)
        .executeTakeFirst();
    },

    async insertDepartment(department: { number: string; name: string; parentId: string | null }) {
      const row = await trx
        .insertInto('identity_departments')
        .values({
          tenant_id: scopeTenant,
          number: department.number,
          name: department.name,
          parent_id: department.parentId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async renameDepartment(id: string, name: string) {
      const result = await trx
        .updateTable('identity_departments')
        .set({ name })
        .where('id', '=', id)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    /** Newest first; `after` is the last row of the previous page. */
    async listStaffPage({ after, limit }: { after: TimeIdKey | undefined; limit: number }) {
      let query = trx
        .selectFrom('identity_staff')
        .select(['id', 'email', 'display_name as displayName', 'active', 'created_at as createdAt'])
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit);
      if (after)
        query = query.where((eb) =>
          eb.or([
            eb('created_at', '<', after.at),
            eb.and([eb('created_at', '=', after.at), eb('id', '<', after.id)]),
          ]),
        );
      return query.execute();
    },

    async listActiveStaff() {
      return trx
        .selectFrom('identity_staff')
        .select(['id', 'display_name as displayName'])
        .where('active', '=', true)
        .orderBy('display_name')
        .execute();
    },

    async findPerson(staffId: string) {
      return trx
        .selectFrom('identity_staff')
        .select(['id', 'email', 'display_name as displayName', 'active'])
        .where('id', '=', staffId)
        .executeTakeFirst();
    },

    async listGrants(staffId: string) {
      return trx
        .selectFrom('identity_staff_roles as r')
        .innerJoin('identity_departments as d', (join) =>
          join.onRef('d.tenant_id', '=', 'r.tenant_id').onRef('d.id', '=', 'r.department_id'),
        )
        .select(['r.role', 'r.department_id as departmentId', 'd.number', 'd.name'])
        .where('r.staff_id', '=', staffId)
        .orderBy('d.number')
        .orderBy('r.role')
        .execute();
    },

    async findStaffByEmail(email: string) {
      return trx.selectFrom('identity_staff').select('id').where('email', '=', email).executeTakeFirst();
    },

    async insertStaff(staff: { email: string; displayName: string; passwordHash: string }) {
      const row = await trx
        .insertInto('identity_staff')
        .values({
          tenant_id: scopeTenant,
          email: staff.email,
          display_name: staff.displayName,
          password_hash: staff.passwordHash,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async setStaffActive(staffId: string, active: boolean) {
      const result = await trx
        .updateTable('identity_staff')
        .set({ active })
        .where('id', '=', staffId)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    /** A deactivated person is signed out everywhere at once. */
    async deleteSessionsOf(staffId: string) {
      await trx.deleteFrom('identity_sessions').where('staff_id', '=', staffId).execute();
    },

    async insertRole(grant: { staffId: string; departmentId: string; role: StaffRole }) {
      const rows = await trx
        .insertInto('identity_staff_roles')
        .values({
          tenant_id: scopeTenant,
          staff_id: grant.staffId,
          department_id: grant.departmentId,
          role: grant.role,
        })
        .onConflict((oc) => oc.doNothing())
        .returning('role')
        .execute();
      return rows.length > 0;
    },

    async deleteRole(grant: { staffId: string; departmentId: string; role: StaffRole }) {
      const result = await trx
        .deleteFrom('identity_staff_roles')
        .where('staff_id', '=', grant.staffId)
        .where('department_id', '=', grant.departmentId)
        .where('role', '=', grant.role)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },

    /** Locks the person's grants, so two concurrent revocations cannot both pass the last-admin check. */
    async countRolesOfLocked(staffId: string, role: StaffRole) {
      const rows = await trx
        .selectFrom('identity_staff_roles')
        .select('department_id')
        .where('staff_id', '=', staffId)
        .where('role', '=', role)
        .forUpdate()
        .execute();
      return rows.length;
    },
  };
}
