// A migrated database with the demo town's departments and catalogue, for the catalogue's tests.
import { sql, type Kysely } from 'kysely';
import { tenantScope, withTenant } from '../../../platform/db/tenant-scope.ts';
import type { PlatformTables } from '../../../platform/db/platform-tables.ts';
import { createTenantsRepository } from '../../../platform/tenancy/tenants.repository.ts';
import { createMigratedTestDatabase } from '../../../test-database.ts';
import type { StaffActor } from '../../access/index.ts';
import { createAuditTrail } from '../../audit/index.ts';
import { seedIdentityDemo, testPasswordCost } from '../../identity/index.ts';
import { seedCatalogueDemo } from './catalogue.seed.ts';
import type { CatalogueTables } from './catalogue.tables.ts';
import type { ServiceInput } from './catalogue.validation.ts';

export async function setupCatalogue(t: { after: (fn: () => Promise<void>) => void }) {
  const handle = await createMigratedTestDatabase<unknown>();
  t.after(() => handle.close());
  const tenants = createTenantsRepository({ db: handle.db as Kysely<PlatformTables> });
  const tenant = await tenants.upsert({
    slug: 'leichlingen',
    name: 'Stadt Leichlingen (Rheinland)',
    hosts: [],
  });
  const other = await tenants.upsert({ slug: 'burscheid', name: 'Stadt Burscheid', hosts: [] });
  await seedIdentityDemo({ db: handle.db, tenantId: tenant.id, passwordCost: testPasswordCost });
  await seedCatalogueDemo(handle.db, tenant.id);
  const scope = tenantScope(handle.db as Kysely<CatalogueTables>, tenant.id);
  const rows = <T>(query: ReturnType<typeof sql<T>>) =>
    withTenant(handle.db, tenant.id, async (trx) => (await query.execute(trx)).rows);
  const [admin] = await rows<{ id: string; department: string }>(
    sql`select s.id, r.department_id as department from identity_staff s
        join identity_staff_roles r on r.staff_id = s.id
        where s.email = 'katrin.hoffmann@leichlingen.example'`,
  );
  const actor: StaffActor = {
    kind: 'staff',
    id: admin!.id,
    tenantId: tenant.id,
    displayName: 'Katrin Hoffmann',
    roles: [{ role: 'admin', departmentId: admin!.department }],
  };
  const departmentId = async (number: string) =>
    (await rows<{ id: string }>(sql`select id from identity_departments where number = ${number}`))[0]!.id;
  return { db: handle.db, tenant, other, scope, audit: createAuditTrail(), actor, rows, departmentId };
}

/** A complete, valid form for a new service of `departmentId`. */
export function validInput(departmentId: string, changes: Partial<ServiceInput> = {}): ServiceInput {
  return {
    slug: 'baumfaellgenehmigung',
    leikaKey: '',
    name: 'Baum fällen (Baumschutzsatzung)',
    nameEn: '',
    summary: 'Für geschützte Bäume brauchen Sie vor dem Fällen eine Genehmigung.',
    summaryEn: '',
    description: 'Geschützt sind Bäume mit einem Stammumfang ab 80 cm.',
    descriptionEn: '',
    departmentId,
    fees: [{ label: 'Genehmigung', amount: '45,00', note: '' }],
    requiredDocuments: 'Lageplan\nFoto des Baumes',
    legalBasis: 'Baumschutzsatzung der Stadt Leichlingen',
    onlineLevel: 'application',
    formKey: 'tree-felling',
    online: true,
    keywords: 'Baum, Fällen',
    ...changes,
  };
}
