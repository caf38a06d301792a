// Lockout: 5 failed sign-ins (wrong password or wrong second-factor code) for one e-mail address within
// 15 minutes lock that address for 15 minutes; while locked even the right password is refused.
// Counted per typed address whether or not it has an account (migration 0007), so the lockout message
// reveals no more than the ordinary failure does. Anyone can lock a known address for 15 minutes this
// way; that is the accepted price of slowing password guessing (BSI IT-Grundschutz ORP.4.A22).
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { TenantTransaction } from '../../platform/db/tenant-scope.ts';
import { defineErrors } from '../../platform/http/app-error.ts';

export const lockoutPolicy = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

export const lockoutErrors = defineErrors('identity', {
  account_locked: {
    status: 429,
    de: 'Zu viele Fehlversuche. Bitte versuchen Sie es in 15 Minuten erneut.',
    en: 'Too many failed attempts. Please try again in 15 minutes.',
  },
});

export interface LockoutTables {
  identity_login_failures: {
    tenant_id: string;
    email_hash: string;
    failed_count: number;
    window_started_at: Date;
    locked_until: Date | null;
  };
}

function emailHash(normalisedEmail: string): string {
  return createHash('sha256').update(normalisedEmail).digest('hex');
}

export function createLockoutRepository({ trx }: { trx: TenantTransaction<LockoutTables> }) {
  return {
    async isLocked(normalisedEmail: string, now: Date): Promise<boolean> {
      const row = await trx
        .selectFrom('identity_login_failures')
        .select('locked_until')
        .where('email_hash', '=', emailHash(normalisedEmail))
        .executeTakeFirst();
      return !!row?.locked_until && row.locked_until.getTime() > now.getTime();
    },

    /** Counts one failure; returns true when this failure locked the address. */
    async recordFailure(normalisedEmail: string, now: Date): Promise<{ locked: boolean }> {
      const windowStart = new Date(now.getTime() - lockoutPolicy.windowMs);
      // Rows whose window and lock are over say nothing any more.
      await trx
        .deleteFrom('identity_login_failures')
        .where('window_started_at', '<=', windowStart)
        .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
        .execute();
      const { rows } = await sql<{ failed_count: number }>`
        insert into identity_login_failures (tenant_id, email_hash, failed_count, window_started_at)
        values (app_tenant_id(), ${emailHash(normalisedEmail)}, 1, ${now})
        on conflict (tenant_id, email_hash) do update set
          failed_count = case when identity_login_failures.window_started_at <= ${windowStart}
            then 1 else identity_login_failures.failed_count + 1 end,
          window_started_at = case when identity_login_failures.window_started_at <= ${windowStart}
            then ${now} else identity_login_failures.window_started_at end
        returning failed_count`.execute(trx);
      if ((rows[0]?.failed_count ?? 0) < lockoutPolicy.maxFailures) return { locked: false };
      await trx
        .updateTable('identity_login_failures')
        .set({
          failed_count: 0,
          window_started_at: now,
          locked_until: new Date(now.getTime() + lockoutPolicy.lockMs),
        })
        .where('email_hash', '=', emailHash(normalisedEmail))
        .execute();
      return { locked: true };
    },

    async reset(normalisedEmail: string): Promise<void> {
      await trx
        .deleteFrom('identity_login_failures')
        .where('email_hash', '=', emailHash(normalisedEmail))
        .execute();
    },
  };
}
