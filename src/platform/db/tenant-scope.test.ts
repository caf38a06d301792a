import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql, type Kysely } from 'kysely';
import { createMigratedTestDatabase } from '../../test-database.ts';
import { withTenant } from './tenant-scope.ts';

interface Tables {
  tenants: { id: string; slug: string; name: string };
  test_notes: { id: number; tenant_id: string; text: string };
}

async function setup() {
  const handle = await createMigratedTestDatabase<Tables>();
  const db = handle.db;
  await sql`create table test_notes (id serial primary key, tenant_id uuid not null references tenants(id), text text not null)`.execute(
    db,
  );
  await sql`select enable_tenant_isolation('test_notes')`.execute(db);
  await sql`grant usage on sequence test_notes_id_seq to rathaus_app`.execute(db);
  const [a, b] = await db
    .insertInto('tenants')
    .values([
      { slug: 'stadt-a', name: 'Stadt A' },
      { slug: 'stadt-b', name: 'Stadt B' },
    ] as never)
    .returning(['id'])
    .execute();
  return { handle, db: db as Kysely<Tables>, a: a!.id, b: b!.id };
}

test('outside a tenant scope, domain rows can be neither read nor written', async (t) => {
  const { handle, db, a } = await setup();
  t.after(() => handle.close());
  await withTenant(db, a, (trx) =>
    trx
      .insertInto('test_notes')
      .values({ tenant_id: a, text: 'x' } as never)
      .execute(),
  );
  await db.transaction().execute(async (trx) => {
    await sql`select set_config('role', 'rathaus_app', true)`.execute(trx);
    const rows = await trx.selectFrom('test_notes').selectAll().execute();
    assert.equal(rows.length, 0);
  });
});

test('a tenant cannot write rows for another tenant', async (t) => {
  const { handle, db, a, b } = await setup();
  t.after(() => handle.close());
  await assert.rejects(
    withTenant(db, a, (trx) =>
      trx
        .insertInto('test_notes')
        .values({ tenant_id: b, text: 'x' } as never)
        .execute(),
    ),
    /row-level security/,
  );
});

test('randomised: across many interleaved writes and reads, no read crosses tenants', async (t) => {
  const { handle, db, a, b } = await setup();
  t.after(() => handle.close());
  const written = { [a]: [] as string[], [b]: [] as string[] };
  const operations = Array.from({ length: 120 }, (_, index) => {
    const tenant = Math.random() < 0.5 ? a : b;
    if (Math.random() < 0.6) {
      const text = `${tenant}-${index}-${Math.random().toString(36).slice(2)}`;
      written[tenant]!.push(text);
      return withTenant(db, tenant, (trx) =>
        trx
          .insertInto('test_notes')
          .values({ tenant_id: tenant, text } as never)
          .execute(),
      );
    }
    return withTenant(db, tenant, async (trx) => {
      // Even a query that asks for all tenants' rows only ever sees its own.
      const rows = await trx.selectFrom('test_notes').select(['tenant_id', 'text']).execute();
      for (const row of rows) assert.equal(row.tenant_id, tenant);
      // Concurrent whole-table updates of one tenant would deadlock on a server; take turns.
      await sql`select pg_advisory_xact_lock(hashtext(${tenant}))`.execute(trx);
      const viaUpdate = await trx
        .updateTable('test_notes')
        .set({ text: sql`text` } as never)
        .returning('tenant_id')
        .execute();
      for (const row of viaUpdate) assert.equal(row.tenant_id, tenant);
    });
  });
  await Promise.all(operations);
  for (const tenant of [a, b]) {
    const rows = await withTenant(db, tenant, (trx) => trx.selectFrom('test_notes').select('text').execute());
    assert.deepEqual(rows.map((row) => row.text).sort(), written[tenant]!.sort());
  }
});

test('every table with a tenant_id column is under forced row-level security with the isolation policy', async (t) => {
  const handle = await createMigratedTestDatabase<unknown>();
  t.after(() => handle.close());
  const { rows } = await sql<{ table_name: string; rls: boolean; forced: boolean; policies: number }>`
    select c.relname as table_name, c.relrowsecurity as rls, c.relforcerowsecurity as forced,
      (select count(*)::int from pg_policy p where p.polrelid = c.oid and p.polname = 'tenant_isolation') as policies
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind = 'r'
      and exists (select 1 from information_schema.columns col
                  where col.table_schema = 'public' and col.table_name = c.relname and col.column_name = 'tenant_id')`.execute(
    handle.db,
  );
  for (const row of rows) {
    assert.ok(row.rls && row.forced && row.policies === 1, `${row.table_name} is not tenant-isolated`);
  }
});
