// SQL of the co-signing inbox: current steps addressed to someone (or their departments), and the
// routings someone started. Both filter by the visibility rule in SQL (records.policies visibleWhere).
import { sql } from 'kysely';
import type { TimeIdKey } from '../../platform/db/keyset.ts';
import { visibleWhere, type RecordsViewer } from './records.policies.ts';
import type { WorkflowTransaction } from './records.workflow.repository.ts';

const fileColumns = {
  departmentId: 'f.department_id',
  confidentiality: 'f.confidentiality',
  responsibleStaffId: 'f.responsible_staff_id',
};
const uuids = (ids: string[]) => sql<string>`any(${sql`cast(${ids} as uuid[])`})`;

export function createRoutingInboxRepository({ trx }: { trx: WorkflowTransaction }) {
  return {
    /**
     * Current steps addressed to these people or departments, on documents the viewer may see; the
     * longest waiting first.
     */
    async waitingFor({
      staffIds,
      departmentIds,
      viewer,
      after,
      limit,
    }: {
      staffIds: string[];
      departmentIds: string[];
      viewer: RecordsViewer;
      after?: TimeIdKey | undefined;
      limit: number;
    }) {
      let query = trx
        .selectFrom('records_routing_steps as s')
        .innerJoin('records_routings as r', (join) =>
          join.onRef('r.tenant_id', '=', 's.tenant_id').onRef('r.id', '=', 's.routing_id'),
        )
        .innerJoin('records_documents as doc', (join) =>
          join.onRef('doc.tenant_id', '=', 'r.tenant_id').onRef('doc.id', '=', 'r.document_id'),
        )
        .innerJoin('records_cases as c', (join) =>
          join.onRef('c.tenant_id', '=', 'doc.tenant_id').onRef('c.id', '=', 'doc.case_id'),
        )
        .innerJoin('records_files as f', (join) =>
          join.onRef('f.tenant_id', '=', 'c.tenant_id').onRef('f.id', '=', 'c.file_id'),
        )
        .innerJoin('identity_staff as i', (join) =>
          join.onRef('i.tenant_id', '=', 'r.tenant_id').onRef('i.id', '=', 'r.initiated_by'),
        )
        .select([
          'r.id as routingId',
          'r.version',
          'doc.current_version as currentVersion',
          'doc.id as documentId',
          'doc.title as documentTitle',
          'c.id as caseId',
          'c.title as caseTitle',
          'c.number as caseNumber',
          'f.reference as fileReference',
          'i.display_name as initiatorName',
          's.position',
          's.kind',
          's.staff_id as staffId',
          's.department_id as departmentId',
          's.activated_at as activatedAt',
        ])
        .where('s.status', '=', 'current')
        .where('r.status', '=', 'running')
        .where((eb) =>
          eb.or([eb('s.staff_id', '=', uuids(staffIds)), eb('s.department_id', '=', uuids(departmentIds))]),
        )
        .where(visibleWhere(viewer, fileColumns));
      if (after)
        query = query.where(
          sql<boolean>`(s.activated_at, s.routing_id) > (${after.at}::timestamptz, ${after.id}::uuid)`,
        );
      return query.orderBy('s.activated_at').orderBy('s.routing_id').limit(limit).execute();
    },

    /** Routings these people started: running ones, and ended ones since `since`; newest first. */
    async startedBy({
      staffIds,
      viewer,
      since,
      limit,
    }: {
      staffIds: string[];
      viewer: RecordsViewer;
      since: Date;
      limit: number;
    }) {
      return trx
        .selectFrom('records_routings as r')
        .innerJoin('records_documents as doc', (join) =>
          join.onRef('doc.tenant_id', '=', 'r.tenant_id').onRef('doc.id', '=', 'r.document_id'),
        )
        .innerJoin('records_cases as c', (join) =>
          join.onRef('c.tenant_id', '=', 'doc.tenant_id').onRef('c.id', '=', 'doc.case_id'),
        )
        .innerJoin('records_files as f', (join) =>
          join.onRef('f.tenant_id', '=', 'c.tenant_id').onRef('f.id', '=', 'c.file_id'),
        )
        .select([
          'r.id',
          'r.version',
          'r.status',
          'r.initiated_by as initiatedBy',
          'r.initiated_on_behalf_of as initiatedOnBehalfOf',
          'r.created_at as createdAt',
          'r.ended_at as endedAt',
          'doc.id as documentId',
          'doc.title as documentTitle',
        ])
        .where((eb) =>
          eb.or([
            eb('r.initiated_by', '=', uuids(staffIds)),
            eb('r.initiated_on_behalf_of', '=', uuids(staffIds)),
          ]),
        )
        .where((eb) => eb.or([eb('r.status', '=', 'running'), eb('r.ended_at', '>=', since)]))
        .where(visibleWhere(viewer, fileColumns))
        .orderBy('r.created_at', 'desc')
        .orderBy('r.id', 'desc')
        .limit(limit)
        .execute();
    },
  };
}
