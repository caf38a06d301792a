// SQL of the money side: notices and their installments, payments, balances and arrears, direct-debit
// files, and the annual runs. The newest notice of a household and year is in force; what is owed for a
// year is the sum of that notice's installments due so far, less what was paid for the year.
import { sql } from 'kysely';
import type { TenantTransaction } from '../../platform/db/tenant-scope.ts';
import type { Assessment } from './dogtax.assessment.ts';
import type { Installment } from './dogtax.due-dates.ts';
import type { DogTaxTables, NoticeDelivery, NoticeKind, PaymentSource, RunStatus } from './dogtax.tables.ts';

type Trx = TenantTransaction<DogTaxTables>;

export interface NoticeRow {
  id: string;
  householdId: string;
  year: number;
  kind: NoticeKind;
  runId: string | null;
  totalCents: number;
  documentId: string;
  fileName: string;
  delivery: NoticeDelivery;
  createdAt: Date;
}

export interface Run {
  id: string;
  year: number;
  status: RunStatus;
  total: number;
  done: number;
  error: string | null;
  startedBy: string;
  startedAt: Date;
  finishedAt: Date | null;
}

const noticeColumns = [
  'id',
  'household_id as householdId',
  'year',
  'kind',
  'run_id as runId',
  'total_cents as totalCents',
  'document_id as documentId',
  'file_name as fileName',
  'delivery',
  'created_at as createdAt',
] as const;

const runColumns = [
  'id',
  'year',
  'status',
  'total',
  'done',
  'error',
  'started_by as startedBy',
  'started_at as startedAt',
  'finished_at as finishedAt',
] as const;

export function createBillingRepository({ trx }: { trx: Trx }) {
  return {
    async insertNotice(
      notice: {
        householdId: string;
        year: number;
        kind: NoticeKind;
        runId: string | null;
        assessment: Assessment;
        documentId: string;
        fileName: string;
        delivery: NoticeDelivery;
        createdBy: string | null;
        installments: readonly Installment[];
      },
      at: Date,
    ): Promise<string> {
      const { id } = await trx
        .insertInto('dog_tax_notices')
        .values({
          tenant_id: sql`app_tenant_id()`,
          household_id: notice.householdId,
          year: notice.year,
          kind: notice.kind,
          run_id: notice.runId,
          assessment: JSON.stringify(notice.assessment),
          total_cents: notice.assessment.totalCents,
          document_id: notice.documentId,
          file_name: notice.fileName,
          delivery: notice.delivery,
          created_by: notice.createdBy,
          created_at: at,
        } as never)
        .returning('id')
        .executeTakeFirstOrThrow();
      if (notice.installments.length > 0) {
        await trx
          .insertInto('dog_tax_installments')
          .values(
            notice.installments.map((installment) => ({
              tenant_id: sql`app_tenant_id()`,
              notice_id: id,
              household_id: notice.householdId,
              year: notice.year,
              due_on: installment.dueOn,
              amount_cents: installment.amountCents,
            })) as never,
          )
          .execute();
      }
      return id;
    },

    async noticesOfHousehold(householdId: string): Promise<NoticeRow[]> {
      return trx
        .selectFrom('dog_tax_notices')
        .select(noticeColumns)
        .where('household_id', '=', householdId)
        .orderBy('seq', 'desc')
        .limit(100)
        .execute();
    },

    async notice(id: string): Promise<(NoticeRow & { assessment: Assessment }) | undefined> {
      return trx
        .selectFrom('dog_tax_notices')
        .select([...noticeColumns, 'assessment'])
        .where('id', '=', id)
        .executeTakeFirst();
    },

    /** Installments of the notice in force for each year of the household. */
    async installmentsInForce(householdId: string) {
      return trx
        .selectFrom('dog_tax_installments as i')
        .select([
          'i.year',
          sql<string>`i.due_on::text`.as('dueOn'),
          'i.amount_cents as amountCents',
          'i.notice_id as noticeId',
        ])
        .where('i.household_id', '=', householdId)
        .where(({ eb, selectFrom }) =>
          eb(
            'i.notice_id',
            '=',
            selectFrom('dog_tax_notices as n')
              .select('n.id')
              .where('n.household_id', '=', householdId)
              .whereRef('n.year', '=', 'i.year')
              .orderBy('n.seq', 'desc')
              .limit(1),
          ),
        )
        .orderBy('i.due_on')
        .execute();
    },

    /** The same for several households and one year (the annual run reads a batch at once). */
    async installmentsInForceOf(householdIds: readonly string[], year: number) {
      if (householdIds.length === 0) return [];
      const { rows } = await sql<{ householdId: string; year: number; dueOn: string; amountCents: number }>`
        with in_force as (
          select distinct on (household_id) id, household_id from dog_tax_notices
          where household_id = any(${[...householdIds]}::uuid[]) and year = ${year}
          order by household_id, seq desc
        )
        select f.household_id as "householdId", i.year, i.due_on::text as "dueOn", i.amount_cents as "amountCents"
        from in_force f join dog_tax_installments i on i.notice_id = f.id
        order by i.due_on`.execute(trx);
      return rows;
    },

    async paymentsOfHousehold(householdId: string) {
      return trx
        .selectFrom('dog_tax_payments')
        .select([
          'id',
          'year',
          'amount_cents as amountCents',
          sql<string>`booked_on::text`.as('bookedOn'),
          'source',
          'note',
        ])
        .where('household_id', '=', householdId)
        .orderBy('booked_on')
        .orderBy('created_at')
        .execute();
    },

    async insertPayment(payment: {
      householdId: string;
      year: number;
      amountCents: number;
      bookedOn: string;
      source: PaymentSource;
      collectionId: string | null;
      note: string;
      bookedBy: string | null;
      at: Date;
    }) {
      await trx
        .insertInto('dog_tax_payments')
        .values({
          tenant_id: sql`app_tenant_id()`,
          household_id: payment.householdId,
          year: payment.year,
          amount_cents: payment.amountCents,
          booked_on: payment.bookedOn,
          source: payment.source,
          collection_id: payment.collectionId,
          note: payment.note,
          booked_by: payment.bookedBy,
          created_at: payment.at,
        } as never)
        .execute();
    },

    /**
     * Per household and year: what is due up to `day` under the notice in force, and what was paid. Only
     * rows where something is still open (due − paid > 0), optionally only households with an active
     * mandate (the direct debit) or only those without.
     */
    async openBalances(day: string, options: { mandate?: 'with' | 'without'; limit: number }) {
      const mandateFilter =
        options.mandate === 'with'
          ? sql`and m.id is not null`
          : options.mandate === 'without'
            ? sql`and m.id is null`
            : sql``;
      const { rows } = await sql<{
        householdId: string;
        number: string;
        keeperName: string;
        year: number;
        dueCents: number;
        paidCents: number;
        openCents: number;
        oldestDueOn: string;
        mandateId: string | null;
        mandateReference: string | null;
        mandateHolder: string | null;
        mandateIban: string | null;
        mandateSignedOn: string | null;
      }>`
        with in_force as (
          select distinct on (n.household_id, n.year) n.id, n.household_id, n.year
          from dog_tax_notices n
          order by n.household_id, n.year, n.seq desc
        ),
        due as (
          select f.household_id, f.year, sum(i.amount_cents)::int as due_cents, min(i.due_on)::text as oldest_due_on
          from in_force f join dog_tax_installments i on i.notice_id = f.id
          where i.due_on <= ${day}::date
          group by f.household_id, f.year
        ),
        paid as (
          select household_id, year, sum(amount_cents)::int as paid_cents
          from dog_tax_payments group by household_id, year
        )
        select d.household_id as "householdId", h.number, h.keeper_name as "keeperName", d.year,
               d.due_cents as "dueCents", coalesce(p.paid_cents, 0) as "paidCents",
               d.due_cents - coalesce(p.paid_cents, 0) as "openCents", d.oldest_due_on as "oldestDueOn",
               m.id as "mandateId", m.reference as "mandateReference", m.account_holder as "mandateHolder",
               m.iban as "mandateIban", m.signed_on::text as "mandateSignedOn"
        from due d
        join dog_tax_households h on h.id = d.household_id
        left join paid p on p.household_id = d.household_id and p.year = d.year
        left join dog_tax_mandates m on m.household_id = d.household_id and m.revoked_on is null
        where d.due_cents - coalesce(p.paid_cents, 0) > 0 ${mandateFilter}
        order by h.number, d.year
        limit ${options.limit}
      `.execute(trx);
      return rows;
    },

    async insertCollection(collection: {
      collectionDate: string;
      messageId: string;
      transactions: number;
      sumCents: number;
      xml: string;
      createdBy: string;
      at: Date;
    }): Promise<string> {
      const { id } = await trx
        .insertInto('dog_tax_collections')
        .values({
          tenant_id: sql`app_tenant_id()`,
          collection_date: collection.collectionDate,
          message_id: collection.messageId,
          transactions: collection.transactions,
          sum_cents: collection.sumCents,
          xml: collection.xml,
          created_by: collection.createdBy,
          created_at: collection.at,
        } as never)
        .returning('id')
        .executeTakeFirstOrThrow();
      return id;
    },

    async collections(limit: number) {
      return trx
        .selectFrom('dog_tax_collections')
        .select([
          'id',
          sql<string>`collection_date::text`.as('collectionDate'),
          'message_id as messageId',
          'transactions',
          'sum_cents as sumCents',
          'created_at as createdAt',
        ])
        .orderBy('created_at', 'desc')
        .limit(limit)
        .execute();
    },

    async collectionXml(id: string) {
      return trx
        .selectFrom('dog_tax_collections')
        .select(['xml', 'message_id as messageId'])
        .where('id', '=', id)
        .executeTakeFirst();
    },

    async insertRun(year: number, startedBy: string, at: Date): Promise<string> {
      const { id } = await trx
        .insertInto('dog_tax_runs')
        .values({
          tenant_id: sql`app_tenant_id()`,
          year,
          status: 'running',
          started_by: startedBy,
          started_at: at,
        } as never)
        .returning('id')
        .executeTakeFirstOrThrow();
      return id;
    },

    async run(id: string): Promise<Run | undefined> {
      return trx.selectFrom('dog_tax_runs').select(runColumns).where('id', '=', id).executeTakeFirst();
    },

    async runningRun(): Promise<Run | undefined> {
      return trx
        .selectFrom('dog_tax_runs')
        .select(runColumns)
        .where('status', '=', 'running')
        .executeTakeFirst();
    },

    async runs(limit: number): Promise<Run[]> {
      return trx
        .selectFrom('dog_tax_runs')
        .select(runColumns)
        .orderBy('started_at', 'desc')
        .limit(limit)
        .execute();
    },

    async updateRun(
      id: string,
      changes: {
        total?: number;
        done?: number;
        status?: RunStatus;
        error?: string | null;
        finishedAt?: Date;
      },
    ) {
      await trx
        .updateTable('dog_tax_runs')
        .set({
          ...(changes.total !== undefined ? { total: changes.total } : {}),
          ...(changes.done !== undefined ? { done: changes.done } : {}),
          ...(changes.status !== undefined ? { status: changes.status } : {}),
          ...(changes.error !== undefined ? { error: changes.error } : {}),
          ...(changes.finishedAt !== undefined ? { finished_at: changes.finishedAt } : {}),
        })
        .where('id', '=', id)
        .execute();
    },

    /** Households with a dog kept at some time in the year and no notice of this run yet, in number order
     *  after `afterNumber` (the run resumes where it stopped). */
    async householdsStillToAssess(runId: string, year: number, afterNumber: string, limit: number) {
      const { rows } = await sql<{ id: string; number: string }>`
        select h.id, h.number from dog_tax_households h
        where h.number > ${afterNumber}
          and exists (select 1 from dog_tax_dogs d where d.household_id = h.id
                      and d.kept_from <= make_date(${year}::int, 12, 31)
                      and (d.kept_until is null or d.kept_until >= make_date(${year}::int, 1, 1)))
          and not exists (select 1 from dog_tax_notices n where n.household_id = h.id and n.run_id = ${runId}::uuid)
        order by h.number
        limit ${limit}
      `.execute(trx);
      return rows;
    },

    async countTaxableHouseholds(year: number): Promise<number> {
      const { rows } = await sql<{ n: number }>`
        select count(*)::int as n from dog_tax_households h
        where exists (select 1 from dog_tax_dogs d where d.household_id = h.id
                      and d.kept_from <= make_date(${year}::int, 12, 31)
                      and (d.kept_until is null or d.kept_until >= make_date(${year}::int, 1, 1)))
      `.execute(trx);
      return rows[0]?.n ?? 0;
    },

    async countNoticesOfRun(runId: string): Promise<number> {
      const { rows } = await sql<{
        n: number;
      }>`select count(*)::int as n from dog_tax_notices where run_id = ${runId}::uuid`.execute(trx);
      return rows[0]?.n ?? 0;
    },
  };
}

export type BillingRepository = ReturnType<typeof createBillingRepository>;
