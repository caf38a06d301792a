// All SQL of the invoice workflow. Inside the caller's tenant transaction, so every query is one town's.
import { sql } from 'kysely';
import type { TenantTransaction } from '../../platform/db/tenant-scope.ts';
import type { InvoiceDocument } from './invoices.document.ts';
import type {
  ApprovalStep,
  HistoryKind,
  InvoicesTables,
  InvoiceSource,
  InvoiceStatus,
  RoutingKind,
} from './invoices.tables.ts';
import type { ValidationReport } from './invoices.validation.report.ts';

export type InvoicesTrx = TenantTransaction<InvoicesTables>;

export interface InvoiceRow {
  id: string;
  reference: string;
  sha256: string;
  source: InvoiceSource;
  container: 'xml' | 'pdf';
  syntax: 'ubl' | 'cii';
  invoiceNumber: string;
  sellerName: string;
  issueDate: string | null;
  dueDate: string | null;
  skontoUntil: string | null;
  skontoPercent: number | null;
  currency: string;
  payableCents: number;
  iban: string | null;
  leitwegId: string | null;
  orderReference: string | null;
  costCentre: string | null;
  departmentId: string | null;
  status: InvoiceStatus;
  currentStep: ApprovalStep | null;
  duplicateOf: string | null;
  budgetItem: string | null;
  bookingCostCentre: string | null;
  rejectionReason: string | null;
  caseId: string;
  fileReference: string;
  paymentRunId: string | null;
  receivedAt: Date;
}

export interface HistoryRow {
  id: string;
  kind: HistoryKind;
  step: ApprovalStep | null;
  staffId: string | null;
  onBehalfOf: string | null;
  text: string;
  at: Date;
  voidedAt: Date | null;
}

export interface NewInvoice extends Omit<
  InvoiceRow,
  'id' | 'paymentRunId' | 'rejectionReason' | 'receivedAt'
> {
  document: InvoiceDocument;
  report: ValidationReport;
}

const invoiceColumns = sql`id, reference, sha256, source, container, syntax, invoice_number as "invoiceNumber",
  seller_name as "sellerName", issue_date::text as "issueDate", due_date::text as "dueDate",
  skonto_until::text as "skontoUntil", skonto_percent::float8 as "skontoPercent", currency,
  payable_cents::float8 as "payableCents", iban, leitweg_id as "leitwegId", order_reference as "orderReference",
  cost_centre as "costCentre", department_id as "departmentId", status, current_step as "currentStep",
  duplicate_of as "duplicateOf", budget_item as "budgetItem", booking_cost_centre as "bookingCostCentre",
  rejection_reason as "rejectionReason", case_id as "caseId", file_reference as "fileReference",
  payment_run_id as "paymentRunId", received_at as "receivedAt"`;

export interface InboxFilter {
  status?: InvoiceStatus;
  /** null: the manual queue (no department yet). */
  departmentIds?: readonly string[] | null;
  limit?: number;
}

export function createInvoicesRepository({ trx }: { trx: InvoicesTrx }) {
  return {
    async settings() {
      return trx
        .selectFrom('invoices_settings')
        .select([
          'department_id as departmentId',
          'plan_code as planCode',
          'debtor_name as debtorName',
          'iban',
          'bic',
        ])
        .executeTakeFirst();
    },

    async saveSettings(
      input: { departmentId: string; planCode: string; debtorName: string; iban: string; bic: string | null },
      at: Date,
    ) {
      const values = {
        department_id: input.departmentId,
        plan_code: input.planCode,
        debtor_name: input.debtorName,
        iban: input.iban,
        bic: input.bic,
        updated_at: at,
      };
      await trx
        .insertInto('invoices_settings')
        .values({ ...values, tenant_id: sql`app_tenant_id()` })
        .onConflict((oc) => oc.column('tenant_id').doUpdateSet(values))
        .execute();
    },

    async routingRules() {
      return trx
        .selectFrom('invoices_routing_rules')
        .select(['kind', 'pattern', 'department_id as departmentId'])
        .execute();
    },

    async saveRoutingRule(kind: RoutingKind, pattern: string, departmentId: string) {
      await trx
        .insertInto('invoices_routing_rules')
        .values({ kind, pattern, department_id: departmentId, tenant_id: sql`app_tenant_id()` })
        .onConflict((oc) =>
          oc.columns(['tenant_id', 'kind', 'pattern']).doUpdateSet({ department_id: departmentId }),
        )
        .execute();
    },

    async signingLimits(step: ApprovalStep) {
      const rows = await trx
        .selectFrom('invoices_signing_limits')
        .select(['staff_id as staffId', 'step', sql<number>`max_cents::float8`.as('maxCents')])
        .where('step', '=', step)
        .execute();
      return rows;
    },

    async saveSigningLimit(staffId: string, step: ApprovalStep, maxCents: number) {
      await trx
        .insertInto('invoices_signing_limits')
        .values({ staff_id: staffId, step, max_cents: maxCents, tenant_id: sql`app_tenant_id()` })
        .onConflict((oc) =>
          oc.columns(['tenant_id', 'staff_id', 'step']).doUpdateSet({ max_cents: maxCents }),
        )
        .execute();
    },

    async nextReference(year: number): Promise<string> {
      const { rows } = await sql<{ n: string }>`select nextval('invoices_numbers')::text as n`.execute(trx);
      return `ER-${year}-${rows[0]!.n.padStart(6, '0')}`;
    },

    async idBySha(sha256: string) {
      return (
        (await trx
          .selectFrom('invoices')
          .select(['id', 'reference'])
          .where('sha256', '=', sha256)
          .executeTakeFirst()) ?? null
      );
    },

    /** An earlier invoice of the same seller with the same number and amount (not a rejected one). */
    async duplicateOf(sellerName: string, invoiceNumber: string, payableCents: number) {
      const row = await trx
        .selectFrom('invoices')
        .select(['id'])
        .where(sql<boolean>`lower(seller_name) = lower(${sellerName})`)
        .where('invoice_number', '=', invoiceNumber)
        .where(sql<boolean>`payable_cents = ${payableCents}`)
        .where('status', '!=', 'rejected')
        .orderBy('received_at')
        .limit(1)
        .executeTakeFirst();
      return row?.id ?? null;
    },

    async insertInvoice(input: NewInvoice, at: Date): Promise<string> {
      const row = await trx
        .insertInto('invoices')
        .values({
          tenant_id: sql`app_tenant_id()`,
          reference: input.reference,
          sha256: input.sha256,
          source: input.source,
          container: input.container,
          syntax: input.syntax,
          invoice_number: input.invoiceNumber,
          seller_name: input.sellerName,
          issue_date: input.issueDate,
          due_date: input.dueDate,
          skonto_until: input.skontoUntil,
          skonto_percent: input.skontoPercent,
          currency: input.currency,
          payable_cents: input.payableCents,
          iban: input.iban,
          leitweg_id: input.leitwegId,
          order_reference: input.orderReference,
          cost_centre: input.costCentre,
          document: JSON.stringify(input.document),
          report: JSON.stringify(input.report),
          department_id: input.departmentId,
          status: input.status,
          current_step: input.currentStep,
          duplicate_of: input.duplicateOf,
          budget_item: input.budgetItem,
          booking_cost_centre: input.bookingCostCentre,
          case_id: input.caseId,
          file_reference: input.fileReference,
          received_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async invoice(id: string, lock = false): Promise<InvoiceRow | undefined> {
      const { rows } = await sql<InvoiceRow>`select ${invoiceColumns} from invoices where id = ${id}::uuid
        ${lock ? sql`for update` : sql``}`.execute(trx);
      return rows[0];
    },

    async documentOf(id: string) {
      return trx
        .selectFrom('invoices')
        .select(['document', 'report'])
        .where('id', '=', id)
        .executeTakeFirst();
    },

    async update(
      id: string,
      patch: Partial<{
        status: InvoiceStatus;
        current_step: ApprovalStep | null;
        department_id: string | null;
        budget_item: string | null;
        booking_cost_centre: string | null;
        rejection_reason: string | null;
        payment_run_id: string | null;
      }>,
      at: Date,
    ) {
      await trx
        .updateTable('invoices')
        .set({ ...patch, updated_at: at })
        .where('id', '=', id)
        .execute();
    },

    async addHistory(
      invoiceId: string,
      entry: {
        kind: HistoryKind;
        step?: ApprovalStep | null;
        staffId?: string | null;
        onBehalfOf?: string | null;
        text?: string;
      },
      at: Date,
    ) {
      await trx
        .insertInto('invoices_history')
        .values({
          tenant_id: sql`app_tenant_id()`,
          invoice_id: invoiceId,
          kind: entry.kind,
          step: entry.step ?? null,
          staff_id: entry.staffId ?? null,
          on_behalf_of: entry.onBehalfOf ?? null,
          text: entry.text ?? '',
          at,
          voided_at: null,
        })
        .execute();
    },

    async history(invoiceId: string): Promise<HistoryRow[]> {
      return trx
        .selectFrom('invoices_history')
        .select([
          'id',
          'kind',
          'step',
          'staff_id as staffId',
          'on_behalf_of as onBehalfOf',
          'text',
          'at',
          'voided_at as voidedAt',
        ])
        .where('invoice_id', '=', invoiceId)
        .orderBy('at')
        .orderBy('id')
        .execute();
    },

    /** A return to an earlier step voids the signatures of that step and the ones after it. */
    async voidSignatures(invoiceId: string, steps: readonly ApprovalStep[], at: Date) {
      if (steps.length === 0) return;
      await trx
        .updateTable('invoices_history')
        .set({ voided_at: at })
        .where('invoice_id', '=', invoiceId)
        .where('kind', '=', 'signed')
        .where('step', 'in', [...steps])
        .where('voided_at', 'is', null)
        .execute();
    },

    async inbox(filter: InboxFilter): Promise<InvoiceRow[]> {
      const conditions = [sql`true`];
      if (filter.status) conditions.push(sql`status = ${filter.status}`);
      if (filter.departmentIds === null) conditions.push(sql`department_id is null`);
      else if (filter.departmentIds)
        conditions.push(
          filter.departmentIds.length === 0
            ? sql`false`
            : sql`department_id in (${sql.join(filter.departmentIds.map((id) => sql`${id}::uuid`))})`,
        );
      // The most urgent first: the earliest of cash-discount deadline and due date.
      const { rows } = await sql<InvoiceRow>`select ${invoiceColumns} from invoices
        where ${sql.join(conditions, sql` and `)}
        order by least(skonto_until, due_date) nulls last, received_at, id
        limit ${filter.limit ?? 200}`.execute(trx);
      return rows;
    },

    async approvedForPayment(lock = true): Promise<InvoiceRow[]> {
      const { rows } = await sql<InvoiceRow>`select ${invoiceColumns} from invoices
        where status = 'approved' order by received_at, id ${lock ? sql`for update` : sql``}`.execute(trx);
      return rows;
    },

    async insertRun(
      input: {
        messageId: string;
        executionDate: string;
        transactions: number;
        totalCents: number;
        xml: string;
        createdBy: string;
      },
      at: Date,
    ) {
      const row = await trx
        .insertInto('invoices_payment_runs')
        .values({
          tenant_id: sql`app_tenant_id()`,
          message_id: input.messageId,
          execution_date: input.executionDate,
          transactions: input.transactions,
          total_cents: input.totalCents,
          xml: input.xml,
          created_by: input.createdBy,
          created_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async runs() {
      return trx
        .selectFrom('invoices_payment_runs')
        .select([
          'id',
          'message_id as messageId',
          sql<string>`execution_date::text`.as('executionDate'),
          'transactions',
          sql<number>`total_cents::float8`.as('totalCents'),
          'created_at as createdAt',
        ])
        .orderBy('created_at', 'desc')
        .limit(50)
        .execute();
    },

    async runXml(id: string) {
      return trx
        .selectFrom('invoices_payment_runs')
        .select(['xml', 'message_id as messageId'])
        .where('id', '=', id)
        .executeTakeFirst();
    },
  };
}

export type InvoicesRepository = ReturnType<typeof createInvoicesRepository>;
