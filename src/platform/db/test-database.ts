// A fresh, migrated database for one test: in-memory PGlite by default, or a new database on the
// PostgreSQL server named by TEST_DATABASE_URL (CI runs every suite on both).
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from './database.ts';
import { PGliteDialect } from './pglite-dialect.ts';

export interface TestDatabaseOptions {
  migrate: (db: Kysely<unknown>) => Promise<unknown>;
  /** Identifies what `migrate` produces; a migrated template is cached per key (PGlite's initdb takes seconds). */
  templateKey?: string;
}

const templates = new Map<string, Promise<Blob>>();
const cacheDirectory = path.resolve('node_modules/.cache/rathaus-test-db');

async function pgliteTemplate(key: string, migrate: TestDatabaseOptions['migrate']): Promise<Blob> {
  const file = path.join(
    cacheDirectory,
    `${createHash('sha256').update(key).digest('hex').slice(0, 24)}.tar`,
  );
  try {
    return new Blob([await readFile(file)]);
  } catch {
    // not cached yet: build it below
  }
  const pglite = new PGlite({ extensions: { pg_trgm, unaccent } });
  const db = new Kysely<unknown>({ dialect: new PGliteDialect(pglite) });
  await migrate(db);
  const dump = await pglite.dumpDataDir('none');
  await db.destroy();
  await mkdir(cacheDirectory, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, Buffer.from(await dump.arrayBuffer()));
  await rename(temporary, file);
  return dump;
}

async function openPGliteFromTemplate<DB>(options: TestDatabaseOptions): Promise<DatabaseHandle<DB>> {
  const key = options.templateKey ?? 'default';
  let template = templates.get(key);
  if (!template) {
    template = pgliteTemplate(key, options.migrate);
    templates.set(key, template);
  }
  const pglite = new PGlite({ loadDataDir: await template, extensions: { pg_trgm, unaccent } });
  await pglite.waitReady;
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  return { db, kind: 'pglite', close: () => db.destroy() };
}

export async function createTestDatabase<DB>({
  migrate,
  templateKey,
}: TestDatabaseOptions): Promise<DatabaseHandle<DB>> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    if (templateKey !== undefined) return openPGliteFromTemplate<DB>({ migrate, templateKey });
    const handle = await openDatabase<DB>({ dataDir: null });
    await migrate(handle.db as Kysely<unknown>);
    return handle;
  }
  const name = `rathaus_test_${randomUUID().replaceAll('-', '')}`;
  const admin = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: serverUrl, max: 1 }) }),
  });
  await sql.raw(`create database ${name}`).execute(admin);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase<DB>({ databaseUrl: url.toString(), poolSize: 5 });
  await migrate(handle.db as Kysely<unknown>);
  return {
    ...handle,
    kind: handle.kind,
    close: async () => {
      await handle.close();
      await sql.raw(`drop database if exists ${name} with (force)`).execute(admin);
      await admin.destroy();
    },
  };
}
