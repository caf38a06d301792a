// The catalogue's entry for the rest of the portal (applications, payments): what a service is, looked up
// in the caller's tenant transaction, and the demo seed. Nothing else of this folder is imported elsewhere.
import type { TenantTransaction } from '../../../platform/db/tenant-scope.ts';
import { createCatalogueRepository, type ServiceRow } from './catalogue.repository.ts';
import type { CatalogueTables, Fee, OnlineLevel } from './catalogue.tables.ts';

export { CATALOGUE_PATHS } from './catalogue.paths.ts';
export { seedCatalogueDemo } from './catalogue.seed.ts';
export { formatEuro } from './catalogue.money.ts';
export { canApplyOnline, type Fee, type OnlineLevel } from './catalogue.tables.ts';

/** A service as other parts need it to take and route an application. */
export interface CatalogueService {
  id: string;
  slug: string;
  name: string;
  departmentId: string;
  departmentName: string;
  /** The online form definition's key; with `online` the service can be applied for. */
  formKey: string | null;
  /** False while an administrator has taken the online service down. */
  online: boolean;
  onlineLevel: OnlineLevel;
  fees: Fee[];
  leikaKey: string | null;
}

function present(row: ServiceRow | undefined): CatalogueService | undefined {
  if (!row) return undefined;
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    departmentId: row.departmentId,
    departmentName: row.departmentName,
    formKey: row.formKey,
    online: row.online,
    onlineLevel: row.onlineLevel,
    fees: row.fees,
    leikaKey: row.leikaKey,
  };
}

export async function findServiceBySlug<DB>(
  trx: TenantTransaction<DB>,
  slug: string,
): Promise<CatalogueService | undefined> {
  const repository = createCatalogueRepository({ trx: trx as unknown as TenantTransaction<CatalogueTables> });
  return present(await repository.findBySlug(slug));
}

export async function findServiceById<DB>(
  trx: TenantTransaction<DB>,
  id: string,
): Promise<CatalogueService | undefined> {
  const repository = createCatalogueRepository({ trx: trx as unknown as TenantTransaction<CatalogueTables> });
  return present(await repository.findById(id));
}
