// A payment run: every approved (angeordnete) invoice in euro with a valid IBAN becomes one credit
// transfer of a pain.001 file the Stadtkasse hands to the bank; the invoices are then paid. A cash
// discount (Skonto) is taken when the execution day is on or before its deadline. One transaction: the
// invoices are locked, so a second run at the same moment finds none of them.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { withTenant, type TenantTransaction } from '../../platform/db/tenant-scope.ts';
import { buildPain001, checkIban, formatCents, type CreditTransfer } from '../../platform/sepa/index.ts';
import type { StaffActor } from '../access/index.ts';
import { amountToPay } from './invoices.approval.ts';
import type { InvoicesDeps } from './invoices.deps.ts';
import type { InvoiceDocument } from './invoices.document.ts';
import { invoicesErrors } from './invoices.errors.ts';
import { createInvoicesRepository, type InvoiceRow, type InvoicesTrx } from './invoices.repository.ts';
import type { InvoicesTables } from './invoices.tables.ts';

/** Why an approved invoice cannot go into a SEPA credit transfer. */
export function unpayableReason(
  invoice: Pick<InvoiceRow, 'currency' | 'iban' | 'payableCents'>,
): string | null {
  if (invoice.currency !== 'EUR') return 'not_euro';
  if (!invoice.iban || !checkIban(invoice.iban).ok) return 'no_valid_iban';
  if (invoice.payableCents <= 0) return 'nothing_due';
  return null;
}

export async function createPaymentRun(
  deps: InvoicesDeps,
  tenantId: string,
  actor: StaffActor,
  input: { executionDate: string },
): Promise<{ runId: string; transactions: number; totalCents: number }> {
  return withTenant(deps.db as Kysely<InvoicesTables>, tenantId, async (trx: InvoicesTrx) => {
    const repository = createInvoicesRepository({ trx });
    const settings = await repository.settings();
    if (!settings) throw invoicesErrors.not_set_up();
    const payable = (await repository.approvedForPayment()).filter(
      (invoice) => unpayableReason(invoice) === null,
    );
    if (payable.length === 0) throw invoicesErrors.nothing_to_pay();
    const at = deps.now();
    const transactions: (CreditTransfer & { invoice: InvoiceRow })[] = [];
    for (const invoice of payable) {
      const document = (await repository.documentOf(invoice.id))?.document as InvoiceDocument | undefined;
      transactions.push({
        invoice,
        endToEndId: invoice.reference,
        amountCents: amountToPay({ ...invoice, executionDate: input.executionDate }),
        executionDate: input.executionDate,
        creditor: {
          name: invoice.sellerName,
          iban: invoice.iban!,
          ...(document?.payment.bic ? { bic: document.payment.bic } : {}),
        },
        // The supplier's payment reference (BT-83) if given, so their bookkeeping finds the payment.
        remittanceInformation:
          document?.payment.reference || `Rechnung ${invoice.invoiceNumber} ${invoice.reference}`,
      });
    }
    const messageId = `ZL-${input.executionDate.replaceAll('-', '')}-${randomBytes(4).toString('hex').toUpperCase()}`;
    const xml = buildPain001({
      messageId,
      createdAt: at,
      initiatingPartyName: settings.debtorName,
      debtor: {
        name: settings.debtorName,
        iban: settings.iban,
        ...(settings.bic ? { bic: settings.bic } : {}),
      },
      transactions: transactions.map(({ invoice: _invoice, ...transfer }) => transfer),
    });
    const totalCents = transactions.reduce((sum, tx) => sum + tx.amountCents, 0);
    const runId = await repository.insertRun(
      {
        messageId,
        executionDate: input.executionDate,
        transactions: transactions.length,
        totalCents,
        xml,
        createdBy: actor.id,
      },
      at,
    );
    for (const tx of transactions) {
      await repository.update(tx.invoice.id, { status: 'paid', payment_run_id: runId }, at);
      await repository.addHistory(
        tx.invoice.id,
        {
          kind: 'paid',
          staffId: actor.id,
          text: `${messageId}: ${formatCents(tx.amountCents)} EUR am ${input.executionDate}`,
        },
        at,
      );
    }
    await deps.audit.append(trx as unknown as TenantTransaction<unknown>, {
      actor: { type: 'staff', id: actor.id },
      action: 'invoices.payment_run',
      object: { type: 'invoice_payment_run', id: runId },
      summary: {
        messageId,
        executionDate: input.executionDate,
        totalCents,
        invoices: transactions.map((tx) => tx.invoice.reference),
      },
    });
    return { runId, transactions: transactions.length, totalCents };
  });
}
