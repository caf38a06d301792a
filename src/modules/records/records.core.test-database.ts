// A migrated test database with one town, its demo people and the demo file plan, for tests that call
// use cases and repositories directly (no HTTP).
import type { Kysely } from 'kysely';
import { testPasswordCost, seedIdentityDemo } from '../identity/index.ts';
import type { StaffActor, StaffRole } from '../access/index.ts';
import { createAuditTrail } from '../audit/index.ts';
import { tenantScope } from '../../platform/db/tenant-scope.ts';
import type { PlatformTables } from '../../platform/db/platform-tables.ts';
import { createTenantsRepository } from '../../platform/tenancy/tenants.repository.ts';
import { createMigratedTestDatabase } from '../../test-database.ts';
import { recordsCaller } from './records.core.actor.ts';
import { seedRecordsDemo } from './records.seed.ts';
import type { RecordsDb } from './records.tables.ts';

export async function recordsTestDatabase(t: { after: (fn: () => Promise<void>) => void }) {
  const database = await createMigratedTestDatabase<unknown>();
  t.after(() => database.close());
  const tenants = createTenantsRepository({ db: database.db as Kysely<PlatformTables> });
  const tenant = await tenants.upsert({
    slug: 'leichlingen',
    name: 'Stadt Leichlingen (Rheinland)',
    hosts: ['leichlingen.test'],
  });
  await seedIdentityDemo({ db: database.db, tenantId: tenant.id, passwordCost: testPasswordCost });
  await seedRecordsDemo({ db: database.db, tenantId: tenant.id });
  const db = database.db as Kysely<RecordsDb>;
  const scope = tenantScope(db, tenant.id);
  const departments = new Map(
    (await scope((trx) => trx.selectFrom('identity_departments').select(['id', 'number']).execute())).map(
      (d) => [d.number, d.id],
    ),
  );
  const staff = await scope((trx) =>
    trx.selectFrom('identity_staff').select(['id', 'display_name as displayName']).execute(),
  );
  const nodes = new Map(
    (await scope((trx) => trx.selectFrom('records_plan_nodes').select(['id', 'code']).execute())).map((n) => [
      n.code,
      n.id,
    ]),
  );
  return {
    db,
    tenant,
    scope,
    audit: createAuditTrail(),
    departments,
    staff,
    nodes,
    kind: database.kind,
    /** A staff member with the given roles, as the identity module would resolve them. */
    staffCaller(
      id: string,
      roles: { role: StaffRole; departmentId: string }[],
      actingFor: StaffActor['actingFor'] = [],
    ) {
      const actor: StaffActor = {
        kind: 'staff',
        id,
        tenantId: tenant.id,
        displayName: 'Test',
        roles,
        actingFor,
      };
      return recordsCaller(actor);
    },
  };
}
