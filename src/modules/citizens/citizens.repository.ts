// SQL for citizen accounts and their mailed links, inside a tenant scope (row-level security; tenant_id
// from the scope). Sessions, BundID links and companies have their own repositories beside this one.
import { sql } from 'kysely';
import type { TenantTransaction } from '../../platform/db/tenant-scope.ts';
import type { CitizenTables, CitizenTokenPurpose } from './citizens.tables.ts';

const scopeTenant = sql<string>`app_tenant_id()`;

export interface CitizenProfile {
  givenName: string;
  familyName: string;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  phone: string | null;
}

export function createCitizensRepository({ trx }: { trx: TenantTransaction<CitizenTables> }) {
  return {
    async findByEmail(email: string) {
      return trx
        .selectFrom('citizens')
        .select(['id', 'password_hash as passwordHash', 'email_verified_at as emailVerifiedAt'])
        .where('email', '=', email)
        .executeTakeFirst();
    },

    async findCitizen(id: string) {
      return trx
        .selectFrom('citizens')
        .select([
          'id',
          'email',
          'given_name as givenName',
          'family_name as familyName',
          'street',
          'postal_code as postalCode',
          'city',
          'phone',
        ])
        .where('id', '=', id)
        .executeTakeFirst();
    },

    /** Undefined when the address already has an account in this municipality (never for no address). */
    async insertCitizen(citizen: {
      email: string | null;
      passwordHash: string | null;
      givenName: string;
      familyName: string;
      now: Date;
      emailVerifiedAt?: Date | null;
      address?: Partial<CitizenProfile>;
    }): Promise<string | undefined> {
      const row = await trx
        .insertInto('citizens')
        .values({
          tenant_id: scopeTenant,
          email: citizen.email,
          password_hash: citizen.passwordHash,
          given_name: citizen.givenName,
          family_name: citizen.familyName,
          street: citizen.address?.street ?? null,
          postal_code: citizen.address?.postalCode ?? null,
          city: citizen.address?.city ?? null,
          phone: citizen.address?.phone ?? null,
          email_verified_at: citizen.emailVerifiedAt ?? null,
          created_at: citizen.now,
        })
        .onConflict((oc) => oc.columns(['tenant_id', 'email']).doNothing())
        .returning('id')
        .executeTakeFirst();
      return row?.id;
    },

    async updateProfile(id: string, profile: CitizenProfile) {
      await trx
        .updateTable('citizens')
        .set({
          given_name: profile.givenName,
          family_name: profile.familyName,
          street: profile.street,
          postal_code: profile.postalCode,
          city: profile.city,
          phone: profile.phone,
        })
        .where('id', '=', id)
        .execute();
    },

    async markVerified(id: string, now: Date) {
      await trx
        .updateTable('citizens')
        .set({ email_verified_at: now })
        .where('id', '=', id)
        .where('email_verified_at', 'is', null)
        .execute();
    },

    async setPassword(id: string, passwordHash: string) {
      await trx.updateTable('citizens').set({ password_hash: passwordHash }).where('id', '=', id).execute();
    },

    async insertToken(token: {
      citizenId: string;
      purpose: CitizenTokenPurpose;
      tokenHash: string;
      now: Date;
      expiresAt: Date;
    }) {
      await trx
        .insertInto('citizen_tokens')
        .values({
          tenant_id: scopeTenant,
          citizen_id: token.citizenId,
          purpose: token.purpose,
          token_hash: token.tokenHash,
          created_at: token.now,
          expires_at: token.expiresAt,
        })
        .execute();
    },

    /** Marks the token used, atomically: of two concurrent uses only one gets the citizen back. */
    async consumeToken(tokenHash: string, purpose: CitizenTokenPurpose, now: Date) {
      const row = await trx
        .updateTable('citizen_tokens')
        .set({ used_at: now })
        .where('token_hash', '=', tokenHash)
        .where('purpose', '=', purpose)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .returning('citizen_id as citizenId')
        .executeTakeFirst();
      return row?.citizenId;
    },

    /** Whether the token would still work, without using it (to show the form behind a link). */
    async isTokenUsable(tokenHash: string, purpose: CitizenTokenPurpose, now: Date) {
      const row = await trx
        .selectFrom('citizen_tokens')
        .select('id')
        .where('token_hash', '=', tokenHash)
        .where('purpose', '=', purpose)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      return row !== undefined;
    },

    /** After a password change, every other link of that kind ends too. */
    async expireTokensOf(citizenId: string, purpose: CitizenTokenPurpose, now: Date) {
      await trx
        .updateTable('citizen_tokens')
        .set({ used_at: now })
        .where('citizen_id', '=', citizenId)
        .where('purpose', '=', purpose)
        .where('used_at', 'is', null)
        .execute();
    },
  };
}
