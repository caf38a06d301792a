// The one way tests get a database: fresh, migrated with all of the project's migrations.
import { migrationsFingerprint, runMigrations } from './migrations/index.ts';
import { createTestDatabase } from './platform/db/test-database.ts';
import type { DatabaseHandle } from './platform/db/database.ts';

export async function createMigratedTestDatabase<DB>(): Promise<DatabaseHandle<DB>> {
  return createTestDatabase<DB>({ migrate: runMigrations, templateKey: await migrationsFingerprint() });
}
