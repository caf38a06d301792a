// The payments part's tables as Kysely sees them (migration 0018-portal-payments.sql). Only this part
// reads them; the rest of the portal goes through payments.index.ts.
import type { ColumnType } from 'kysely';

export const paymentStatuses = ['pending', 'paid', 'failed', 'cancelled'] as const;
export type PaymentStatus = (typeof paymentStatuses)[number];

export interface PaymentsTables {
  portal_payments: {
    tenant_id: ColumnType<string, unknown, never>;
    id: string;
    subject_type: string;
    subject_id: string;
    citizen_id: string | null;
    purpose: string;
    amount_cents: number;
    currency: 'EUR';
    status: ColumnType<PaymentStatus, PaymentStatus | undefined, PaymentStatus>;
    provider: string;
    provider_reference: string;
    return_path: string;
    created_at: ColumnType<Date, Date, never>;
    updated_at: ColumnType<Date, Date, Date>;
    paid_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  };
  portal_payment_test_orders: {
    tenant_id: ColumnType<string, unknown, never>;
    reference: string;
    payment_id: string;
    amount_cents: number;
    currency: 'EUR';
    purpose: string;
    return_url: string;
    callback_url: string;
    status: ColumnType<PaymentStatus, PaymentStatus | undefined, PaymentStatus>;
    created_at: ColumnType<Date, Date, never>;
    decided_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  };
}
