// The departments a service can be assigned to, from identity's directory (the organisation chart is
// identity's). Public pages never come here: they show the department name stored with the service.
import type { TenantTransaction } from '../../../platform/db/tenant-scope.ts';
import { findDepartments } from '../../identity/index.ts';

export interface Department {
  id: string;
  number: string;
  name: string;
}

export async function listDepartments<DB>(trx: TenantTransaction<DB>): Promise<Department[]> {
  return findDepartments(trx as unknown as TenantTransaction<unknown>);
}

/** "32 Ordnungsamt": how a department appears to citizens and in choices. */
export function departmentLabel(department: Department): string {
  return `${department.number} ${department.name}`;
}
