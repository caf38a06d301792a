// The secret that signs CSRF tokens and the like. Configured via APP_SECRET, or generated once and kept
// in the database, so that every server process of an installation shares it and restarts keep it.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { PlatformTables } from '../db/platform-tables.ts';

export async function loadAppSecret(
  db: Kysely<PlatformTables>,
  configured: string | undefined,
): Promise<string> {
  if (configured) return configured;
  const candidate = randomBytes(32).toString('base64url');
  await db
    .insertInto('platform_settings')
    .values({ key: 'app_secret', value: candidate })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db
    .selectFrom('platform_settings')
    .select('value')
    .where('key', '=', 'app_secret')
    .executeTakeFirstOrThrow();
  return row.value;
}
