// Applies the numbered SQL migrations in order, each in its own transaction together with its
// bookkeeping row, so a crash mid-migration leaves the database as it was. An advisory lock keeps
// several starting servers from migrating at once.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';

export interface Migration {
  id: number;
  name: string;
  sql: string;
}

const MIGRATION_LOCK = 72_616_074; // arbitrary, constant key for pg_advisory_xact_lock

export async function loadMigrations(
  directory: string,
  entries: { id: number; name: string }[],
): Promise<Migration[]> {
  return Promise.all(
    entries.map(async (entry) => ({
      ...entry,
      sql: await readFile(path.join(directory, `${entry.name}.sql`), 'utf8'),
    })),
  );
}

function checksum(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export class MigrationError extends Error {}

export async function migrate(db: Kysely<unknown>, migrations: Migration[]): Promise<{ applied: string[] }> {
  await sql`create table if not exists schema_migrations (
    id integer primary key,
    name text not null,
    checksum text not null,
    applied_at timestamptz not null default now()
  )`.execute(db);

  const applied: string[] = [];
  for (const migration of migrations) {
    const didApply = await db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
      const existing = await sql<{ name: string; checksum: string }>`
        select name, checksum from schema_migrations where id = ${migration.id}`.execute(trx);
      const row = existing.rows[0];
      if (row) {
        if (row.checksum !== checksum(migration.sql))
          throw new MigrationError(
            `Migration ${migration.name} wurde nach dem Einspielen geändert / was changed after it was applied`,
          );
        return false;
      }
      try {
        await sql.raw(migration.sql).execute(trx);
      } catch (error) {
        throw new MigrationError(
          `Migration ${migration.name} fehlgeschlagen / failed: ${(error as Error).message}`,
        );
      }
      await sql`insert into schema_migrations (id, name, checksum)
        values (${migration.id}, ${migration.name}, ${checksum(migration.sql)})`.execute(trx);
      return true;
    });
    if (didApply) applied.push(migration.name);
  }
  return { applied };
}
