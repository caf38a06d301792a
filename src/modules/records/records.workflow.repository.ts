// Lookups the workflow parts share: a case or document with the facts the visibility rule needs (taken
// from its file), and people and departments by name. Read-only; inside a tenant scope.
import type { TenantTransaction } from '../../platform/db/tenant-scope.ts';
import type { StaffRole } from '../access/index.ts';
import { isUuid } from './records.core.fields.ts';
import type { RecordAccessFacts } from './records.policies.ts';
import type { WorkflowTables } from './records.workflow.tables.ts';

export type WorkflowTransaction = TenantTransaction<WorkflowTables>;

export interface CaseFacts {
  id: string;
  title: string;
  number: number;
  status: 'open' | 'closed';
  fileReference: string;
  fileStatus: 'open' | 'closed';
  /** The file's values: cases and documents inherit their file's visibility. */
  facts: RecordAccessFacts;
}

export interface DocumentFacts {
  id: string;
  title: string;
  currentVersion: number;
  /** When the current version was signed off (then it cannot be routed again). */
  currentFrozenAt: Date | null;
  case: CaseFacts;
}

export function createWorkflowLookups({ trx }: { trx: WorkflowTransaction }) {
  const caseColumns = [
    'c.id as caseId',
    'c.title as caseTitle',
    'c.number as caseNumber',
    'c.status as caseStatus',
    'f.reference as fileReference',
    'f.status as fileStatus',
    'f.department_id as departmentId',
    'f.confidentiality as confidentiality',
    'f.responsible_staff_id as responsibleStaffId',
  ] as const;
  const toCase = (row: {
    caseId: string;
    caseTitle: string;
    caseNumber: number;
    caseStatus: 'open' | 'closed';
    fileReference: string;
    fileStatus: 'open' | 'closed';
    departmentId: string;
    confidentiality: RecordAccessFacts['confidentiality'];
    responsibleStaffId: string | null;
  }): CaseFacts => ({
    id: row.caseId,
    title: row.caseTitle,
    number: row.caseNumber,
    status: row.caseStatus,
    fileReference: row.fileReference,
    fileStatus: row.fileStatus,
    facts: {
      departmentId: row.departmentId,
      confidentiality: row.confidentiality,
      responsibleStaffId: row.responsibleStaffId,
    },
  });

  return {
    async caseFacts(caseId: string): Promise<CaseFacts | undefined> {
      const row = await trx
        .selectFrom('records_cases as c')
        .innerJoin('records_files as f', (join) =>
          join.onRef('f.tenant_id', '=', 'c.tenant_id').onRef('f.id', '=', 'c.file_id'),
        )
        .select(caseColumns)
        .where('c.id', '=', caseId)
        .executeTakeFirst();
      return row && toCase(row);
    },

    /** With `lock`, the document row stays locked until the transaction ends (no new version meanwhile). */
    async documentFacts(documentId: string, { lock = false } = {}): Promise<DocumentFacts | undefined> {
      let query = trx
        .selectFrom('records_documents as d')
        .innerJoin('records_cases as c', (join) =>
          join.onRef('c.tenant_id', '=', 'd.tenant_id').onRef('c.id', '=', 'd.case_id'),
        )
        .innerJoin('records_files as f', (join) =>
          join.onRef('f.tenant_id', '=', 'c.tenant_id').onRef('f.id', '=', 'c.file_id'),
        )
        .innerJoin('records_document_versions as v', (join) =>
          join
            .onRef('v.tenant_id', '=', 'd.tenant_id')
            .onRef('v.document_id', '=', 'd.id')
            .onRef('v.version', '=', 'd.current_version'),
        )
        .select(caseColumns)
        .select(['d.id', 'd.title', 'd.current_version as currentVersion', 'v.frozen_at as currentFrozenAt'])
        .where('d.id', '=', documentId);
      if (lock) query = query.forUpdate('d');
      const row = await query.executeTakeFirst();
      return (
        row && {
          id: row.id,
          title: row.title,
          currentVersion: row.currentVersion,
          currentFrozenAt: row.currentFrozenAt,
          case: toCase(row),
        }
      );
    },

    async activeStaff() {
      return trx
        .selectFrom('identity_staff')
        .select(['id', 'display_name as displayName'])
        .where('active', '=', true)
        .orderBy('display_name')
        .orderBy('id')
        .execute();
    },

    async departments() {
      return trx
        .selectFrom('identity_departments')
        .select(['id', 'number', 'name'])
        .orderBy('number')
        .execute();
    },

    /** The roles of active people, by person: to ask what someone else could see. */
    async rolesOf(staffIds: string[]): Promise<Map<string, { role: StaffRole; departmentId: string }[]>> {
      const ids = staffIds.filter(isUuid);
      const byPerson = new Map<string, { role: StaffRole; departmentId: string }[]>();
      if (ids.length === 0) return byPerson;
      const rows = await trx
        .selectFrom('identity_staff_roles as r')
        .innerJoin('identity_staff as s', (join) =>
          join.onRef('s.tenant_id', '=', 'r.tenant_id').onRef('s.id', '=', 'r.staff_id'),
        )
        .select(['r.staff_id as staffId', 'r.role', 'r.department_id as departmentId'])
        .where('r.staff_id', 'in', ids)
        .where('s.active', '=', true)
        .execute();
      for (const id of ids) {
        const roles = rows.filter((row) => row.staffId === id);
        // The column holds only StaffRole values (0004's check constraint).
        if (roles.length > 0)
          byPerson.set(
            id,
            roles.map(({ role, departmentId }) => ({ role: role as StaffRole, departmentId })),
          );
      }
      return byPerson;
    },

    /** Active clerks and heads of these departments (who may act on a step addressed to one of them). */
    async departmentMembers(departmentIds: string[]) {
      const ids = departmentIds.filter(isUuid);
      if (ids.length === 0) return [];
      return trx
        .selectFrom('identity_staff_roles as r')
        .innerJoin('identity_staff as s', (join) =>
          join.onRef('s.tenant_id', '=', 'r.tenant_id').onRef('s.id', '=', 'r.staff_id'),
        )
        .select(['s.id', 's.display_name as displayName', 'r.department_id as departmentId'])
        .where('r.department_id', 'in', ids)
        .where('r.role', 'in', ['clerk', 'head_of_department'])
        .where('s.active', '=', true)
        .orderBy('s.display_name')
        .execute();
    },
  };
}
