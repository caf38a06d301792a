// Who sees (and so may work) which invoice: a clerk the invoices of their own department(s); a head of
// department those of their departments and every unit below; the treasury (Kämmerei, Stadtkasse) all,
// including the manual queue. A substitute sees what the absent person sees. An invoice someone may not
// see answers 404, never 403, so its existence does not leak. Which step a person may sign is their
// signing limit (invoices.approval.ts), on top of this.
import type { StaffActor } from '../access/index.ts';
import type { DirectoryDepartment } from '../identity/index.ts';

export interface InvoiceViewer {
  /** The treasury: every invoice, routed or not. */
  all: boolean;
  /** Otherwise: invoices routed to one of these departments. */
  departmentIds: string[];
}

function withUnitsBelow(roots: Iterable<string>, departments: readonly DirectoryDepartment[]): Set<string> {
  const result = new Set<string>();
  const visit = (id: string) => {
    if (result.has(id)) return;
    result.add(id);
    for (const child of departments) if (child.parentId === id) visit(child.id);
  };
  for (const id of roots) visit(id);
  return result;
}

export function invoiceViewer(
  actor: Pick<StaffActor, 'roles' | 'actingFor'>,
  departments: readonly DirectoryDepartment[],
): InvoiceViewer {
  const grants = [...actor.roles, ...(actor.actingFor ?? []).flatMap((absent) => absent.roles)];
  const own = grants.filter((grant) => grant.role === 'clerk').map((grant) => grant.departmentId);
  const headed = grants
    .filter((grant) => grant.role === 'head_of_department')
    .map((grant) => grant.departmentId);
  const ids = new Set([...own, ...withUnitsBelow(headed, departments)]);
  return { all: grants.some((grant) => grant.role === 'treasury'), departmentIds: [...ids] };
}

export function maySeeInvoice(viewer: InvoiceViewer, invoice: { departmentId: string | null }): boolean {
  if (viewer.all) return true;
  return invoice.departmentId !== null && viewer.departmentIds.includes(invoice.departmentId);
}
