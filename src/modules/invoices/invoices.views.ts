// What the pages show, read in one transaction each: the inbox of one's departments (or the manual queue,
// or all), one invoice with its document, report, history and what the viewer may do now, the payment runs.
import type { Kysely } from 'kysely';
import { withTenant, type TenantTransaction } from '../../platform/db/tenant-scope.ts';
import { hasPermission, type StaffActor } from '../access/index.ts';
import { findDepartments, staffNames, type DirectoryDepartment } from '../identity/index.ts';
import { maySign, type SigningDecision } from './invoices.approval.ts';
import { invoiceViewer, maySeeInvoice } from './invoices.policies.ts';
import type { InvoicesDeps } from './invoices.deps.ts';
import type { InvoiceDocument } from './invoices.document.ts';
import { invoicesErrors } from './invoices.errors.ts';
import {
  createInvoicesRepository,
  type HistoryRow,
  type InvoiceRow,
  type InvoicesTrx,
} from './invoices.repository.ts';
import { unpayableReason } from './invoices.payment.ts';
import type { InvoicesTables, InvoiceStatus } from './invoices.tables.ts';
import type { ValidationReport } from './invoices.validation.report.ts';

const scoped = <T>(deps: InvoicesDeps, tenantId: string, work: (trx: InvoicesTrx) => Promise<T>) =>
  withTenant(deps.db as Kysely<InvoicesTables>, tenantId, work);
const shared = (trx: InvoicesTrx) => trx as unknown as TenantTransaction<unknown>;

export type InboxView = 'mine' | 'queue' | 'all' | 'approved' | 'paid' | 'rejected';
export const inboxViews: InboxView[] = ['mine', 'queue', 'all', 'approved', 'paid', 'rejected'];

export async function loadInbox(deps: InvoicesDeps, tenantId: string, actor: StaffActor, view: InboxView) {
  return scoped(deps, tenantId, async (trx) => {
    const repository = createInvoicesRepository({ trx });
    const departments = await findDepartments(shared(trx));
    const status: Record<InboxView, InvoiceStatus | undefined> = {
      mine: 'in_approval',
      queue: 'in_approval',
      all: undefined,
      approved: 'approved',
      paid: 'paid',
      rejected: 'rejected',
    };
    const viewer = invoiceViewer(actor, departments);
    // Only what the viewer may see, in the query itself; the manual queue is the treasury's.
    const scope = view === 'queue' ? null : viewer.all ? undefined : viewer.departmentIds;
    const rows =
      view === 'queue' && !viewer.all
        ? []
        : await repository.inbox({
            ...(status[view] ? { status: status[view] } : {}),
            ...(scope !== undefined ? { departmentIds: scope } : {}),
          });
    return { rows, departments: new Map(departments.map((d) => [d.id, d])) };
  });
}

export interface InvoiceDetails {
  invoice: InvoiceRow;
  document: InvoiceDocument;
  report: ValidationReport;
  history: (HistoryRow & { staffName: string | null; onBehalfOfName: string | null })[];
  department: DirectoryDepartment | null;
  departments: DirectoryDepartment[];
  duplicate: { id: string; reference: string } | null;
  /** Whether the viewer may sign the current step, and if not why. */
  signing: SigningDecision | null;
  mayManage: boolean;
  unpayable: string | null;
}

export async function loadInvoice(
  deps: InvoicesDeps,
  tenantId: string,
  actor: StaffActor,
  invoiceId: string,
): Promise<InvoiceDetails> {
  return scoped(deps, tenantId, async (trx) => {
    const repository = createInvoicesRepository({ trx });
    const invoice = await repository.invoice(invoiceId);
    const departments = await findDepartments(shared(trx));
    if (!invoice || !maySeeInvoice(invoiceViewer(actor, departments), invoice))
      throw invoicesErrors.not_found();
    const content = await repository.documentOf(invoiceId);
    const history = await repository.history(invoiceId);
    const names = await staffNames(
      shared(trx),
      history.flatMap((entry) => [entry.staffId, entry.onBehalfOf]),
    );
    const duplicate = invoice.duplicateOf ? await repository.invoice(invoice.duplicateOf) : undefined;
    const signing =
      invoice.status === 'in_approval' && invoice.currentStep
        ? maySign({
            actor,
            step: invoice.currentStep,
            amountCents: invoice.payableCents,
            signatures: history
              .filter((entry) => entry.kind === 'signed' && !entry.voidedAt && entry.step && entry.staffId)
              .map((entry) => ({ step: entry.step!, staffId: entry.staffId!, onBehalfOf: entry.onBehalfOf })),
            limits: await repository.signingLimits(invoice.currentStep),
          })
        : null;
    return {
      invoice,
      document: content!.document as InvoiceDocument,
      report: content!.report as ValidationReport,
      history: history.map((entry) => ({
        ...entry,
        staffName: entry.staffId ? (names.get(entry.staffId) ?? null) : null,
        onBehalfOfName: entry.onBehalfOf ? (names.get(entry.onBehalfOf) ?? null) : null,
      })),
      department: departments.find((d) => d.id === invoice.departmentId) ?? null,
      departments,
      duplicate: duplicate ? { id: duplicate.id, reference: duplicate.reference } : null,
      signing,
      mayManage: hasPermission(actor, 'invoices.manage'),
      unpayable: unpayableReason(invoice),
    };
  });
}

export async function loadRuns(deps: InvoicesDeps, tenantId: string) {
  return scoped(deps, tenantId, async (trx) => {
    const repository = createInvoicesRepository({ trx });
    return { runs: await repository.runs(), approved: await repository.inbox({ status: 'approved' }) };
  });
}

export async function loadRunFile(deps: InvoicesDeps, tenantId: string, runId: string) {
  const run = await scoped(deps, tenantId, (trx) => createInvoicesRepository({ trx }).runXml(runId));
  if (!run) throw invoicesErrors.run_not_found();
  return run;
}

/** Whether the person may open the invoice (an upload may be routed to another department). */
export async function mayOpenInvoice(
  deps: InvoicesDeps,
  tenantId: string,
  actor: StaffActor,
  invoiceId: string,
) {
  return scoped(deps, tenantId, async (trx) => {
    const invoice = await createInvoicesRepository({ trx }).invoice(invoiceId);
    return !!invoice && maySeeInvoice(invoiceViewer(actor, await findDepartments(shared(trx))), invoice);
  });
}

/** What a supplier's system may learn of an invoice: its state, no internal notes. */
export async function loadInvoiceState(deps: InvoicesDeps, tenantId: string, invoiceId: string) {
  const invoice = await scoped(deps, tenantId, (trx) => createInvoicesRepository({ trx }).invoice(invoiceId));
  if (!invoice) throw invoicesErrors.not_found();
  return {
    id: invoice.id,
    reference: invoice.reference,
    duplicateOf: invoice.duplicateOf,
    status: invoice.status,
    step: invoice.currentStep,
  };
}
