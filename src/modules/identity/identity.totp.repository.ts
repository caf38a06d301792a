// SQL for the second factor: the TOTP columns of identity_staff and the pending sign-ins (migration 0007).
import { sql } from 'kysely';
import type { TenantTransaction } from '../../platform/db/tenant-scope.ts';
import type { IdentityTables } from './identity.tables.ts';
import type { LockoutTables } from './identity.lockout.ts';

export type StaffSecurityTables = Omit<IdentityTables, 'identity_staff'> &
  LockoutTables & {
    identity_staff: IdentityTables['identity_staff'] & {
      totp_secret: string | null;
      totp_pending_secret: string | null;
      // bigint arrives as a string from pg; converted below.
      totp_last_step: string | number | null;
    };
    identity_pending_logins: {
      tenant_id: string;
      id: string;
      staff_id: string;
      return_to: string | null;
      created_at: Date;
      expires_at: Date;
    };
  };

export function createTotpRepository({ trx }: { trx: TenantTransaction<StaffSecurityTables> }) {
  return {
    async findTotp(staffId: string) {
      const row = await trx
        .selectFrom('identity_staff')
        .select(['email', 'totp_secret', 'totp_pending_secret', 'totp_last_step'])
        .where('id', '=', staffId)
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        email: row.email,
        secret: row.totp_secret,
        pendingSecret: row.totp_pending_secret,
        lastStep: row.totp_last_step === null ? null : Number(row.totp_last_step),
      };
    },
    async setPendingSecret(staffId: string, secret: string | null) {
      await trx
        .updateTable('identity_staff')
        .set({ totp_pending_secret: secret })
        .where('id', '=', staffId)
        .execute();
    },
    async enable(staffId: string, secret: string, step: number) {
      await trx
        .updateTable('identity_staff')
        .set({ totp_secret: secret, totp_pending_secret: null, totp_last_step: step })
        .where('id', '=', staffId)
        .execute();
    },
    async disable(staffId: string) {
      await trx
        .updateTable('identity_staff')
        .set({ totp_secret: null, totp_pending_secret: null, totp_last_step: null })
        .where('id', '=', staffId)
        .execute();
    },
    /** Spends a step; false when another request spent it (or a later one) first. */
    async useStep(staffId: string, step: number): Promise<boolean> {
      const result = await trx
        .updateTable('identity_staff')
        .set({ totp_last_step: step })
        .where('id', '=', staffId)
        .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
    async insertPendingLogin(login: {
      id: string;
      staffId: string;
      returnTo: string | null;
      now: Date;
      expiresAt: Date;
    }) {
      await trx
        .insertInto('identity_pending_logins')
        .values({
          tenant_id: sql<string>`app_tenant_id()`,
          id: login.id,
          staff_id: login.staffId,
          return_to: login.returnTo,
          created_at: login.now,
          expires_at: login.expiresAt,
        })
        .execute();
    },
    async findPendingLogin(id: string) {
      return trx
        .selectFrom('identity_pending_logins as p')
        .innerJoin('identity_staff as s', (join) =>
          join.onRef('s.tenant_id', '=', 'p.tenant_id').onRef('s.id', '=', 'p.staff_id'),
        )
        .select(['p.staff_id as staffId', 'p.return_to as returnTo', 'p.expires_at as expiresAt', 's.active'])
        .where('p.id', '=', id)
        .executeTakeFirst();
    },
    async deletePendingLogin(id: string) {
      await trx.deleteFrom('identity_pending_logins').where('id', '=', id).execute();
    },
  };
}
