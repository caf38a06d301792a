import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql, type Kysely } from 'kysely';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import type { PlatformTables } from '../../platform/db/platform-tables.ts';
import { createTenantsRepository } from '../../platform/tenancy/tenants.repository.ts';
import { seedDemo } from '../../seed.ts';
import { createMigratedTestDatabase } from '../../test-database.ts';
import { testPasswordCost } from './identity.passwords.ts';
import { DEMO_PASSWORD, seedIdentityDemo } from './identity.seed.ts';

async function counts(db: Kysely<unknown>, tenantId: string) {
  return withTenant(db, tenantId, async (trx) => {
    const { rows } = await sql<{ departments: number; staff: number; roles: number }>`
      select (select count(*)::int from identity_departments) as departments,
             (select count(*)::int from identity_staff) as staff,
             (select count(*)::int from identity_staff_roles) as roles`.execute(trx);
    return rows[0]!;
  });
}

test('the demo seed is idempotent: a second run adds no departments, people or roles', async (t) => {
  const handle = await createMigratedTestDatabase<unknown>();
  t.after(() => handle.close());
  const tenant = await createTenantsRepository({ db: handle.db as Kysely<PlatformTables> }).upsert({
    slug: 'leichlingen',
    name: 'Stadt Leichlingen (Rheinland)',
    hosts: [],
  });
  const first = await seedIdentityDemo({
    db: handle.db,
    tenantId: tenant.id,
    passwordCost: testPasswordCost,
  });
  const before = await counts(handle.db, tenant.id);
  const hashesBefore = await withTenant(handle.db, tenant.id, (trx) =>
    sql`select email, password_hash from identity_staff order by email`.execute(trx),
  );
  const second = await seedIdentityDemo({
    db: handle.db,
    tenantId: tenant.id,
    passwordCost: testPasswordCost,
  });
  assert.deepEqual(await counts(handle.db, tenant.id), before);
  const hashesAfter = await withTenant(handle.db, tenant.id, (trx) =>
    sql`select email, password_hash from identity_staff order by email`.execute(trx),
  );
  assert.deepEqual(hashesAfter.rows, hashesBefore.rows, 'existing accounts keep their password hash');
  assert.deepEqual(second.logins, first.logins);
  assert.ok(before.departments >= 8 && before.staff >= 6);
});

test('the demo organisation is a tree with one or more people in every role', async (t) => {
  const handle = await createMigratedTestDatabase<unknown>();
  t.after(() => handle.close());
  const tenant = await createTenantsRepository({ db: handle.db as Kysely<PlatformTables> }).upsert({
    slug: 'leichlingen',
    name: 'Stadt Leichlingen (Rheinland)',
    hosts: [],
  });
  const { logins } = await seedIdentityDemo({
    db: handle.db,
    tenantId: tenant.id,
    passwordCost: testPasswordCost,
  });
  const tree = await withTenant(handle.db, tenant.id, (trx) =>
    sql<{ number: string; parent: string | null }>`
      select d.number, p.number as parent from identity_departments d
      left join identity_departments p on p.id = d.parent_id order by d.number`.execute(trx),
  );
  const parents = Object.fromEntries(tree.rows.map((row) => [row.number, row.parent]));
  assert.equal(parents['32.1'], '32', 'Bürgerbüro belongs to the Ordnungsamt');
  assert.equal(parents['32'], null);
  for (const number of ['10', '20', '32', '50', '51', '63'])
    assert.ok(number in parents, `department ${number}`);

  const roles = await withTenant(handle.db, tenant.id, (trx) =>
    sql<{ role: string }>`select distinct role from identity_staff_roles order by role`.execute(trx),
  );
  assert.deepEqual(
    roles.rows.map((row) => row.role),
    ['admin', 'clerk', 'council_office', 'head_of_department', 'records_manager', 'treasury'],
  );
  for (const login of logins) {
    assert.match(login.email, /^[a-z]+\.[a-z]+@leichlingen\.example$/);
    assert.equal(login.password, DEMO_PASSWORD);
  }
});

test('`rathaus seed` loads the demo town with its staff and returns the logins it prints', async (t) => {
  const handle = await createMigratedTestDatabase<unknown>();
  t.after(() => handle.close());
  const first = await seedDemo(handle.db);
  const second = await seedDemo(handle.db);
  assert.equal(second.tenant.id, first.tenant.id);
  assert.ok(first.logins.some((login) => login.email === 'katrin.hoffmann@leichlingen.example'));
  // The demo citizen (Bürgerkonto) is listed too; only staff addresses are in identity_staff.
  const staffLogins = first.logins.filter((login) => login.email.endsWith('@leichlingen.example'));
  assert.equal((await counts(handle.db, first.tenant.id)).staff, staffLogins.length);
});
