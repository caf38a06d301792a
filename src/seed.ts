// Demo data: the municipality "Stadt Leichlingen (Rheinland)". Idempotent: running it again changes nothing.
import type { Kysely } from 'kysely';
import { seedCitizenDemo } from './modules/citizens/index.ts';
import { seedDogTaxDemo } from './modules/dog-tax/index.ts';
import { seedIdentityDemo } from './modules/identity/index.ts';
import { seedInvoicesDemo } from './modules/invoices/index.ts';
import { seedLostAndFoundDemo } from './modules/lost-and-found/index.ts';
import { seedCatalogueDemo, seedNoticeTemplatesDemo, seedPortalDemo } from './modules/portal/index.ts';
import { seedRecordsDemo } from './modules/records/index.ts';
import type { PlatformTables } from './platform/db/platform-tables.ts';
import { createTenantsRepository } from './platform/tenancy/tenants.repository.ts';

export interface SeedResult {
  tenant: { id: string; slug: string; name: string };
  logins: { email: string; password: string; description: string }[];
}

export async function seedDemo(db: Kysely<unknown>): Promise<SeedResult> {
  const tenants = createTenantsRepository({ db: db as Kysely<PlatformTables> });
  const tenant = await tenants.upsert({
    slug: 'leichlingen',
    name: 'Stadt Leichlingen (Rheinland)',
    hosts: ['localhost', '127.0.0.1', 'leichlingen.localhost'],
  });
  const { logins } = await seedIdentityDemo({ db, tenantId: tenant.id });
  const citizens = await seedCitizenDemo({ db, tenantId: tenant.id });
  await seedRecordsDemo({ db, tenantId: tenant.id });
  await seedPortalDemo({ db, tenantId: tenant.id });
  // The service catalogue names the departments of the identity seed.
  await seedCatalogueDemo(db, tenant.id);
  await seedNoticeTemplatesDemo(db, tenant.id);
  // An invented register of 40 households, so the lists and the annual run have something to show.
  await seedDogTaxDemo({ db, tenantId: tenant.id, households: 40 });
  await seedInvoicesDemo({ db, tenantId: tenant.id });
  await seedLostAndFoundDemo({ db, tenantId: tenant.id });
  return { tenant, logins: [...logins, ...citizens.logins] };
}
