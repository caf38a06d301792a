// SQL of the clerk's desk: the open cases someone is responsible for (or whom they stand in for), on
// files they may see, newest first, keyset-paged on (created_at, id) like the core lists.
import { sql } from 'kysely';
import type { TimeIdKey } from '../../platform/db/keyset.ts';
import { visibleWhere, type RecordsViewer } from './records.policies.ts';
import type { WorkflowTransaction } from './records.workflow.repository.ts';

export function createDeskRepository({ trx }: { trx: WorkflowTransaction }) {
  return {
    async openCasesOf({
      staffIds,
      viewer,
      after,
      limit,
    }: {
      staffIds: string[];
      viewer: RecordsViewer;
      after?: TimeIdKey | undefined;
      limit: number;
    }) {
      let query = trx
        .selectFrom('records_cases as c')
        .innerJoin('records_files as f', (join) =>
          join.onRef('f.tenant_id', '=', 'c.tenant_id').onRef('f.id', '=', 'c.file_id'),
        )
        .innerJoin('identity_staff as s', (join) =>
          join.onRef('s.tenant_id', '=', 'c.tenant_id').onRef('s.id', '=', 'c.responsible_staff_id'),
        )
        .select([
          'c.id',
          'c.title',
          'c.number',
          'c.created_at as createdAt',
          'c.responsible_staff_id as responsibleStaffId',
          's.display_name as responsibleName',
          'f.reference as fileReference',
        ])
        // Matches the partial index records_cases_responsible (open cases by responsible person).
        .where('c.status', '=', 'open')
        .where('c.responsible_staff_id', '=', sql<string>`any(${sql`cast(${staffIds} as uuid[])`})`)
        .where(
          visibleWhere(viewer, {
            departmentId: 'f.department_id',
            confidentiality: 'f.confidentiality',
            responsibleStaffId: 'f.responsible_staff_id',
          }),
        );
      if (after)
        query = query.where(
          sql<boolean>`(c.created_at, c.id) < (${after.at}::timestamptz, ${after.id}::uuid)`,
        );
      return query.orderBy('c.created_at', 'desc').orderBy('c.id', 'desc').limit(limit).execute();
    },
  };
}
