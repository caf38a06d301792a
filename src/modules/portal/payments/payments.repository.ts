// All SQL of the payments record (portal_payments). Every function runs inside the caller's withTenant.
import { sql } from 'kysely';
import type { TenantTransaction } from '../../../platform/db/tenant-scope.ts';
import type { PaymentStatus, PaymentsTables } from './payments.tables.ts';

export type PaymentsTransaction = TenantTransaction<PaymentsTables>;

export interface PaymentRecord {
  id: string;
  subjectType: string;
  subjectId: string;
  citizenId: string | null;
  purpose: string;
  amountCents: number;
  status: PaymentStatus;
  provider: string;
  providerReference: string;
  returnPath: string;
  createdAt: Date;
  paidAt: Date | null;
}

const columns = [
  'id',
  'subject_type as subjectType',
  'subject_id as subjectId',
  'citizen_id as citizenId',
  'purpose',
  'amount_cents as amountCents',
  'status',
  'provider',
  'provider_reference as providerReference',
  'return_path as returnPath',
  'created_at as createdAt',
  'paid_at as paidAt',
] as const;

export function createPaymentsRepository({ trx }: { trx: PaymentsTransaction }) {
  return {
    async insert(payment: Omit<PaymentRecord, 'status' | 'paidAt'>): Promise<void> {
      await trx
        .insertInto('portal_payments')
        .values({
          tenant_id: sql`app_tenant_id()`,
          id: payment.id,
          subject_type: payment.subjectType,
          subject_id: payment.subjectId,
          citizen_id: payment.citizenId,
          purpose: payment.purpose,
          amount_cents: payment.amountCents,
          currency: 'EUR',
          provider: payment.provider,
          provider_reference: payment.providerReference,
          return_path: payment.returnPath,
          created_at: payment.createdAt,
          updated_at: payment.createdAt,
        })
        .execute();
    },

    async find(id: string, { forUpdate = false } = {}): Promise<PaymentRecord | undefined> {
      let query = trx.selectFrom('portal_payments').select(columns).where('id', '=', id);
      if (forUpdate) query = query.forUpdate();
      return query.executeTakeFirst();
    },

    /** The payment that settles the subject: a paid one if any, else the latest attempt. */
    async latestFor(subjectType: string, subjectId: string): Promise<PaymentRecord | undefined> {
      return trx
        .selectFrom('portal_payments')
        .select(columns)
        .where('subject_type', '=', subjectType)
        .where('subject_id', '=', subjectId)
        .orderBy(sql`status = 'paid'`, 'desc')
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
    },

    /** Moves a pending payment to its outcome; false when it was no longer pending. */
    async settle(id: string, status: Exclude<PaymentStatus, 'pending'>, at: Date): Promise<boolean> {
      const result = await trx
        .updateTable('portal_payments')
        .set({ status, updated_at: at, paid_at: status === 'paid' ? at : null })
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .executeTakeFirst();
      return result.numUpdatedRows === 1n;
    },
  };
}
