// Tables of the invoice workflow (migration 0024-invoices.sql). Dates are read as YYYY-MM-DD text
// (`::text` in the repository); bigint amounts as text and turned into numbers there.
import type { ColumnType, Generated } from 'kysely';
import type { InvoiceDocument } from './invoices.document.ts';
import type { ValidationReport } from './invoices.validation.report.ts';

type TenantId = ColumnType<string, unknown, never>;
type Cents = ColumnType<string, number, number>;
type Day = ColumnType<string | null, string | null, string | null>;
type Json<T> = ColumnType<T, string, string>;

export type ApprovalStep = 'factual' | 'arithmetic' | 'order';
export type InvoiceStatus = 'in_approval' | 'approved' | 'paid' | 'rejected';
export type InvoiceSource = 'upload' | 'api' | 'email';
export type HistoryKind =
  'received' | 'routed' | 'signed' | 'returned' | 'rejected' | 'comment' | 'booking' | 'paid';
export type RoutingKind = 'leitweg' | 'order' | 'cost_centre';

export interface InvoicesTables {
  invoices_settings: {
    tenant_id: TenantId;
    department_id: string;
    plan_code: string;
    debtor_name: string;
    iban: string;
    bic: string | null;
    updated_at: Date;
  };
  invoices_routing_rules: {
    tenant_id: TenantId;
    id: Generated<string>;
    kind: RoutingKind;
    pattern: string;
    department_id: string;
  };
  invoices_signing_limits: {
    tenant_id: TenantId;
    staff_id: string;
    step: ApprovalStep;
    max_cents: Cents;
  };
  invoices_payment_runs: {
    tenant_id: TenantId;
    id: Generated<string>;
    message_id: string;
    execution_date: ColumnType<string, string, never>;
    transactions: number;
    total_cents: Cents;
    xml: string;
    created_by: string;
    created_at: Date;
  };
  invoices: {
    tenant_id: TenantId;
    id: Generated<string>;
    reference: string;
    sha256: string;
    source: InvoiceSource;
    container: 'xml' | 'pdf';
    syntax: 'ubl' | 'cii';
    invoice_number: string;
    seller_name: string;
    issue_date: Day;
    due_date: Day;
    skonto_until: Day;
    skonto_percent: ColumnType<string | null, number | null, number | null>;
    currency: string;
    payable_cents: Cents;
    iban: string | null;
    leitweg_id: string | null;
    order_reference: string | null;
    cost_centre: string | null;
    document: Json<InvoiceDocument>;
    report: Json<ValidationReport>;
    department_id: string | null;
    status: InvoiceStatus;
    current_step: ApprovalStep | null;
    duplicate_of: string | null;
    budget_item: string | null;
    booking_cost_centre: string | null;
    rejection_reason: string | null;
    case_id: string;
    file_reference: string;
    payment_run_id: string | null;
    received_at: Date;
    updated_at: Date;
  };
  invoices_history: {
    tenant_id: TenantId;
    id: Generated<string>;
    invoice_id: string;
    kind: HistoryKind;
    step: ApprovalStep | null;
    staff_id: string | null;
    on_behalf_of: string | null;
    text: Generated<string>;
    at: Date;
    voided_at: Date | null;
  };
}
