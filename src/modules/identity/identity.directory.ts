// What other modules may know of the organisation: departments and the people in them, by id. Read inside
// the caller's tenant transaction; the identity tables stay this module's own.
import type { TenantTransaction } from '../../platform/db/tenant-scope.ts';
import type { StaffRole } from '../access/index.ts';
import type { IdentityTables } from './identity.tables.ts';

export interface DirectoryDepartment {
  id: string;
  parentId: string | null;
  number: string;
  name: string;
}

const asIdentity = (trx: TenantTransaction<unknown>) => trx as unknown as TenantTransaction<IdentityTables>;

export async function findDepartments(
  trx: TenantTransaction<unknown>,
  ids?: readonly string[],
): Promise<DirectoryDepartment[]> {
  if (ids && ids.length === 0) return [];
  let query = asIdentity(trx)
    .selectFrom('identity_departments')
    .select(['id', 'parent_id as parentId', 'number', 'name'])
    .orderBy('number');
  if (ids) query = query.where('id', 'in', [...ids]);
  return query.execute();
}

/** Display names of people by id (inactive people keep their name: old records still name them). */
export async function staffNames(
  trx: TenantTransaction<unknown>,
  ids: readonly (string | null)[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await asIdentity(trx)
    .selectFrom('identity_staff')
    .select(['id', 'display_name as displayName'])
    .where('id', 'in', wanted)
    .execute();
  return new Map(rows.map((row) => [row.id, row.displayName]));
}

/** Active people holding one of `roles` in the department, by name. */
export async function staffOfDepartment(
  trx: TenantTransaction<unknown>,
  departmentId: string,
  roles: readonly StaffRole[],
): Promise<{ id: string; displayName: string }[]> {
  return asIdentity(trx)
    .selectFrom('identity_staff as s')
    .innerJoin('identity_staff_roles as r', 'r.staff_id', 's.id')
    .select(['s.id', 's.display_name as displayName'])
    .distinct()
    .where('r.department_id', '=', departmentId)
    .where('r.role', 'in', [...roles])
    .where('s.active', '=', true)
    .orderBy('s.display_name')
    .execute();
}
