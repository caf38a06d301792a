// SQL of cases (Vorgänge), and the one check every change inside a case goes through:
// loadCaseForChange (used by documents, resubmissions and co-signing as well).
import { sql } from 'kysely';
import type { TenantTransaction } from '../../platform/db/tenant-scope.ts';
import { recordsErrors } from './records.errors.ts';
import { mayChange, maySee, type Confidentiality, type RecordsViewer } from './records.policies.ts';
import type { RecordsDb, RecordStatus } from './records.tables.ts';

const scopeTenant = sql<string>`app_tenant_id()`;

/** What a change inside a case needs to know about the case and its file. */
export interface CaseFacts {
  id: string;
  fileId: string;
  number: number;
  title: string;
  status: RecordStatus;
  departmentId: string;
  responsibleStaffId: string | null;
  rowVersion: number;
  createdAt: Date;
}

export interface FileFacts {
  id: string;
  reference: string;
  title: string;
  status: RecordStatus;
  departmentId: string;
  confidentiality: Confidentiality;
  responsibleStaffId: string | null;
  planNodeId: string;
  rowVersion: number;
}

export interface LoadedCase {
  case: CaseFacts;
  file: FileFacts;
  /** The viewer may change this file's records (department, role, confidentiality). */
  mayChange: boolean;
  /** mayChange, and both case and file are open: new documents, resubmissions etc. are accepted. */
  writable: boolean;
}

type Trx = TenantTransaction<RecordsDb>;

async function selectCase(trx: Trx, caseId: string, lock: 'none' | 'share' | 'update') {
  let query = trx
    .selectFrom('records_cases as c')
    .innerJoin('records_files as f', 'f.id', 'c.file_id')
    .select([
      'c.id as caseId',
      'c.file_id as fileId',
      'c.number as caseNumber',
      'c.title as caseTitle',
      'c.status as caseStatus',
      'c.department_id as caseDepartmentId',
      'c.responsible_staff_id as caseResponsibleStaffId',
      'c.row_version as caseRowVersion',
      'c.created_at as caseCreatedAt',
      'f.reference as fileReference',
      'f.title as fileTitle',
      'f.status as fileStatus',
      'f.department_id as fileDepartmentId',
      'f.confidentiality as fileConfidentiality',
      'f.responsible_staff_id as fileResponsibleStaffId',
      'f.plan_node_id as filePlanNodeId',
      'f.row_version as fileRowVersion',
    ])
    .where('c.id', '=', caseId);
  // Locks both rows: a file cannot be closed, nor the case moved or closed, while a change inside runs.
  // 'update' takes the case alone exclusively; its file stays shared, so other cases carry on.
  if (lock === 'share') query = query.modifyEnd(sql`for share of c, f`);
  if (lock === 'update') query = query.modifyEnd(sql`for update of c for share of f`);
  const row = await query.executeTakeFirst();
  if (!row) return undefined;
  const caseFacts: CaseFacts = {
    id: row.caseId,
    fileId: row.fileId,
    number: row.caseNumber,
    title: row.caseTitle,
    status: row.caseStatus,
    departmentId: row.caseDepartmentId,
    responsibleStaffId: row.caseResponsibleStaffId,
    rowVersion: row.caseRowVersion,
    createdAt: row.caseCreatedAt,
  };
  const file: FileFacts = {
    id: row.fileId,
    reference: row.fileReference,
    title: row.fileTitle,
    status: row.fileStatus,
    departmentId: row.fileDepartmentId,
    confidentiality: row.fileConfidentiality,
    responsibleStaffId: row.fileResponsibleStaffId,
    planNodeId: row.filePlanNodeId,
    rowVersion: row.fileRowVersion,
  };
  return { case: caseFacts, file };
}

function accessFacts(file: FileFacts) {
  return {
    departmentId: file.departmentId,
    confidentiality: file.confidentiality,
    responsibleStaffId: file.responsibleStaffId,
  };
}

/**
 * A case for reading: throws records.not_found when it does not exist or the viewer may not see it
 * (the same answer, so nothing leaks). Tells whether the viewer could add to it right now.
 */
export async function loadCaseForRead<DB extends RecordsDb>(
  trx: TenantTransaction<DB>,
  viewer: RecordsViewer,
  caseId: string,
): Promise<LoadedCase> {
  const loaded = await selectCase(trx as unknown as Trx, caseId, 'none');
  if (!loaded || !maySee(viewer, accessFacts(loaded.file))) throw recordsErrors.not_found();
  const changeable = mayChange(viewer, accessFacts(loaded.file));
  return {
    ...loaded,
    mayChange: changeable,
    writable: changeable && loaded.file.status === 'open' && loaded.case.status === 'open',
  };
}

/**
 * A case about to receive something (a document, a version, a resubmission, a co-signing step), locked
 * until the caller's transaction ends. Throws, in this order: records.not_found (unknown or invisible),
 * records.not_allowed (visible, but the viewer may not change it), records.file_closed, records.case_closed.
 * `lock: 'update'` for changes to the case row itself (close, move); the default share lock lets several
 * documents be added to one case at once while keeping the file from being closed underneath them.
 */
export async function loadCaseForChange<DB extends RecordsDb>(
  trx: TenantTransaction<DB>,
  viewer: RecordsViewer,
  caseId: string,
  { lock = 'share', allowClosedCase = false }: { lock?: 'share' | 'update'; allowClosedCase?: boolean } = {},
): Promise<LoadedCase> {
  const loaded = await selectCase(trx as unknown as Trx, caseId, lock);
  if (!loaded || !maySee(viewer, accessFacts(loaded.file))) throw recordsErrors.not_found();
  if (!mayChange(viewer, accessFacts(loaded.file))) throw recordsErrors.not_allowed();
  if (loaded.file.status === 'closed') throw recordsErrors.file_closed();
  if (loaded.case.status === 'closed' && !allowClosedCase) throw recordsErrors.case_closed();
  return { ...loaded, mayChange: true, writable: loaded.case.status === 'open' };
}

export function createCasesRepository({ trx }: { trx: Trx }) {
  return {
    /** The next case number of a file; the counter row stays locked until the transaction ends. */
    async nextCaseNumber(fileId: string): Promise<number> {
      const row = await trx
        .insertInto('records_case_counters')
        .values({ tenant_id: scopeTenant, file_id: fileId, last_number: 1 })
        .onConflict((conflict) =>
          conflict
            .columns(['tenant_id', 'file_id'])
            .doUpdateSet({ last_number: sql<number>`records_case_counters.last_number + 1` }),
        )
        .returning('last_number')
        .executeTakeFirstOrThrow();
      return row.last_number;
    },

    async insertCase(values: {
      fileId: string;
      number: number;
      title: string;
      departmentId: string;
      responsibleStaffId: string | null;
      createdBy: string | null;
      createdAt: Date;
    }): Promise<string> {
      const row = await trx
        .insertInto('records_cases')
        .values({
          tenant_id: scopeTenant,
          file_id: values.fileId,
          number: values.number,
          title: values.title,
          department_id: values.departmentId,
          responsible_staff_id: values.responsibleStaffId,
          created_by: values.createdBy,
          created_at: values.createdAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async setStatus(caseId: string, status: RecordStatus, at: Date) {
      await trx
        .updateTable('records_cases')
        .set({
          status,
          closed_at: status === 'closed' ? at : null,
          row_version: sql<number>`row_version + 1`,
        })
        .where('id', '=', caseId)
        .execute();
    },

    /** Moves a case; department and person in charge follow the target file (they are denormalised). */
    async moveCase(
      caseId: string,
      target: { fileId: string; departmentId: string; responsibleStaffId: string | null },
    ) {
      await trx
        .updateTable('records_cases')
        .set({
          file_id: target.fileId,
          department_id: target.departmentId,
          responsible_staff_id: target.responsibleStaffId,
          row_version: sql<number>`row_version + 1`,
        })
        .where('id', '=', caseId)
        .execute();
    },

    /** Keeps the cases' denormalised department in step when their file changes department. */
    async setDepartmentOfFileCases(fileId: string, departmentId: string) {
      await trx
        .updateTable('records_cases')
        .set({ department_id: departmentId })
        .where('file_id', '=', fileId)
        .where('department_id', '<>', departmentId)
        .execute();
    },

    async countOpenCases(fileId: string): Promise<number> {
      const row = await trx
        .selectFrom('records_cases')
        .select((eb) => eb.fn.countAll<string | number>().as('count'))
        .where('file_id', '=', fileId)
        .where('status', '=', 'open')
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },
  };
}

export type CasesRepository = ReturnType<typeof createCasesRepository>;
