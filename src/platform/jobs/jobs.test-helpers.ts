// Shared set-up of the job queue tests: a migrated database with two municipalities, a clock the
// test moves by hand, and polling for conditions that other workers bring about.
import type { Kysely } from 'kysely';
import { createMigratedTestDatabase } from '../../test-database.ts';
import type { PlatformTables } from '../db/platform-tables.ts';
import type { JobsTables } from './jobs.tables.ts';

export type TestTables = PlatformTables & JobsTables;

export async function setupJobsDatabase() {
  const handle = await createMigratedTestDatabase<TestTables>();
  const [a, b] = await handle.db
    .insertInto('tenants')
    .values([
      { slug: 'stadt-a', name: 'Stadt A', hosts: [] },
      { slug: 'stadt-b', name: 'Stadt B', hosts: [] },
    ])
    .returning('id')
    .execute();
  return { handle, db: handle.db as Kysely<TestTables>, tenantA: a!.id, tenantB: b!.id };
}

export function createTestClock(start = new Date('2030-01-07T08:00:00.000Z')) {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance: (ms: number) => {
      current += ms;
    },
  };
}

export async function waitFor(
  condition: () => Promise<boolean> | boolean,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((res) => (resolve = res));
  return { promise, resolve };
}
