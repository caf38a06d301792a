// The departments a service can be assigned to. A stopgap: the identity module owns the organisation
// chart and exports no directory function yet, so this one file reads its table, read-only, as the
// E-Akte does (records.core.org.repository.ts). Replace with identity's export once it has one.
// Public pages never come here: they show the department name stored with the service.
import type { TenantTransaction } from '../../../platform/db/tenant-scope.ts';

interface OrgTables {
  identity_departments: { id: string; number: string; name: string };
}

export interface Department {
  id: string;
  number: string;
  name: string;
}

export async function listDepartments<DB>(trx: TenantTransaction<DB>): Promise<Department[]> {
  const org = trx as unknown as TenantTransaction<OrgTables>;
  return org.selectFrom('identity_departments').select(['id', 'number', 'name']).orderBy('number').execute();
}

/** "32 Ordnungsamt": how a department appears to citizens and in choices. */
export function departmentLabel(department: Department): string {
  return `${department.number} ${department.name}`;
}
