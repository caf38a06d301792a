// Opens the database: PGlite in the data directory (embedded default) or a PostgreSQL server.
// Both speak the same SQL; nothing above this file knows which one it is.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite-dialect.ts';

export type DatabaseKind = 'pglite' | 'postgres';

export interface OpenDatabaseOptions {
  /** postgres://… — when unset, PGlite stores the database under `dataDir/db` (or in memory with `dataDir: null`). */
  databaseUrl?: string | undefined;
  dataDir?: string | null;
  poolSize?: number;
}

export interface DatabaseHandle<DB> {
  db: Kysely<DB>;
  kind: DatabaseKind;
  close: () => Promise<void>;
}

// PostgreSQL bigint (int8) and numeric come back as strings from pg; keep it so on both drivers,
// and parse dates the same way (pg returns Date objects for timestamptz, as does PGlite).
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => value);

export async function openDatabase<DB>(options: OpenDatabaseOptions): Promise<DatabaseHandle<DB>> {
  if (options.databaseUrl) return openPostgres<DB>(options.databaseUrl, options.poolSize ?? 10);
  return openPGlite<DB>(options.dataDir ?? null);
}

async function openPostgres<DB>(databaseUrl: string, poolSize: number): Promise<DatabaseHandle<DB>> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, connectionTimeoutMillis: 5000 });
  // An idle client that loses its connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy().catch(() => {});
    throw new DatabaseUnavailableError(describeConnectionError(databaseUrl, error as Error));
  }
  return { db, kind: 'postgres', close: () => db.destroy() };
}

// PGlite's WASM heap can grow but never shrink. The defaults (shared_buffers 128 MB) and the one-off
// initdb of a new data directory would leave `serve` holding 400–600 MB for good; a small buffer pool
// suits the embedded installation of one town (large ones run on a PostgreSQL server).
const pgliteSettings = ['shared_buffers=16MB', 'wal_buffers=1MB', 'maintenance_work_mem=16MB'];

/** Creates a new data directory in a short-lived worker thread, so initdb's memory is given back. */
async function initialiseDataDirectory(directory: string): Promise<void> {
  if (existsSync(path.join(directory, 'PG_VERSION'))) return;
  const worker = new Worker(
    `const { workerData } = require('node:worker_threads');
     (async () => {
       const { PGlite } = await import(workerData.pglite);
       const pglite = new PGlite({ dataDir: workerData.directory });
       await pglite.waitReady;
       await pglite.close();
     })().catch((error) => { console.error(error); process.exit(1); });`,
    { eval: true, workerData: { directory, pglite: import.meta.resolve('@electric-sql/pglite') } },
  );
  const exitCode = await new Promise<number>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', resolve);
  });
  if (exitCode !== 0)
    throw new DatabaseUnavailableError(`PGlite-Datenverzeichnis ${directory} konnte nicht angelegt werden`);
}

async function openPGlite<DB>(dataDir: string | null): Promise<DatabaseHandle<DB>> {
  let directory: string | undefined;
  if (dataDir !== null) {
    directory = path.resolve(dataDir, 'db');
    try {
      await mkdir(directory, { recursive: true });
    } catch (error) {
      throw new DatabaseUnavailableError(
        `Datenverzeichnis ${directory} ist nicht beschreibbar / data directory not writable: ${(error as Error).message}`,
      );
    }
  }
  let pglite: PGlite;
  try {
    if (directory) await initialiseDataDirectory(directory);
    pglite = new PGlite({
      ...(directory ? { dataDir: directory } : {}),
      extensions: { pg_trgm, unaccent },
      postgresqlconf: pgliteSettings,
    });
    await pglite.waitReady;
  } catch (error) {
    throw new DatabaseUnavailableError(
      `PGlite konnte nicht starten / could not start: ${(error as Error).message}`,
    );
  }
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  return { db, kind: 'pglite', close: () => db.destroy() };
}

export class DatabaseUnavailableError extends Error {}

function describeConnectionError(databaseUrl: string, error: Error): string {
  const url = new URL(databaseUrl);
  const where = `${url.hostname}:${url.port || 5432}${url.pathname}`;
  return `Datenbank ${where} nicht erreichbar / database unreachable: ${error.message}`;
}
