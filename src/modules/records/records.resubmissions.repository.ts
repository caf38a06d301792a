// SQL of resubmissions (Wiedervorlagen, migration 0015), inside a tenant scope. Lists filter with the
// visibility rule in SQL (records.policies visibleWhere on the file's columns), never afterwards.
import { sql } from 'kysely';
import type { RecordsViewer } from './records.policies.ts';
import { visibleWhere } from './records.policies.ts';
import type { WorkflowTransaction } from './records.workflow.repository.ts';

const scopeTenant = sql<string>`app_tenant_id()`;

/** Keyset position in "my resubmissions": by due day, then id. */
export interface DueKey {
  dueOn: string;
  id: string;
}

export function encodeDueCursor(key: DueKey): string {
  return `${key.dueOn}_${key.id}`;
}

export function decodeDueCursor(cursor: string | undefined): DueKey | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})_([0-9a-f-]{36})$/i.exec(cursor ?? '');
  return match ? { dueOn: match[1]!, id: match[2]! } : undefined;
}

export function createResubmissionsRepository({ trx }: { trx: WorkflowTransaction }) {
  return {
    async insert(row: {
      caseId: string;
      staffId: string;
      dueOn: string;
      note: string | null;
      createdBy: string;
      createdAt: Date;
    }) {
      const inserted = await trx
        .insertInto('records_resubmissions')
        .values({
          tenant_id: scopeTenant,
          case_id: row.caseId,
          staff_id: row.staffId,
          due_on: row.dueOn,
          note: row.note,
          created_by: row.createdBy,
          created_at: row.createdAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return inserted.id;
    },

    /** One resubmission, locked until the transaction ends (marking it done twice at once is one change). */
    async findForUpdate(id: string) {
      return trx
        .selectFrom('records_resubmissions')
        .select(['id', 'case_id as caseId', 'staff_id as staffId', 'done_at as doneAt'])
        .where('id', '=', id)
        .forUpdate()
        .executeTakeFirst();
    },

    async markDone(row: { id: string; doneAt: Date; doneBy: string; onBehalfOf: string | null }) {
      await trx
        .updateTable('records_resubmissions')
        .set({ done_at: row.doneAt, done_by: row.doneBy, done_on_behalf_of: row.onBehalfOf })
        .where('id', '=', row.id)
        .where('done_at', 'is', null)
        .execute();
    },

    /**
     * Open resubmissions of these people (the actor and whom they stand in for) on cases the viewer may
     * see, by due day: what is due comes first. `dueUntil` limits to what is due by that day.
     */
    async listOpen({
      staffIds,
      viewer,
      after,
      dueUntil,
      limit,
    }: {
      staffIds: string[];
      viewer: RecordsViewer;
      after?: DueKey | undefined;
      dueUntil?: string;
      limit: number;
    }) {
      let query = trx
        .selectFrom('records_resubmissions as r')
        .innerJoin('records_cases as c', (join) =>
          join.onRef('c.tenant_id', '=', 'r.tenant_id').onRef('c.id', '=', 'r.case_id'),
        )
        .innerJoin('records_files as f', (join) =>
          join.onRef('f.tenant_id', '=', 'c.tenant_id').onRef('f.id', '=', 'c.file_id'),
        )
        .innerJoin('identity_staff as s', (join) =>
          join.onRef('s.tenant_id', '=', 'r.tenant_id').onRef('s.id', '=', 'r.staff_id'),
        )
        .innerJoin('identity_staff as author', (join) =>
          join.onRef('author.tenant_id', '=', 'r.tenant_id').onRef('author.id', '=', 'r.created_by'),
        )
        .select([
          'r.id',
          sql<string>`r.due_on::text`.as('dueOn'),
          'r.note',
          'r.staff_id as staffId',
          's.display_name as staffName',
          'author.display_name as createdByName',
          'c.id as caseId',
          'c.title as caseTitle',
          'c.number as caseNumber',
          'f.reference as fileReference',
        ])
        .where('r.done_at', 'is', null)
        .where('r.staff_id', '=', sql<string>`any(${sql`cast(${staffIds} as uuid[])`})`)
        .where(
          visibleWhere(viewer, {
            departmentId: 'f.department_id',
            confidentiality: 'f.confidentiality',
            responsibleStaffId: 'f.responsible_staff_id',
          }),
        );
      if (dueUntil) query = query.where('r.due_on', '<=', dueUntil);
      if (after)
        query = query.where(sql<boolean>`(r.due_on, r.id) > (${after.dueOn}::date, ${after.id}::uuid)`);
      return query.orderBy('r.due_on').orderBy('r.id').limit(limit).execute();
    },

    /** The open resubmissions of one case (shown where a new one is set). */
    async listOpenOfCase(caseId: string) {
      return trx
        .selectFrom('records_resubmissions as r')
        .innerJoin('identity_staff as s', (join) =>
          join.onRef('s.tenant_id', '=', 'r.tenant_id').onRef('s.id', '=', 'r.staff_id'),
        )
        .select(['r.id', sql<string>`r.due_on::text`.as('dueOn'), 's.display_name as staffName', 'r.note'])
        .where('r.case_id', '=', caseId)
        .where('r.done_at', 'is', null)
        .orderBy('r.due_on')
        .orderBy('r.id')
        .limit(50)
        .execute();
    },
  };
}
