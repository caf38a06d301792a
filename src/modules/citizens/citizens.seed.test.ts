import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql, type Kysely } from 'kysely';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import type { PlatformTables } from '../../platform/db/platform-tables.ts';
import { createTenantsRepository } from '../../platform/tenancy/tenants.repository.ts';
import { createMigratedTestDatabase } from '../../test-database.ts';
import { testPasswordCost } from '../identity/index.ts';
import { seedCitizenDemo } from './citizens.seed.ts';

test('the citizen seed is idempotent: Erika Mustermann represents one demo company, however often it runs', async (t) => {
  const handle = await createMigratedTestDatabase<unknown>();
  t.after(() => handle.close());
  const tenant = await createTenantsRepository({ db: handle.db as Kysely<PlatformTables> }).upsert({
    slug: 'leichlingen',
    name: 'Stadt Leichlingen (Rheinland)',
    hosts: [],
  });
  for (let run = 0; run < 2; run++)
    await seedCitizenDemo({ db: handle.db, tenantId: tenant.id, passwordCost: testPasswordCost });
  const { rows } = await withTenant(handle.db, tenant.id, (trx) =>
    sql<{ name: string; role: string; email: string }>`
      select co.name, m.role, c.email from citizen_company_members m
      join citizen_companies co on co.id = m.company_id join citizens c on c.id = m.citizen_id`.execute(trx),
  );
  assert.deepEqual(rows, [
    { name: 'Mustermann Gartenbau GmbH', role: 'admin', email: 'erika.mustermann@example.org' },
  ]);
});
