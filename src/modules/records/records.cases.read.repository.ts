// SQL that reads cases for lists and pages: the paged, visibility-filtered case list (keyset indexes of
// 0012) and what a case page shows besides the case itself.
import { sql } from 'kysely';
import type { TimeIdKey } from '../../platform/db/keyset.ts';
import type { TenantTransaction } from '../../platform/db/tenant-scope.ts';
import { visibleWhere, type RecordsViewer } from './records.policies.ts';
import type { RecordsDb, RecordStatus } from './records.tables.ts';

export interface CaseListFilter {
  fileId?: string | undefined;
  departmentId?: string | undefined;
  status?: RecordStatus | undefined;
  /** Open cases this person is in charge of ("my cases"). */
  responsibleStaffId?: string | undefined;
}

export function createCaseReadRepository({ trx }: { trx: TenantTransaction<RecordsDb> }) {
  return {
    /**
     * Newest first, only what the viewer may see (in SQL), `limit` rows after the `after` key. With a file,
     * department or person filter the matching keyset index (0012) is walked in order and stops at `limit`.
     */
    async listCases(
      viewer: RecordsViewer,
      filter: CaseListFilter,
      after: TimeIdKey | undefined,
      limit: number,
    ) {
      let query = trx
        .selectFrom('records_cases as c')
        .innerJoin('records_files as f', 'f.id', 'c.file_id')
        .innerJoin('identity_departments as d', 'd.id', 'c.department_id')
        .select([
          'c.id',
          'c.number',
          'c.title',
          'c.status',
          'c.created_at as createdAt',
          'c.file_id as fileId',
          'f.reference as fileReference',
          'f.title as fileTitle',
          'd.number as departmentNumber',
          'd.name as departmentName',
        ])
        .where(
          visibleWhere(viewer, {
            departmentId: 'f.department_id',
            confidentiality: 'f.confidentiality',
            responsibleStaffId: 'f.responsible_staff_id',
          }),
        );
      if (filter.fileId) query = query.where('c.file_id', '=', filter.fileId);
      if (filter.departmentId) query = query.where('c.department_id', '=', filter.departmentId);
      if (filter.responsibleStaffId)
        query = query
          .where('c.responsible_staff_id', '=', filter.responsibleStaffId)
          .where('c.status', '=', 'open');
      else if (filter.status) query = query.where('c.status', '=', filter.status);
      if (after) query = query.where(sql<boolean>`(c.created_at, c.id) < (${after.at}, ${after.id})`);
      return query.orderBy('c.created_at', 'desc').orderBy('c.id', 'desc').limit(limit).execute();
    },

    /** The documents of a case, oldest first (the order of the paper file), without any content. */
    async listDocuments(caseId: string, limit: number) {
      return trx
        .selectFrom('records_documents')
        .select([
          'id',
          'title',
          'document_type as documentType',
          'direction',
          'current_version as currentVersion',
          'created_at as createdAt',
        ])
        .where('case_id', '=', caseId)
        .orderBy('created_at')
        .orderBy('id')
        .limit(limit)
        .execute();
    },

    async findCaseDetails(caseId: string) {
      return trx
        .selectFrom('records_cases as c')
        .innerJoin('identity_departments as d', 'd.id', 'c.department_id')
        .leftJoin('identity_staff as s', 's.id', 'c.responsible_staff_id')
        .leftJoin('identity_staff as creator', 'creator.id', 'c.created_by')
        .select([
          'd.number as departmentNumber',
          'd.name as departmentName',
          's.display_name as responsibleName',
          'creator.display_name as createdByName',
          'c.closed_at as closedAt',
        ])
        .where('c.id', '=', caseId)
        .executeTakeFirst();
    },
  };
}
