// Tables of the dog tax register (migration 0022-dog-tax.sql). Dates (`date` columns) are read as
// YYYY-MM-DD text by the repositories (`::text`) and written as such.
import type { ColumnType, Generated } from 'kysely';
import type { Assessment } from './dogtax.assessment.ts';
import type { ListedSection } from './dogtax.statute.ts';

type Day = ColumnType<string, string, string>;
type TenantId = ColumnType<string, unknown, never>;

export type DogArrival = 'taken-in' | 'born' | 'moved-in';
export type DogLeaveReason = 'died' | 'given-away' | 'moved-away' | 'lost';
export type DogStatus = 'registered' | 'deregistered';
export type ReliefStatus = 'requested' | 'granted' | 'refused';
export type NoticeKind = 'first' | 'annual' | 'change';
export type NoticeDelivery = 'postfach' | 'print';
export type RunStatus = 'running' | 'done' | 'failed';
export type PaymentSource = 'transfer' | 'direct-debit' | 'return';

export interface DogTaxTables {
  dog_tax_settings: {
    tenant_id: TenantId;
    statute_key: string;
    department_id: string;
    plan_code: string;
    bank_name: string;
    iban: string;
    bic: string;
    creditor_id: string;
    contact: string;
    administrative_court: string;
    updated_at: Date;
  };
  dog_tax_households: {
    tenant_id: TenantId;
    id: Generated<string>;
    number: string;
    citizen_id: string | null;
    keeper_name: string;
    co_keepers: Generated<string>;
    street: string;
    postal_code: string;
    city: string;
    email: string | null;
    annual_payment: Generated<boolean>;
    case_id: string | null;
    file_reference: string | null;
    created_at: Date;
    updated_at: Date;
  };
  dog_tax_dogs: {
    tenant_id: TenantId;
    id: Generated<string>;
    household_id: string;
    application_id: string | null;
    name: string;
    breed: string;
    listed: ListedSection | null;
    dangerous: boolean;
    sex: 'female' | 'male';
    birth_date: Day;
    colour: string;
    chip_number: string | null;
    kept_from: Day;
    arrival: DogArrival;
    previous_municipality: string | null;
    kept_until: ColumnType<string | null, string | null, string | null>;
    leave_reason: DogLeaveReason | null;
    new_keeper: string | null;
    status: DogStatus;
    tax_mark: string | null;
    created_at: Date;
    updated_at: Date;
  };
  dog_tax_marks: {
    tenant_id: TenantId;
    id: Generated<string>;
    dog_id: string;
    number: string;
    issued_on: Day;
    ended_on: ColumnType<string | null, string | null, string | null>;
    end_reason: 'lost' | 'returned' | null;
  };
  dog_tax_reliefs: {
    tenant_id: TenantId;
    id: Generated<string>;
    dog_id: string;
    rule_id: string;
    kind: 'exemption' | 'reduction';
    percent: number;
    reference: string;
    valid_from: Day;
    valid_until: ColumnType<string | null, string | null, string | null>;
    status: ReliefStatus;
    reason: Generated<string>;
    requested_at: Date;
    decided_by: string | null;
    decided_at: Date | null;
  };
  dog_tax_mandates: {
    tenant_id: TenantId;
    id: Generated<string>;
    household_id: string;
    reference: string;
    account_holder: string;
    iban: string;
    signed_on: Day;
    revoked_on: ColumnType<string | null, string | null, string | null>;
    created_at: Date;
  };
  dog_tax_runs: {
    tenant_id: TenantId;
    id: Generated<string>;
    year: number;
    status: RunStatus;
    total: Generated<number>;
    done: Generated<number>;
    error: string | null;
    started_by: string;
    started_at: Date;
    finished_at: Date | null;
  };
  dog_tax_notices: {
    tenant_id: TenantId;
    id: Generated<string>;
    seq: ColumnType<string, never, never>;
    household_id: string;
    year: number;
    kind: NoticeKind;
    run_id: string | null;
    assessment: ColumnType<Assessment, string, string>;
    total_cents: number;
    document_id: string;
    file_name: string;
    delivery: NoticeDelivery;
    created_by: string | null;
    created_at: Date;
  };
  dog_tax_installments: {
    tenant_id: TenantId;
    id: Generated<string>;
    notice_id: string;
    household_id: string;
    year: number;
    due_on: Day;
    amount_cents: number;
  };
  dog_tax_collections: {
    tenant_id: TenantId;
    id: Generated<string>;
    collection_date: Day;
    message_id: string;
    transactions: number;
    sum_cents: ColumnType<string, number, number>;
    xml: string;
    created_by: string;
    created_at: Date;
  };
  dog_tax_payments: {
    tenant_id: TenantId;
    id: Generated<string>;
    household_id: string;
    year: number;
    amount_cents: number;
    booked_on: Day;
    source: PaymentSource;
    collection_id: string | null;
    note: Generated<string>;
    booked_by: string | null;
    created_at: Date;
  };
}
