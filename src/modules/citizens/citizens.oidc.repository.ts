// SQL for the links between citizen accounts and their identity at a state identity service (BundID).
import { sql } from 'kysely';
import type { TenantTransaction } from '../../platform/db/tenant-scope.ts';
import type { CitizenTables } from './citizens.tables.ts';

const scopeTenant = sql<string>`app_tenant_id()`;

export function createCitizenOidcRepository({ trx }: { trx: TenantTransaction<CitizenTables> }) {
  return {
    async findLinkedCitizen(issuer: string, subject: string) {
      const row = await trx
        .selectFrom('citizen_oidc_links')
        .select('citizen_id as citizenId')
        .where('issuer', '=', issuer)
        .where('subject', '=', subject)
        .executeTakeFirst();
      return row?.citizenId;
    },

    /** The citizen's identity at this issuer; without one, at any (the oldest). */
    async findLinkOf(citizenId: string, issuer?: string) {
      let query = trx
        .selectFrom('citizen_oidc_links')
        .select(['subject', 'created_at as createdAt'])
        .where('citizen_id', '=', citizenId);
      if (issuer !== undefined) query = query.where('issuer', '=', issuer);
      return query.orderBy('created_at').executeTakeFirst();
    },

    async insertLink(link: { citizenId: string; issuer: string; subject: string; now: Date }) {
      await trx
        .insertInto('citizen_oidc_links')
        .values({
          tenant_id: scopeTenant,
          citizen_id: link.citizenId,
          issuer: link.issuer,
          subject: link.subject,
          created_at: link.now,
          last_login_at: link.now,
        })
        .execute();
    },

    async touchLink(issuer: string, subject: string, now: Date) {
      await trx
        .updateTable('citizen_oidc_links')
        .set({ last_login_at: now })
        .where('issuer', '=', issuer)
        .where('subject', '=', subject)
        .execute();
    },

    async emailTaken(email: string): Promise<boolean> {
      const row = await trx.selectFrom('citizens').select('id').where('email', '=', email).executeTakeFirst();
      return row !== undefined;
    },
  };
}
