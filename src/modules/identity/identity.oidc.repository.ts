// SQL for the sign-in through OpenID Connect: links to provider accounts, and the staff rows and role
// grants that the provider's claims create and keep in step. Runs inside a tenant scope like every
// identity query; inserts take tenant_id from the scope (app_tenant_id()).
import { sql } from 'kysely';
import type { TenantTransaction } from '../../platform/db/tenant-scope.ts';
import type { StaffRole } from '../access/index.ts';
import type { IdentityTables } from './identity.tables.ts';

export interface OidcTables extends IdentityTables {
  identity_oidc_links: {
    tenant_id: string;
    staff_id: string;
    issuer: string;
    subject: string;
    created_at: Date;
    last_login_at: Date | null;
  };
}

const scopeTenant = sql<string>`app_tenant_id()`;

export function createOidcRepository({ trx }: { trx: TenantTransaction<OidcTables> }) {
  return {
    async findLinkedStaff(issuer: string, subject: string) {
      return trx
        .selectFrom('identity_oidc_links as l')
        .innerJoin('identity_staff as s', (join) =>
          join.onRef('s.tenant_id', '=', 'l.tenant_id').onRef('s.id', '=', 'l.staff_id'),
        )
        .select(['s.id', 's.email', 's.active'])
        .where('l.issuer', '=', issuer)
        .where('l.subject', '=', subject)
        .executeTakeFirst();
    },

    async findStaffByEmail(email: string) {
      return trx
        .selectFrom('identity_staff')
        .select(['id', 'email', 'active'])
        .where('email', '=', email)
        .executeTakeFirst();
    },

    async insertLink(link: { staffId: string; issuer: string; subject: string; now: Date }) {
      await trx
        .insertInto('identity_oidc_links')
        .values({
          tenant_id: scopeTenant,
          staff_id: link.staffId,
          issuer: link.issuer,
          subject: link.subject,
          created_at: link.now,
          last_login_at: link.now,
        })
        .execute();
    },

    async touchLink(issuer: string, subject: string, now: Date) {
      await trx
        .updateTable('identity_oidc_links')
        .set({ last_login_at: now })
        .where('issuer', '=', issuer)
        .where('subject', '=', subject)
        .execute();
    },

    /** A person without a local password: they sign in only through the provider. */
    async insertStaff(staff: { email: string; displayName: string }): Promise<string> {
      const row = await trx
        .insertInto('identity_staff')
        .values({
          tenant_id: scopeTenant,
          email: staff.email,
          display_name: staff.displayName,
          password_hash: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async departmentIdsByNumber(numbers: string[]): Promise<Map<string, string>> {
      if (numbers.length === 0) return new Map();
      const rows = await trx
        .selectFrom('identity_departments')
        .select(['id', 'number'])
        .where('number', 'in', numbers)
        .execute();
      return new Map(rows.map((row) => [row.number, row.id]));
    },

    async listGrants(staffId: string) {
      return trx
        .selectFrom('identity_staff_roles')
        .select(['role', 'department_id as departmentId'])
        .where('staff_id', '=', staffId)
        .execute();
    },

    async grantRole(grant: { staffId: string; departmentId: string; role: StaffRole }) {
      await trx
        .insertInto('identity_staff_roles')
        .values({
          tenant_id: scopeTenant,
          staff_id: grant.staffId,
          department_id: grant.departmentId,
          role: grant.role,
        })
        .onConflict((oc) => oc.doNothing())
        .execute();
    },

    async revokeRole(grant: { staffId: string; departmentId: string; role: StaffRole }) {
      await trx
        .deleteFrom('identity_staff_roles')
        .where('staff_id', '=', grant.staffId)
        .where('department_id', '=', grant.departmentId)
        .where('role', '=', grant.role)
        .execute();
    },
  };
}
