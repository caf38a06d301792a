import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql, type Kysely } from 'kysely';
import { openDatabase } from './database.ts';
import { MigrationError, migrate } from './migrator.ts';

async function freshDatabase(t: { after: (fn: () => Promise<void>) => void }) {
  const handle = await openDatabase<unknown>({ dataDir: null });
  t.after(() => handle.close());
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return handle.db as Kysely<any>;
}

async function tables(db: Kysely<unknown>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables where table_schema = 'public' order by 1`.execute(
    db,
  );
  return rows.map((row) => row.name);
}

test('a migration that fails half-way leaves the database as it was before it', async (t) => {
  const db = await freshDatabase(t);
  const good = { id: 1, name: '0001-good', sql: 'create table a (id int);' };
  const broken = {
    id: 2,
    name: '0002-broken',
    sql: 'create table b (id int); insert into a values (1); select * from does_not_exist;',
  };
  await assert.rejects(migrate(db, [good, broken]), (error: Error) => {
    assert.ok(error instanceof MigrationError);
    assert.match(error.message, /Migration 0002-broken fehlgeschlagen/);
    return true;
  });
  assert.deepEqual(await tables(db), ['a', 'schema_migrations']);
  const { rows } = await sql`select * from a`.execute(db);
  assert.equal(rows.length, 0, 'the insert of the broken migration was rolled back');
  const fixed = { ...broken, sql: 'create table b (id int);' };
  assert.deepEqual((await migrate(db, [good, fixed])).applied, ['0002-broken']);
});

test('migrations run once; an applied migration whose file changed stops the start', async (t) => {
  const db = await freshDatabase(t);
  const first = { id: 1, name: '0001-a', sql: 'create table a (id int);' };
  assert.deepEqual((await migrate(db, [first])).applied, ['0001-a']);
  assert.deepEqual((await migrate(db, [first])).applied, []);
  await assert.rejects(
    migrate(db, [{ ...first, sql: 'create table a (id bigint);' }]),
    /wurde nach dem Einspielen geändert/,
  );
});
