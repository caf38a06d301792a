// Who works the Fundbüro's register: it belongs to one department (the Bürgerbüro in the demo town,
// lost_found_settings.department_id). A person with lostfound.work acts on found items only with a role
// in that department or in a department above it — the head of the Ordnungsamt (32) oversees the
// Bürgerbüro (32.1); a clerk of the Sozialamt (50) does not see its finds. Roles held in substitution
// (Vertretung) count like one's own.
import { permissions, type StaffActor } from '../access/index.ts';

export interface DepartmentNode {
  id: string;
  parentId: string | null;
}

/** The office's department and every department above it, nearest first. */
export function departmentAndAbove(departmentId: string, departments: readonly DepartmentNode[]): string[] {
  const byId = new Map(departments.map((department) => [department.id, department]));
  const chain: string[] = [];
  let current: string | null = departmentId;
  // A cycle in the tree (a broken import) must not hang the request.
  while (current !== null && !chain.includes(current)) {
    chain.push(current);
    current = byId.get(current)?.parentId ?? null;
  }
  return chain;
}

/** Whether the person works the register of the office in `officeDepartmentId`. */
export function worksOffice(
  actor: StaffActor,
  officeDepartmentId: string,
  departments: readonly DepartmentNode[],
): boolean {
  const allowed = new Set(departmentAndAbove(officeDepartmentId, departments));
  const roles: readonly string[] = permissions['lostfound.work'].roles;
  const grants = [...actor.roles, ...(actor.actingFor ?? []).flatMap((absent) => absent.roles)];
  return grants.some((grant) => roles.includes(grant.role) && allowed.has(grant.departmentId));
}
