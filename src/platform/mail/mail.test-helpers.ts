// Set-up shared by the mail tests: a migrated database with one municipality, a job queue with a
// hand-moved clock, and a mailer over a given transport.
import type { Kysely } from 'kysely';
import { createMigratedTestDatabase } from '../../test-database.ts';
import type { PlatformTables } from '../db/platform-tables.ts';
import { createJobQueue, type JobsTables } from '../jobs/index.ts';
import { createMailer } from './mailer.ts';
import type { MailTables } from './mail.tables.ts';
import type { MailTransport } from './mail-transport.ts';

export type MailTestTables = PlatformTables & JobsTables & MailTables;

export async function setupMailer(transport: MailTransport, options: { maxAttempts?: number } = {}) {
  const handle = await createMigratedTestDatabase<MailTestTables>();
  const db = handle.db as Kysely<MailTestTables>;
  const tenant = await db
    .insertInto('tenants')
    .values({ slug: 'leichlingen', name: 'Stadt Leichlingen (Rheinland)', hosts: [] })
    .returning('id')
    .executeTakeFirstOrThrow();
  let clock = new Date('2030-03-04T09:00:00.000Z').getTime();
  const now = () => new Date(clock);
  const jobs = createJobQueue({ db, now, random: () => 1 });
  const mailer = createMailer({
    db,
    jobs,
    transport,
    from: 'Stadt Leichlingen <rathaus@leichlingen.example>',
    now,
    backoff: { baseMs: 60_000 },
    ...options,
  });
  return {
    handle,
    db,
    jobs,
    mailer,
    tenantId: tenant.id,
    advanceClock: (ms: number) => void (clock += ms),
    close: async () => {
      await jobs.stop();
      await transport.close();
      await handle.close();
    },
  };
}

export async function countRows(db: Kysely<MailTestTables>) {
  const outbox = await db
    .selectFrom('mail_outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const jobs = await db
    .selectFrom('jobs')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { outbox: Number(outbox.n), jobs: Number(jobs.n) };
}
