// A payment run: every approved (angeordnete) invoice in euro with a valid IBAN becomes one credit
// transfer of a pain.001 file the Stadtkasse hands to the bank; the invoices are then paid. A cash
// discount (Skonto) is taken when the execution day is on or before its deadline. The file is built and
// stored before the writing transaction (slow work stays outside); that transaction locks the approved
// invoices, checks they are still the ones in the file (a second run at the same moment finds none of
// them), marks them paid and files the pain.001 in the E-Akte: a case "Zahllauf <date>" in the Kämmerei's
// file of the year, beside the invoices.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { withTenant, type TenantTransaction } from '../../platform/db/tenant-scope.ts';
import { buildPain001, checkIban, formatCents, type CreditTransfer } from '../../platform/sepa/index.ts';
import type { StaffActor } from '../access/index.ts';
import { abandonClaimed, releaseClaim, storeClaimed, type ClaimedContent } from '../records/index.ts';
import { amountToPay } from './invoices.approval.ts';
import type { InvoicesDeps } from './invoices.deps.ts';
import type { InvoiceDocument } from './invoices.document.ts';
import { invoicesErrors } from './invoices.errors.ts';
import { createInvoicesRepository, type InvoiceRow, type InvoicesTrx } from './invoices.repository.ts';
import type { InvoicesTables } from './invoices.tables.ts';

const shared = (trx: InvoicesTrx) => trx as unknown as TenantTransaction<unknown>;

/** Why an approved invoice cannot go into a SEPA credit transfer. */
export function unpayableReason(
  invoice: Pick<InvoiceRow, 'currency' | 'iban' | 'payableCents'>,
): string | null {
  if (invoice.currency !== 'EUR') return 'not_euro';
  if (!invoice.iban || !checkIban(invoice.iban).ok) return 'no_valid_iban';
  if (invoice.payableCents <= 0) return 'nothing_due';
  return null;
}

interface PreparedRun {
  planCode: string;
  departmentId: string;
  messageId: string;
  xml: string;
  transactions: (CreditTransfer & { invoice: InvoiceRow })[];
  totalCents: number;
}

/** The run's file from the approved invoices (read, not locked: the writing transaction checks again). */
async function prepareRun(
  trx: InvoicesTrx,
  at: Date,
  executionDate: string,
  lock: boolean,
): Promise<Omit<PreparedRun, 'xml' | 'messageId'> & { build(messageId: string): string }> {
  const repository = createInvoicesRepository({ trx });
  const settings = await repository.settings();
  if (!settings) throw invoicesErrors.not_set_up();
  const payable = (await repository.approvedForPayment(lock)).filter(
    (invoice) => unpayableReason(invoice) === null,
  );
  if (payable.length === 0) throw invoicesErrors.nothing_to_pay();
  const transactions: PreparedRun['transactions'] = [];
  for (const invoice of payable) {
    const document = (await repository.documentOf(invoice.id))?.document as InvoiceDocument | undefined;
    transactions.push({
      invoice,
      endToEndId: invoice.reference,
      amountCents: amountToPay({ ...invoice, executionDate }),
      executionDate,
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
  return {
    planCode: settings.planCode,
    departmentId: settings.departmentId,
    transactions,
    totalCents: transactions.reduce((sum, tx) => sum + tx.amountCents, 0),
    build: (messageId) =>
      buildPain001({
        messageId,
        createdAt: at,
        initiatingPartyName: settings.debtorName,
        debtor: {
          name: settings.debtorName,
          iban: settings.iban,
          ...(settings.bic ? { bic: settings.bic } : {}),
        },
        transactions: transactions.map(({ invoice: _invoice, ...transfer }) => transfer),
      }),
  };
}

/** The same transfers to the same accounts: what was built is still what is due. */
const sameTransfers = (a: PreparedRun['transactions'], b: PreparedRun['transactions']) =>
  a.length === b.length &&
  a.every(
    (tx, i) =>
      tx.invoice.id === b[i]!.invoice.id &&
      tx.amountCents === b[i]!.amountCents &&
      tx.creditor.iban === b[i]!.creditor.iban &&
      tx.creditor.bic === b[i]!.creditor.bic &&
      tx.remittanceInformation === b[i]!.remittanceInformation,
  );

export async function createPaymentRun(
  deps: InvoicesDeps,
  tenantId: string,
  actor: StaffActor,
  input: { executionDate: string },
): Promise<{ runId: string; transactions: number; totalCents: number; caseId: string }> {
  const at = deps.now();
  const scoped = <T>(work: (trx: InvoicesTrx) => Promise<T>) =>
    withTenant(deps.db as Kysely<InvoicesTables>, tenantId, work);
  const prepared = await scoped(async (trx) => {
    const run = await prepareRun(trx, at, input.executionDate, false);
    const messageId = `ZL-${input.executionDate.replaceAll('-', '')}-${randomBytes(4).toString('hex').toUpperCase()}`;
    return { ...run, messageId, xml: run.build(messageId) };
  });
  const stored: ClaimedContent = await storeClaimed(deps, tenantId, Buffer.from(prepared.xml, 'utf8'));
  try {
    return await scoped(async (trx) => {
      const current = await prepareRun(trx, at, input.executionDate, true);
      // Another run or a return since the file was built: the file would be wrong, start again.
      if (!sameTransfers(current.transactions, prepared.transactions)) throw invoicesErrors.run_changed();
      const { messageId, xml, transactions, totalCents } = prepared;
      const repository = createInvoicesRepository({ trx });
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
      const opened = await deps.recordsIntake.openCase(shared(trx), {
        planCode: current.planCode,
        departmentId: current.departmentId,
        fileTitle: 'Eingangsrechnungen',
        caseTitle: `Zahllauf ${input.executionDate} (${messageId})`,
        actor: { type: 'staff', id: actor.id },
        documents: [
          {
            title: `SEPA-Überweisungsdatei ${messageId}: ${transactions.length} Überweisung(en), ${formatCents(totalCents)} EUR`,
            documentType: 'payment_order',
            direction: 'outgoing',
            sentOn: at.toISOString().slice(0, 10),
            sha256: stored.sha256,
            byteSize: stored.size,
            mediaType: 'application/xml',
            fileName: `${messageId}.pain001.xml`,
            text: transactions
              .map((tx) => `${tx.endToEndId} ${tx.creditor.name} ${formatCents(tx.amountCents)} EUR`)
              .join('\n'),
            textStatus: 'extracted',
          },
        ],
      });
      await releaseClaim(shared(trx), stored.claimId);
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
      await deps.audit.append(shared(trx), {
        actor: { type: 'staff', id: actor.id },
        action: 'invoices.payment_run',
        object: { type: 'invoice_payment_run', id: runId },
        summary: {
          messageId,
          executionDate: input.executionDate,
          totalCents,
          invoices: transactions.map((tx) => tx.invoice.reference),
          caseId: opened.caseId,
          fileReference: opened.fileReference,
        },
      });
      return { runId, transactions: transactions.length, totalCents, caseId: opened.caseId };
    });
  } catch (error) {
    await abandonClaimed(deps, tenantId, [stored]);
    throw error;
  }
}
