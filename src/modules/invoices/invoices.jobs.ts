// The background work of the invoices module: the poll of the e-mail inbox as a recurring job. Each poll
// first schedules the next one (one job per time slot: the idempotency key is the slot, so two processes
// starting at once, or a retried poll, never make two), then reads the mailbox. Off without INVOICES_IMAP_URL.
import type { Kysely } from 'kysely';
import type { ConfigValues } from '../../platform/config/config-keys.ts';
import type { PlatformTables } from '../../platform/db/platform-tables.ts';
import type { JobQueue } from '../../platform/jobs/index.ts';
import { createTenantsRepository } from '../../platform/tenancy/tenants.repository.ts';
import type { InvoicesDeps } from './invoices.deps.ts';
import { pollInvoiceMailbox, type MailInboxSettings } from './invoices.mail.ts';
import type { invoicesMailConfig } from './invoices.mail.config.ts';

export const MAIL_POLL_JOB = 'invoices.mail-poll';

export interface MailPollSettings extends MailInboxSettings {
  intervalMs: number;
  /** The municipality the mailbox belongs to (its slug). */
  tenantSlug: string;
}

/** The inbox settings from the config, or null when the inbox is off. */
export function mailPollSettingsFrom(
  config: ConfigValues<typeof invoicesMailConfig>,
  defaultTenant: string | undefined,
): MailPollSettings | null {
  if (!config.url) return null;
  const tenantSlug = config.tenant ?? defaultTenant;
  if (!config.user || !config.password || !tenantSlug)
    throw new Error(
      'Konfiguration INVOICES_IMAP_URL: INVOICES_IMAP_USER, INVOICES_IMAP_PASSWORD und INVOICES_IMAP_TENANT (oder DEFAULT_TENANT) sind nötig',
    );
  return {
    url: config.url,
    user: config.user,
    password: config.password,
    mailbox: config.mailbox,
    doneMailbox: config.doneMailbox,
    answerRefusals: config.answerRefusals,
    intervalMs: config.intervalSeconds * 1000,
    tenantSlug,
  };
}

/** Enqueues the poll of the slot after `now` (a no-op when it is already queued). */
export async function scheduleMailPoll(jobs: JobQueue, intervalMs: number, now: Date) {
  const slot = Math.floor(now.getTime() / intervalMs) + 1;
  return jobs.enqueue(
    MAIL_POLL_JOB,
    {},
    { runAt: new Date(slot * intervalMs), idempotencyKey: `slot-${slot}`, maxAttempts: 3 },
  );
}

/** Defines the invoice jobs and, when the inbox is configured, queues its first poll. */
export async function defineInvoicesJobs(deps: InvoicesDeps, mail: MailPollSettings | null): Promise<void> {
  if (!mail) return;
  deps.jobs.define(MAIL_POLL_JOB, async () => {
    await scheduleMailPoll(deps.jobs, mail.intervalMs, deps.now());
    const tenant = await createTenantsRepository({ db: deps.db as Kysely<PlatformTables> }).findBySlug(
      mail.tenantSlug,
    );
    // The municipality may not be set up yet (first start before the seed): try again next slot.
    if (!tenant) return;
    await pollInvoiceMailbox(deps, tenant.id, mail);
  });
  await scheduleMailPoll(deps.jobs, mail.intervalMs, deps.now());
}
