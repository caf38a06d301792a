import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { loadMigrations, migrate } from '../platform/db/migrator.ts';
import { migrations } from './registry.ts';

const directory = fileURLToPath(new URL('.', import.meta.url));

export async function runMigrations(db: Kysely<unknown>): Promise<{ applied: string[] }> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return migrate(db as Kysely<any>, await loadMigrations(directory, migrations));
}

/** Changes whenever a migration does: the key under which tests cache a migrated database. */
export async function migrationsFingerprint(): Promise<string> {
  const loaded = await loadMigrations(directory, migrations);
  return loaded.map((migration) => `${migration.name}:${migration.sql}`).join('\n');
}
