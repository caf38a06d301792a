// SQL of files (Akten) and their links (Bezugsakten). Lists filter by visibility in SQL and page by keyset.
import { sql } from 'kysely';
import type { TimeIdKey } from '../../platform/db/keyset.ts';
import type { TenantTransaction } from '../../platform/db/tenant-scope.ts';
import { visibleWhere, type Confidentiality, type RecordsViewer } from './records.policies.ts';
import type { Disposal, RecordsDb, RecordStatus } from './records.tables.ts';

const scopeTenant = sql<string>`app_tenant_id()`;

export interface FileListFilter {
  departmentId?: string | undefined;
  planNodeId?: string | undefined;
  status?: RecordStatus | undefined;
  /** Part of the title or the reference, case-insensitive. */
  text?: string | undefined;
}

export interface NewFile {
  planNodeId: string;
  reference: string;
  title: string;
  departmentId: string;
  responsibleStaffId: string | null;
  confidentiality: Confidentiality;
  retentionYears: number;
  disposal: Disposal;
  createdBy: string | null;
  createdAt: Date;
}

export interface FileChanges {
  title: string;
  departmentId: string;
  responsibleStaffId: string | null;
  confidentiality: Confidentiality;
  retentionYears: number;
  disposal: Disposal;
}

/** `%` and `_` typed by a person are meant literally. */
export function likePattern(text: string): string {
  return `%${text.replaceAll(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

const visibleFiles = (viewer: RecordsViewer) =>
  visibleWhere(viewer, {
    departmentId: 'f.department_id',
    confidentiality: 'f.confidentiality',
    responsibleStaffId: 'f.responsible_staff_id',
  });

export function createFilesRepository({ trx }: { trx: TenantTransaction<RecordsDb> }) {
  const fileColumns = [
    'f.id',
    'f.plan_node_id as planNodeId',
    'f.reference',
    'f.title',
    'f.department_id as departmentId',
    'f.responsible_staff_id as responsibleStaffId',
    'f.confidentiality',
    'f.status',
    'f.retention_years as retentionYears',
    'f.disposal',
    'f.created_at as createdAt',
    'f.closed_at as closedAt',
    'f.row_version as rowVersion',
  ] as const;

  return {
    /** One file with what its page shows; `lock` for changes to the file row. */
    async findFile(fileId: string, lock: 'none' | 'share' | 'update' = 'none') {
      let query = trx
        .selectFrom('records_files as f')
        .select(fileColumns)
        .select(sql<string | null>`to_char(f.retention_until, 'YYYY-MM-DD')`.as('retentionUntil'))
        .where('f.id', '=', fileId);
      if (lock === 'share') query = query.forShare();
      if (lock === 'update') query = query.forUpdate();
      return query.executeTakeFirst();
    },

    async findFileIdByReference(reference: string) {
      const row = await trx
        .selectFrom('records_files')
        .select('id')
        .where('reference', '=', reference)
        .executeTakeFirst();
      return row?.id;
    },

    /** Names for the file page: plan group, department, people. */
    async describeFile(fileId: string) {
      return trx
        .selectFrom('records_files as f')
        .innerJoin('records_plan_nodes as p', 'p.id', 'f.plan_node_id')
        .innerJoin('identity_departments as d', 'd.id', 'f.department_id')
        .leftJoin('identity_staff as s', 's.id', 'f.responsible_staff_id')
        .leftJoin('identity_staff as creator', 'creator.id', 'f.created_by')
        .select([
          'p.code as planCode',
          'p.title as planTitle',
          'd.number as departmentNumber',
          'd.name as departmentName',
          's.display_name as responsibleName',
          'creator.display_name as createdByName',
        ])
        .where('f.id', '=', fileId)
        .executeTakeFirst();
    },

    async insertFile(file: NewFile): Promise<string> {
      const row = await trx
        .insertInto('records_files')
        .values({
          tenant_id: scopeTenant,
          plan_node_id: file.planNodeId,
          reference: file.reference,
          title: file.title,
          department_id: file.departmentId,
          responsible_staff_id: file.responsibleStaffId,
          confidentiality: file.confidentiality,
          retention_years: file.retentionYears,
          disposal: file.disposal,
          created_by: file.createdBy,
          created_at: file.createdAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    /** Saves only when the row still has the version the editor read; false otherwise. */
    async updateFile(fileId: string, expectedVersion: number, changes: FileChanges): Promise<boolean> {
      const result = await trx
        .updateTable('records_files')
        .set({
          title: changes.title,
          department_id: changes.departmentId,
          responsible_staff_id: changes.responsibleStaffId,
          confidentiality: changes.confidentiality,
          retention_years: changes.retentionYears,
          disposal: changes.disposal,
          row_version: sql<number>`row_version + 1`,
        })
        .where('id', '=', fileId)
        .where('row_version', '=', expectedVersion)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async closeFile(fileId: string, closedAt: Date, retentionUntil: string) {
      await trx
        .updateTable('records_files')
        .set({
          status: 'closed',
          closed_at: closedAt,
          retention_until: retentionUntil,
          row_version: sql<number>`row_version + 1`,
        })
        .where('id', '=', fileId)
        .execute();
    },

    async reopenFile(fileId: string) {
      await trx
        .updateTable('records_files')
        .set({
          status: 'open',
          closed_at: null,
          retention_until: null,
          row_version: sql<number>`row_version + 1`,
        })
        .where('id', '=', fileId)
        .execute();
    },

    /**
     * Newest first, only what the viewer may see, `limit` rows after the `after` key. A department or
     * plan filter walks its keyset index (0012); without one, records_files_recent.
     */
    async listFiles(
      viewer: RecordsViewer,
      filter: FileListFilter,
      after: TimeIdKey | undefined,
      limit: number,
    ) {
      // A text search reads through the view that lets the trigram indexes work under row-level security
      // (0012); it has the same columns, restricted to the municipality.
      const source = (
        filter.text ? 'records_files_search_view as f' : 'records_files as f'
      ) as 'records_files as f';
      let query = trx
        .selectFrom(source)
        .innerJoin('identity_departments as d', 'd.id', 'f.department_id')
        .select([
          'f.id',
          'f.reference',
          'f.title',
          'f.status',
          'f.confidentiality',
          'f.created_at as createdAt',
          'd.number as departmentNumber',
          'd.name as departmentName',
        ])
        .where(visibleFiles(viewer));
      if (filter.departmentId) query = query.where('f.department_id', '=', filter.departmentId);
      if (filter.planNodeId) query = query.where('f.plan_node_id', '=', filter.planNodeId);
      if (filter.status) query = query.where('f.status', '=', filter.status);
      if (filter.text) {
        const pattern = likePattern(filter.text);
        query = query.where((eb) =>
          eb.or([eb('f.title', 'ilike', pattern), eb('f.reference', 'ilike', pattern)]),
        );
      }
      if (after) query = query.where(sql<boolean>`(f.created_at, f.id) < (${after.at}, ${after.id})`);
      return query.orderBy('f.created_at', 'desc').orderBy('f.id', 'desc').limit(limit).execute();
    },

    async insertLink(fileId: string, otherFileId: string, createdBy: string | null): Promise<boolean> {
      const [first, second] = fileId < otherFileId ? [fileId, otherFileId] : [otherFileId, fileId];
      const result = await trx
        .insertInto('records_file_links')
        .values({ tenant_id: scopeTenant, file_id: first, other_file_id: second, created_by: createdBy })
        .onConflict((conflict) => conflict.doNothing())
        .executeTakeFirst();
      return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
    },

    async deleteLink(fileId: string, otherFileId: string): Promise<boolean> {
      const [first, second] = fileId < otherFileId ? [fileId, otherFileId] : [otherFileId, fileId];
      const result = await trx
        .deleteFrom('records_file_links')
        .where('file_id', '=', first)
        .where('other_file_id', '=', second)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },

    /** Related files the viewer may see, and how many more there are that they may not. */
    async listLinkedFiles(viewer: RecordsViewer, fileId: string) {
      const linked = trx
        .selectFrom('records_file_links')
        .select('other_file_id as id')
        .where('file_id', '=', fileId)
        .unionAll(
          trx.selectFrom('records_file_links').select('file_id as id').where('other_file_id', '=', fileId),
        );
      const rows = await trx
        .selectFrom('records_files as f')
        .select([
          'f.id',
          'f.reference',
          'f.title',
          'f.status',
          sql<boolean>`${visibleFiles(viewer)}`.as('visible'),
        ])
        .where('f.id', 'in', linked)
        .orderBy('f.reference')
        .execute();
      return {
        visible: rows.filter((row) => row.visible).map(({ visible: _visible, ...row }) => row),
        hiddenCount: rows.filter((row) => !row.visible).length,
      };
    },
  };
}

export type FilesRepository = ReturnType<typeof createFilesRepository>;
