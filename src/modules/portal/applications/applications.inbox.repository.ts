// The office side's SQL: the department inbox (server-side filters, keyset paging, no counts) and the
// claim that keeps two clerks off the same application. Which departments a person sees is given by the
// caller (applications.office.policies.ts) and is part of every query.
import { sql } from 'kysely';
import type { TenantTransaction } from '../../../platform/db/tenant-scope.ts';
import type { ApplicationStatus, ApplicationsTables } from './applications.tables.ts';

type Trx = TenantTransaction<ApplicationsTables>;

export type InboxStatusFilter = 'open' | 'all' | ApplicationStatus;
export type InboxAssignment = 'any' | 'mine' | 'unassigned';

export interface InboxFilter {
  departmentIds: string[];
  status: InboxStatusFilter;
  assignment: InboxAssignment;
  staffId: string;
  serviceId?: string | undefined;
  /** Keyset: the last row of the previous page. */
  after?: { submittedAt: Date; id: string } | undefined;
  limit: number;
}

export interface InboxRow {
  id: string;
  reference: string;
  serviceName: string;
  status: ApplicationStatus;
  departmentId: string;
  claimedBy: string | null;
  submittedAt: Date;
}

export function createInboxRepository({ trx }: { trx: Trx }) {
  return {
    async list(filter: InboxFilter): Promise<InboxRow[]> {
      if (filter.departmentIds.length === 0) return [];
      let query = trx
        .selectFrom('portal_applications')
        .select([
          'id',
          'reference',
          'service_name as serviceName',
          'status',
          'department_id as departmentId',
          'claimed_by as claimedBy',
          'submitted_at as submittedAt',
        ])
        .where('department_id', 'in', filter.departmentIds);
      // Literal, not parameters: the planner must see that the partial index's predicate holds.
      if (filter.status === 'open')
        query = query.where(sql<boolean>`status in ('submitted', 'in_progress', 'query')`);
      else if (filter.status !== 'all') query = query.where('status', '=', filter.status);
      if (filter.assignment === 'mine') query = query.where('claimed_by', '=', filter.staffId);
      if (filter.assignment === 'unassigned') query = query.where('claimed_by', 'is', null);
      if (filter.serviceId) query = query.where('service_id', '=', filter.serviceId);
      if (filter.after) {
        const { submittedAt, id } = filter.after;
        query = query.where(sql<boolean>`(submitted_at, id) < (${submittedAt}, ${id}::uuid)`);
      }
      return query.orderBy('submitted_at', 'desc').orderBy('id', 'desc').limit(filter.limit).execute();
    },

    async find(applicationId: string, lock = false) {
      let query = trx.selectFrom('portal_applications').selectAll().where('id', '=', applicationId);
      if (lock) query = query.forUpdate();
      return query.executeTakeFirst();
    },

    /**
     * Takes the application for `staffId` when nobody holds it (or they already do). One UPDATE with the
     * condition in its WHERE: of two clerks clicking at once, exactly one gets it.
     */
    async claim(applicationId: string, staffId: string, at: Date): Promise<boolean> {
      const result = await trx
        .updateTable('portal_applications')
        .set({ claimed_by: staffId, claimed_at: at, updated_at: at })
        .where('id', '=', applicationId)
        .where((eb) => eb.or([eb('claimed_by', 'is', null), eb('claimed_by', '=', staffId)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    async assign(applicationId: string, staffId: string | null, at: Date) {
      await trx
        .updateTable('portal_applications')
        .set({ claimed_by: staffId, claimed_at: staffId ? at : null, updated_at: at })
        .where('id', '=', applicationId)
        .execute();
    },

    async setStatus(applicationId: string, status: ApplicationStatus, at: Date) {
      await trx
        .updateTable('portal_applications')
        .set({ status, updated_at: at })
        .where('id', '=', applicationId)
        .execute();
    },

    /** The citizen answered: applications of the case waiting for that answer go back in progress. */
    async answeredByCase(caseId: string, at: Date): Promise<string[]> {
      const rows = await trx
        .updateTable('portal_applications')
        .set({ status: 'in_progress', updated_at: at })
        .where('case_id', '=', caseId)
        .where('status', '=', 'query')
        .returning('id')
        .execute();
      return rows.map((row) => row.id);
    },

    async addNote(applicationId: string, staffId: string, body: string, at: Date) {
      await trx
        .insertInto('portal_application_notes')
        .values({
          tenant_id: sql<string>`app_tenant_id()`,
          application_id: applicationId,
          staff_id: staffId,
          body,
          created_at: at,
        })
        .execute();
    },

    async listNotes(applicationId: string) {
      return trx
        .selectFrom('portal_application_notes')
        .select(['id', 'staff_id as staffId', 'body', 'created_at as createdAt'])
        .where('application_id', '=', applicationId)
        .orderBy('created_at')
        .execute();
    },
  };
}
