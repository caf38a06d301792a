// The E-Akte's tables as Kysely sees them (migration 0012-records.sql). Only the records module reads them;
// every helper of the module imports its types from here.
//
// `date` columns: pg returns a Date at local midnight, PGlite one at UTC midnight. Read them as text
// (`to_char(col, 'YYYY-MM-DD')`, see records.sql.ts) rather than trusting either Date; write them as
// 'YYYY-MM-DD' strings.
import type { ColumnType, Generated } from 'kysely';
import type { Confidentiality } from './records.policies.ts';

export type Disposal = 'destroy' | 'archive' | 'review';
export type RecordStatus = 'open' | 'closed';
export type DocumentDirection = 'incoming' | 'outgoing' | 'internal';
export type DocumentTextStatus =
  'pending' | 'none' | 'extracted' | 'ocr_pending' | 'ocr_running' | 'ocr_done' | 'ocr_failed';
export type DocumentTextSource = 'text_layer' | 'ocr' | 'plain';

/** A timestamp the database fills in (default now()) that may be given explicitly, e.g. by imports. */
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type DateOnly = ColumnType<Date | null, string | null | undefined, string | null>;

export interface RecordsTables {
  records_plan_nodes: {
    tenant_id: string;
    id: Generated<string>;
    parent_id: string | null;
    code: string;
    title: string;
    description: string | null;
    retention_years: number | null;
    disposal: Disposal | null;
    confidentiality: Confidentiality | null;
    active: Generated<boolean>;
    created_at: CreatedAt;
  };
  records_reference_counters: {
    tenant_id: string;
    plan_node_id: string;
    year: number;
    last_number: number;
  };
  records_files: {
    tenant_id: string;
    id: Generated<string>;
    plan_node_id: string;
    reference: string;
    title: string;
    department_id: string;
    responsible_staff_id: string | null;
    confidentiality: Generated<Confidentiality>;
    status: Generated<RecordStatus>;
    retention_years: number;
    disposal: Disposal;
    created_at: CreatedAt;
    created_by: string | null;
    closed_at: Date | null;
    retention_until: DateOnly;
    row_version: Generated<number>;
  };
  /** The municipality's files for title/reference search with the trigram indexes (see 0012). Read only. */
  records_files_search_view: {
    tenant_id: ColumnType<string, never, never>;
    id: ColumnType<string, never, never>;
    plan_node_id: ColumnType<string, never, never>;
    reference: ColumnType<string, never, never>;
    title: ColumnType<string, never, never>;
    department_id: ColumnType<string, never, never>;
    responsible_staff_id: ColumnType<string | null, never, never>;
    confidentiality: ColumnType<Confidentiality, never, never>;
    status: ColumnType<RecordStatus, never, never>;
    created_at: ColumnType<Date, never, never>;
  };
  records_file_links: {
    tenant_id: string;
    file_id: string;
    other_file_id: string;
    created_at: CreatedAt;
    created_by: string | null;
  };
  records_cases: {
    tenant_id: string;
    id: Generated<string>;
    file_id: string;
    number: number;
    title: string;
    status: Generated<RecordStatus>;
    department_id: string;
    responsible_staff_id: string | null;
    created_at: CreatedAt;
    created_by: string | null;
    closed_at: Date | null;
    row_version: Generated<number>;
  };
  records_case_counters: {
    tenant_id: string;
    file_id: string;
    last_number: number;
  };
  records_documents: {
    tenant_id: string;
    id: Generated<string>;
    case_id: string;
    title: string;
    document_type: string;
    direction: Generated<DocumentDirection>;
    received_on: DateOnly;
    sent_on: DateOnly;
    sender: string | null;
    tags: Generated<string[]>;
    current_version: Generated<number>;
    created_at: CreatedAt;
    created_by: string | null;
    row_version: Generated<number>;
  };
  records_document_versions: {
    tenant_id: string;
    document_id: string;
    version: number;
    content_sha256: string;
    // bigint: a string from pg (see platform/db/database.ts); read it through Number().
    byte_size: ColumnType<string | number, string | number, never>;
    media_type: string;
    file_name: string;
    created_at: CreatedAt;
    created_by: string | null;
    text_status: Generated<DocumentTextStatus>;
    text_error: string | null;
    rendition_sha256: string | null;
    page_count: number | null;
    frozen_at: Date | null;
  };
  records_document_texts: {
    tenant_id: string;
    document_id: string;
    version: number;
    source: DocumentTextSource;
    body: string;
    // Re-extraction (e.g. OCR after the text layer) replaces the row's text and time.
    extracted_at: ColumnType<Date, Date | string | undefined, Date | string>;
  };
}

/**
 * The identity module's departments and people, as far as the E-Akte shows them (number and name of the
 * responsible department, name of the person in charge). Read-only; the foreign keys in 0012 point there.
 */
export interface RecordsOrgTables {
  identity_departments: {
    tenant_id: string;
    id: string;
    number: string;
    name: string;
    parent_id: string | null;
  };
  identity_staff: { tenant_id: string; id: string; email: string; display_name: string; active: boolean };
  identity_staff_roles: { tenant_id: string; staff_id: string; department_id: string; role: string };
}

export type RecordsDb = RecordsTables & RecordsOrgTables;
