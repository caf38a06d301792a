// SQL for citizen sessions (cookie rathaus_citizen_session; only the token's SHA-256 is stored).
import { sql } from 'kysely';
import type { TenantTransaction } from '../../platform/db/tenant-scope.ts';
import type { TrustLevel } from '../access/index.ts';
import type { CitizenAuthMethod, CitizenTables } from './citizens.tables.ts';

const scopeTenant = sql<string>`app_tenant_id()`;

export function createCitizenSessionsRepository({ trx }: { trx: TenantTransaction<CitizenTables> }) {
  return {
    /**
     * The session with its citizen, and the company it acts for — only while the citizen is still a
     * member of it: a membership that ended takes the company out of every session at once.
     */
    async findSession(sessionId: string) {
      return trx
        .selectFrom('citizen_sessions as s')
        .innerJoin('citizens as c', (join) =>
          join.onRef('c.tenant_id', '=', 's.tenant_id').onRef('c.id', '=', 's.citizen_id'),
        )
        .leftJoin('citizen_company_members as m', (join) =>
          join
            .onRef('m.tenant_id', '=', 's.tenant_id')
            .onRef('m.company_id', '=', 's.business_id')
            .onRef('m.citizen_id', '=', 's.citizen_id'),
        )
        .leftJoin('citizen_companies as b', (join) =>
          join.onRef('b.tenant_id', '=', 'm.tenant_id').onRef('b.id', '=', 'm.company_id'),
        )
        .select([
          's.tenant_id as tenantId',
          's.citizen_id as citizenId',
          's.trust_level as trustLevel',
          's.auth_method as authMethod',
          's.issuer as issuer',
          's.last_seen_at as lastSeenAt',
          's.expires_at as expiresAt',
          'c.given_name as givenName',
          'c.family_name as familyName',
          'b.id as businessId',
          'b.name as businessName',
        ])
        .where('s.id', '=', sessionId)
        .executeTakeFirst();
    },

    async insertSession(session: {
      id: string;
      citizenId: string;
      trustLevel: TrustLevel;
      authMethod: CitizenAuthMethod;
      issuer: string | null;
      now: Date;
      expiresAt: Date;
      userAgent: string | null;
    }) {
      await trx
        .insertInto('citizen_sessions')
        .values({
          tenant_id: scopeTenant,
          id: session.id,
          citizen_id: session.citizenId,
          trust_level: session.trustLevel,
          auth_method: session.authMethod,
          issuer: session.issuer,
          created_at: session.now,
          last_seen_at: session.now,
          expires_at: session.expiresAt,
          user_agent: session.userAgent,
        })
        .execute();
    },

    async touchSession(sessionId: string, now: Date) {
      await trx
        .updateTable('citizen_sessions')
        .set({ last_seen_at: now })
        .where('id', '=', sessionId)
        .where('last_seen_at', '<', now)
        .execute();
    },

    async setBusiness(sessionId: string, businessId: string | null) {
      await trx
        .updateTable('citizen_sessions')
        .set({ business_id: businessId })
        .where('id', '=', sessionId)
        .execute();
    },

    /** When a membership ends, no session of that person acts for the company any longer. */
    async clearBusinessOf(citizenId: string, businessId: string) {
      await trx
        .updateTable('citizen_sessions')
        .set({ business_id: null })
        .where('citizen_id', '=', citizenId)
        .where('business_id', '=', businessId)
        .execute();
    },

    async deleteSession(sessionId: string) {
      await trx.deleteFrom('citizen_sessions').where('id', '=', sessionId).execute();
    },

    async deleteSessionsOf(citizenId: string) {
      await trx.deleteFrom('citizen_sessions').where('citizen_id', '=', citizenId).execute();
    },

    async deleteEndedSessionsOf(citizenId: string, { now, idleSince }: { now: Date; idleSince: Date }) {
      await trx
        .deleteFrom('citizen_sessions')
        .where('citizen_id', '=', citizenId)
        .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', idleSince)]))
        .execute();
    },
  };
}
