// All SQL of the identity module. It runs inside a tenant scope: row-level security limits every read
// to the scope's municipality, and inserts take tenant_id from the scope itself (app_tenant_id()),
// so no caller can write a row for another municipality.
import { sql } from 'kysely';
import type { TenantTransaction } from '../../platform/db/tenant-scope.ts';
import type { StaffRole } from '../access/index.ts';
import type { IdentityTables } from './identity.tables.ts';

const scopeTenant = sql<string>`app_tenant_id()`;

export function createIdentityRepository({ trx }: { trx: TenantTransaction<IdentityTables> }) {
  return {
    async findStaffForLogin(email: string) {
      return trx
        .selectFrom('identity_staff')
        .select(['id', 'password_hash as passwordHash', 'active'])
        .where('email', '=', email)
        .executeTakeFirst();
    },

    async findStaff(staffId: string) {
      return trx
        .selectFrom('identity_staff')
        .select(['id', 'email', 'display_name as displayName', 'active'])
        .where('id', '=', staffId)
        .executeTakeFirst();
    },

    /** Each grant with its department, ordered by department number. */
    async listAssignments(staffId: string) {
      return trx
        .selectFrom('identity_staff_roles as r')
        .innerJoin('identity_departments as d', (join) =>
          join.onRef('d.tenant_id', '=', 'r.tenant_id').onRef('d.id', '=', 'r.department_id'),
        )
        .select([
          'r.role',
          'r.department_id as departmentId',
          'd.number as departmentNumber',
          'd.name as departmentName',
        ])
        .where('r.staff_id', '=', staffId)
        .orderBy('d.number')
        .orderBy('r.role')
        .execute();
    },

    async findSession(sessionId: string) {
      return trx
        .selectFrom('identity_sessions as s')
        .innerJoin('identity_staff as st', (join) =>
          join.onRef('st.tenant_id', '=', 's.tenant_id').onRef('st.id', '=', 's.staff_id'),
        )
        .select([
          's.tenant_id as tenantId',
          's.staff_id as staffId',
          's.last_seen_at as lastSeenAt',
          's.expires_at as expiresAt',
          'st.display_name as displayName',
          'st.active',
        ])
        .where('s.id', '=', sessionId)
        .executeTakeFirst();
    },

    async insertSession(session: {
      id: string;
      staffId: string;
      now: Date;
      expiresAt: Date;
      userAgent: string | null;
    }) {
      await trx
        .insertInto('identity_sessions')
        .values({
          tenant_id: scopeTenant,
          id: session.id,
          staff_id: session.staffId,
          created_at: session.now,
          last_seen_at: session.now,
          expires_at: session.expiresAt,
          user_agent: session.userAgent,
        })
        .execute();
    },

    async touchSession(sessionId: string, now: Date) {
      await trx
        .updateTable('identity_sessions')
        .set({ last_seen_at: now })
        .where('id', '=', sessionId)
        .where('last_seen_at', '<', now)
        .execute();
    },

    async deleteSession(sessionId: string) {
      await trx.deleteFrom('identity_sessions').where('id', '=', sessionId).execute();
    },

    /** Sessions of one person that have run out; removed at login so they don't pile up. */
    async deleteEndedSessionsOf(staffId: string, { now, idleSince }: { now: Date; idleSince: Date }) {
      await trx
        .deleteFrom('identity_sessions')
        .where('staff_id', '=', staffId)
        .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', idleSince)]))
        .execute();
    },

    // --- demo seed ---------------------------------------------------------------------------------

    /** Creates the department or updates its name and parent; the number is its stable key. */
    async upsertDepartment(department: {
      number: string;
      name: string;
      parentId: string | null;
    }): Promise<string> {
      const row = await trx
        .insertInto('identity_departments')
        .values({
          tenant_id: scopeTenant,
          number: department.number,
          name: department.name,
          parent_id: department.parentId,
        })
        .onConflict((oc) =>
          oc
            .columns(['tenant_id', 'number'])
            .doUpdateSet({ name: department.name, parent_id: department.parentId }),
        )
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async findStaffIdsByEmail(emails: string[]): Promise<Map<string, string>> {
      if (emails.length === 0) return new Map();
      const rows = await trx
        .selectFrom('identity_staff')
        .select(['id', 'email'])
        .where('email', 'in', emails)
        .execute();
      return new Map(rows.map((row) => [row.email, row.id]));
    },

    /** Adds the person unless the e-mail address already has an account in this municipality. */
    async insertStaffIfMissing(staff: { email: string; displayName: string; passwordHash: string | null }) {
      await trx
        .insertInto('identity_staff')
        .values({
          tenant_id: scopeTenant,
          email: staff.email,
          display_name: staff.displayName,
          password_hash: staff.passwordHash,
        })
        .onConflict((oc) => oc.columns(['tenant_id', 'email']).doNothing())
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
  };
}

export type IdentityRepository = ReturnType<typeof createIdentityRepository>;
