// All SQL of the applications part, inside a tenant transaction.
import { sql } from 'kysely';
import type { TenantTransaction } from '../../../platform/db/tenant-scope.ts';
import type {
  Answers,
  ApplicationStatus,
  ApplicationsTables,
  FileTextStatus,
} from './applications.tables.ts';

type Trx = TenantTransaction<ApplicationsTables>;
const scopeTenant = sql<string>`app_tenant_id()`;

export interface DraftFile {
  id: string;
  field: string;
  sha256: string;
  fileName: string;
  mediaType: string;
  byteSize: number;
  pageCount: number | null;
  textStatus: FileTextStatus;
  textBody: string | null;
}

export interface ApplicationSummary {
  id: string;
  reference: string;
  serviceName: string;
  status: ApplicationStatus;
  submittedAt: Date;
  updatedAt: Date;
}

export function createApplicationsRepository({ trx }: { trx: Trx }) {
  return {
    async findDraft(citizenId: string, serviceId: string, lock = false) {
      let query = trx
        .selectFrom('portal_application_drafts')
        .select([
          'id',
          'form_key as formKey',
          'form_version as formVersion',
          'answers',
          'updated_at as updatedAt',
        ])
        .where('citizen_id', '=', citizenId)
        .where('service_id', '=', serviceId);
      if (lock) query = query.forUpdate();
      return query.executeTakeFirst();
    },

    /** Creates the draft or replaces its answers (the whole set: the engine merges steps beforehand). */
    async saveDraft(values: {
      citizenId: string;
      serviceId: string;
      formKey: string;
      formVersion: number;
      answers: Answers;
      at: Date;
    }): Promise<string> {
      const row = await trx
        .insertInto('portal_application_drafts')
        .values({
          tenant_id: scopeTenant,
          citizen_id: values.citizenId,
          service_id: values.serviceId,
          form_key: values.formKey,
          form_version: values.formVersion,
          answers: JSON.stringify(values.answers),
          created_at: values.at,
          updated_at: values.at,
        })
        .onConflict((conflict) =>
          conflict.columns(['tenant_id', 'citizen_id', 'service_id']).doUpdateSet({
            form_key: values.formKey,
            form_version: values.formVersion,
            answers: JSON.stringify(values.answers),
            updated_at: values.at,
          }),
        )
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async deleteDraft(draftId: string) {
      await trx.deleteFrom('portal_application_drafts').where('id', '=', draftId).execute();
    },

    async addFile(draftId: string, file: DraftFile, at: Date): Promise<string> {
      const row = await trx
        .insertInto('portal_application_files')
        .values({
          id: file.id,
          tenant_id: scopeTenant,
          draft_id: draftId,
          field: file.field,
          sha256: file.sha256,
          file_name: file.fileName,
          media_type: file.mediaType,
          byte_size: file.byteSize,
          page_count: file.pageCount,
          text_status: file.textStatus,
          text_body: file.textBody,
          created_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async removeFile(draftId: string, fileId: string): Promise<boolean> {
      const result = await trx
        .deleteFrom('portal_application_files')
        .where('draft_id', '=', draftId)
        .where('id', '=', fileId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    async listFiles(draftId: string): Promise<DraftFile[]> {
      const rows = await trx
        .selectFrom('portal_application_files')
        .select([
          'id',
          'field',
          'sha256',
          'file_name as fileName',
          'media_type as mediaType',
          'byte_size as byteSize',
          'page_count as pageCount',
          'text_status as textStatus',
          'text_body as textBody',
        ])
        .where('draft_id', '=', draftId)
        .orderBy('created_at')
        .execute();
      return rows.map((row) => ({ ...row, byteSize: Number(row.byteSize) }));
    },

    async findByDraft(draftId: string, citizenId: string) {
      return trx
        .selectFrom('portal_applications')
        .select(['id', 'reference'])
        .where('draft_id', '=', draftId)
        .where('citizen_id', '=', citizenId)
        .executeTakeFirst();
    },

    /** "A-2026-000123": drawn before the PDF is made (a discarded number leaves a gap, nothing else). */
    async nextReference(at: Date): Promise<string> {
      const { rows } = await sql<{ number: string }>`
        select lpad(nextval('portal_application_numbers')::text, 6, '0') as number`.execute(trx);
      return `A-${at.getUTCFullYear()}-${rows[0]!.number}`;
    },

    async insertApplication(values: {
      reference: string;
      draftId: string;
      citizenId: string;
      serviceId: string;
      serviceName: string;
      formKey: string;
      formVersion: number;
      answers: Answers;
      departmentId: string;
      caseId: string;
      fileReference: string;
      feeCents: number;
      at: Date;
    }) {
      return trx
        .insertInto('portal_applications')
        .values({
          tenant_id: scopeTenant,
          reference: values.reference,
          draft_id: values.draftId,
          citizen_id: values.citizenId,
          service_id: values.serviceId,
          service_name: values.serviceName,
          form_key: values.formKey,
          form_version: values.formVersion,
          answers: JSON.stringify(values.answers),
          department_id: values.departmentId,
          case_id: values.caseId,
          file_reference: values.fileReference,
          fee_cents: values.feeCents,
          submitted_at: values.at,
          updated_at: values.at,
        })
        .returning(['id', 'reference'])
        .executeTakeFirstOrThrow();
    },

    async listOfCitizen(citizenId: string, limit: number): Promise<ApplicationSummary[]> {
      return trx
        .selectFrom('portal_applications')
        .select([
          'id',
          'reference',
          'service_name as serviceName',
          'status',
          'submitted_at as submittedAt',
          'updated_at as updatedAt',
        ])
        .where('citizen_id', '=', citizenId)
        .orderBy('submitted_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
    },

    async findOfCitizen(citizenId: string, applicationId: string) {
      return trx
        .selectFrom('portal_applications')
        .select([
          'id',
          'reference',
          'service_name as serviceName',
          'status',
          'answers',
          'form_key as formKey',
          'form_version as formVersion',
          'fee_cents as feeCents',
          'submitted_at as submittedAt',
          'updated_at as updatedAt',
        ])
        .where('citizen_id', '=', citizenId)
        .where('id', '=', applicationId)
        .executeTakeFirst();
    },
  };
}

export type ApplicationsRepository = ReturnType<typeof createApplicationsRepository>;
