// Tables of the Fundbüro (migration 0023-lost-and-found.sql). `date` columns are read as YYYY-MM-DD text
// (`::text` in the repository) and written as such.
import type { ColumnType, Generated } from 'kysely';

type Day = ColumnType<string, string, string>;
type TenantId = ColumnType<string, unknown, never>;

export type ItemStatus =
  | 'reported'
  | 'in_custody'
  | 'kept_by_finder'
  | 'returned'
  | 'handed_to_finder'
  | 'municipal'
  | 'auctioned'
  | 'donated'
  | 'destroyed';
export type FinderChoice = 'ownership' | 'reward' | 'waive';
export type ProofMethod = 'description' | 'serial_number' | 'receipt' | 'key_test' | 'id_document' | 'other';
export type ReportStatus = 'open' | 'resolved' | 'withdrawn';
export type MatchStatus = 'suggested' | 'confirmed' | 'dismissed';
export type ClaimStatus = 'open' | 'accepted' | 'rejected';

export interface LostFoundTables {
  lost_found_settings: {
    tenant_id: TenantId;
    department_id: string;
    plan_code: string;
    notify_email: string | null;
    contact: string;
    updated_at: Date;
  };
  lost_found_items: {
    tenant_id: TenantId;
    id: Generated<string>;
    number: string;
    status: ItemStatus;
    source: 'counter' | 'online';
    category: string;
    description: string;
    features: string;
    colour: string;
    brand: string;
    serial_number: string;
    found_on: Day;
    found_place: string;
    found_district: string;
    value_cents: ColumnType<string, number, number>;
    storage_place: string;
    finder_name: string;
    finder_contact: string;
    finder_choice: FinderChoice;
    public_find: boolean;
    photos_public: boolean;
    reported_on: ColumnType<string | null, string | null, string | null>;
    case_id: string | null;
    file_reference: string | null;
    handed_over_on: ColumnType<string | null, string | null, string | null>;
    owner_name: string | null;
    proof_method: ProofMethod | null;
    proof_details: string | null;
    fee_cents: ColumnType<string | null, number | null, number | null>;
    reward_cents: ColumnType<string | null, number | null, number | null>;
    reward_note: string | null;
    closed_on: ColumnType<string | null, string | null, string | null>;
    created_at: Date;
    updated_at: Date;
  };
  lost_found_photos: {
    tenant_id: TenantId;
    id: Generated<string>;
    item_id: string;
    document_id: string;
    sha256: string;
    media_type: string;
    file_name: string;
    position: number;
  };
  lost_found_reports: {
    tenant_id: TenantId;
    id: Generated<string>;
    number: string;
    citizen_id: string | null;
    name: string;
    email: string;
    token_hash: string;
    category: string;
    description: string;
    colour: string;
    brand: string;
    serial_number: string;
    lost_from: Day;
    lost_to: Day;
    place: string;
    district: string;
    status: ReportStatus;
    open_until: Day;
    created_at: Date;
  };
  lost_found_matches: {
    tenant_id: TenantId;
    id: Generated<string>;
    item_id: string;
    report_id: string;
    score: number;
    reasons: ColumnType<unknown, string, string>;
    token_hash: string;
    status: MatchStatus;
    created_at: Date;
    decided_at: Date | null;
    decided_by: string | null;
  };
  lost_found_claims: {
    tenant_id: TenantId;
    id: Generated<string>;
    item_id: string;
    report_id: string | null;
    citizen_id: string | null;
    name: string;
    email: string;
    statement: string;
    status: ClaimStatus;
    created_at: Date;
    decided_at: Date | null;
  };
}
