// SQL for business accounts (Unternehmenskonto): companies, their members and invitations.
import { sql } from 'kysely';
import type { TenantTransaction } from '../../platform/db/tenant-scope.ts';
import type { CitizenTables, CompanyRole } from './citizens.tables.ts';

const scopeTenant = sql<string>`app_tenant_id()`;

export interface CompanyData {
  name: string;
  legalForm: string;
  registerCourt: string | null;
  registerNumber: string | null;
  taxNumber: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
}

const companyColumns = [
  'id',
  'name',
  'legal_form as legalForm',
  'register_court as registerCourt',
  'register_number as registerNumber',
  'tax_number as taxNumber',
  'street',
  'postal_code as postalCode',
  'city',
] as const;

const toRow = (company: CompanyData) => ({
  name: company.name,
  legal_form: company.legalForm,
  register_court: company.registerCourt,
  register_number: company.registerNumber,
  tax_number: company.taxNumber,
  street: company.street,
  postal_code: company.postalCode,
  city: company.city,
});

export function createCompaniesRepository({ trx }: { trx: TenantTransaction<CitizenTables> }) {
  return {
    async insertCompany(company: CompanyData, now: Date): Promise<string> {
      const row = await trx
        .insertInto('citizen_companies')
        .values({ tenant_id: scopeTenant, ...toRow(company), created_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async updateCompany(id: string, company: CompanyData) {
      await trx.updateTable('citizen_companies').set(toRow(company)).where('id', '=', id).execute();
    },

    async findCompany(id: string) {
      return trx
        .selectFrom('citizen_companies')
        .select(companyColumns)
        .where('id', '=', id)
        .executeTakeFirst();
    },

    /**
     * Locks the company for the rest of the transaction, so that two admins removing each other at the
     * same moment cannot leave it without one.
     */
    async lockCompany(id: string): Promise<boolean> {
      const row = await trx
        .selectFrom('citizen_companies')
        .select('id')
        .where('id', '=', id)
        .forUpdate()
        .executeTakeFirst();
      return row !== undefined;
    },

    async listCompaniesOf(citizenId: string) {
      return trx
        .selectFrom('citizen_company_members as m')
        .innerJoin('citizen_companies as c', (join) =>
          join.onRef('c.tenant_id', '=', 'm.tenant_id').onRef('c.id', '=', 'm.company_id'),
        )
        .select(['c.id', 'c.name', 'c.legal_form as legalForm', 'm.role'])
        .where('m.citizen_id', '=', citizenId)
        .orderBy('c.name')
        .orderBy('c.id')
        .execute();
    },

    async roleOf(companyId: string, citizenId: string): Promise<CompanyRole | undefined> {
      const row = await trx
        .selectFrom('citizen_company_members')
        .select('role')
        .where('company_id', '=', companyId)
        .where('citizen_id', '=', citizenId)
        .executeTakeFirst();
      return row?.role;
    },

    async listMembers(companyId: string) {
      return trx
        .selectFrom('citizen_company_members as m')
        .innerJoin('citizens as c', (join) =>
          join.onRef('c.tenant_id', '=', 'm.tenant_id').onRef('c.id', '=', 'm.citizen_id'),
        )
        .select([
          'm.citizen_id as citizenId',
          'c.given_name as givenName',
          'c.family_name as familyName',
          'c.email',
          'm.role',
        ])
        .where('m.company_id', '=', companyId)
        .orderBy('c.family_name')
        .orderBy('c.given_name')
        .orderBy('m.citizen_id')
        .execute();
    },

    async countAdmins(companyId: string): Promise<number> {
      const row = await trx
        .selectFrom('citizen_company_members')
        .select((eb) => eb.fn.countAll<string | number>().as('count'))
        .where('company_id', '=', companyId)
        .where('role', '=', 'admin')
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    /** False when the citizen already is a member. */
    async insertMember(member: { companyId: string; citizenId: string; role: CompanyRole; now: Date }) {
      const row = await trx
        .insertInto('citizen_company_members')
        .values({
          tenant_id: scopeTenant,
          company_id: member.companyId,
          citizen_id: member.citizenId,
          role: member.role,
          created_at: member.now,
        })
        .onConflict((oc) => oc.columns(['tenant_id', 'company_id', 'citizen_id']).doNothing())
        .returning('citizen_id')
        .executeTakeFirst();
      return row !== undefined;
    },

    async setRole(companyId: string, citizenId: string, role: CompanyRole) {
      await trx
        .updateTable('citizen_company_members')
        .set({ role })
        .where('company_id', '=', companyId)
        .where('citizen_id', '=', citizenId)
        .execute();
    },

    async deleteMember(companyId: string, citizenId: string) {
      await trx
        .deleteFrom('citizen_company_members')
        .where('company_id', '=', companyId)
        .where('citizen_id', '=', citizenId)
        .execute();
    },

    async emailOf(citizenId: string): Promise<string | null | undefined> {
      const row = await trx
        .selectFrom('citizens')
        .select('email')
        .where('id', '=', citizenId)
        .executeTakeFirst();
      return row?.email;
    },

    async insertInvitation(invitation: {
      companyId: string;
      email: string;
      role: CompanyRole;
      tokenHash: string;
      invitedBy: string;
      now: Date;
      expiresAt: Date;
    }) {
      await trx
        .insertInto('citizen_company_invitations')
        .values({
          tenant_id: scopeTenant,
          company_id: invitation.companyId,
          email: invitation.email,
          role: invitation.role,
          token_hash: invitation.tokenHash,
          invited_by: invitation.invitedBy,
          created_at: invitation.now,
          expires_at: invitation.expiresAt,
        })
        .execute();
    },

    /** A new invitation to the same address replaces the open ones: only the latest link works. */
    async closeOpenInvitations(companyId: string, email: string, now: Date) {
      await trx
        .updateTable('citizen_company_invitations')
        .set({ used_at: now })
        .where('company_id', '=', companyId)
        .where('email', '=', email)
        .where('used_at', 'is', null)
        .execute();
    },

    async listOpenInvitations(companyId: string, now: Date) {
      return trx
        .selectFrom('citizen_company_invitations')
        .select(['id', 'email', 'role', 'expires_at as expiresAt'])
        .where('company_id', '=', companyId)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .orderBy('created_at', 'desc')
        .limit(100)
        .execute();
    },

    async findOpenInvitation(tokenHash: string, now: Date) {
      return trx
        .selectFrom('citizen_company_invitations as i')
        .innerJoin('citizen_companies as c', (join) =>
          join.onRef('c.tenant_id', '=', 'i.tenant_id').onRef('c.id', '=', 'i.company_id'),
        )
        .select(['i.id', 'i.company_id as companyId', 'c.name as companyName', 'i.email', 'i.role'])
        .where('i.token_hash', '=', tokenHash)
        .where('i.used_at', 'is', null)
        .where('i.expires_at', '>', now)
        .executeTakeFirst();
    },

    /** Marks the invitation accepted, atomically: of two concurrent uses only one succeeds. */
    async consumeInvitation(id: string, citizenId: string, now: Date): Promise<boolean> {
      const row = await trx
        .updateTable('citizen_company_invitations')
        .set({ used_at: now, accepted_by: citizenId })
        .where('id', '=', id)
        .where('used_at', 'is', null)
        .returning('id')
        .executeTakeFirst();
      return row !== undefined;
    },
  };
}
