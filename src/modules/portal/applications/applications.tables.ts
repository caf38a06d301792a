// Tables of the applications part (migration 0020-portal-applications.sql).
import type { ColumnType, Generated } from 'kysely';

/** Typed answers as the forms engine returns them; stored as jsonb. */
export type Answers = Record<string, unknown>;
type Json = ColumnType<Answers, string, string>;

export type ApplicationStatus = 'submitted' | 'in_progress' | 'query' | 'decided' | 'closed';
export type FileTextStatus = 'none' | 'extracted' | 'ocr_pending';

export interface ApplicationsTables {
  portal_application_drafts: {
    tenant_id: string;
    id: Generated<string>;
    citizen_id: string;
    service_id: string;
    form_key: string;
    form_version: number;
    answers: Json;
    created_at: Date;
    updated_at: Date;
  };
  portal_application_files: {
    tenant_id: string;
    id: Generated<string>;
    draft_id: string;
    field: string;
    sha256: string;
    file_name: string;
    media_type: string;
    byte_size: ColumnType<string | number, number, number>;
    page_count: number | null;
    text_status: FileTextStatus;
    text_body: string | null;
    created_at: Date;
  };
  portal_applications: {
    tenant_id: string;
    id: Generated<string>;
    reference: string;
    draft_id: string;
    citizen_id: string;
    service_id: string;
    service_name: string;
    form_key: string;
    form_version: number;
    answers: Json;
    status: Generated<ApplicationStatus>;
    department_id: string;
    case_id: string;
    file_reference: string;
    fee_cents: Generated<number>;
    claimed_by: string | null;
    claimed_at: Date | null;
    submitted_at: Date;
    updated_at: Date;
  };
  portal_application_notes: {
    tenant_id: string;
    id: Generated<string>;
    application_id: string;
    staff_id: string;
    body: string;
    created_at: Date;
  };
  portal_saved_inbox_filters: {
    tenant_id: string;
    id: Generated<string>;
    staff_id: string;
    name: string;
    query: string;
    created_at: Date;
  };
}
