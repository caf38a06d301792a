// The approval of an invoice: sign the current step, return it to an earlier step, reject it (with a
// message to the supplier), comment, assign the department by hand (manual queue), and the pre-booking
// fields. Every change is one transaction with its history row and audit entry; the invoice row is locked,
// so two people acting at once cannot both move it. When the payment order is given or the invoice is
// rejected, the approval record is filed in the invoice's E-Akte case (rendered before the writing
// transaction, which checks the state again).
import type { Kysely } from 'kysely';
import { withTenant, type TenantTransaction } from '../../platform/db/tenant-scope.ts';
import { formatCents } from '../../platform/sepa/index.ts';
import { onBehalfOf as permissionOnBehalfOf, type StaffActor } from '../access/index.ts';
import { findDepartments, staffNames } from '../identity/index.ts';
import { abandonClaimed, releaseClaim, storeClaimed, type ClaimedContent } from '../records/index.ts';
import { earlierSteps, maySign, nextStep, stepNames } from './invoices.approval.ts';
import type { InvoicesDeps } from './invoices.deps.ts';
import type { InvoiceDocument } from './invoices.document.ts';
import { invoicesErrors } from './invoices.errors.ts';
import { invoiceViewer, maySeeInvoice } from './invoices.policies.ts';
import {
  createInvoicesRepository,
  type HistoryRow,
  type InvoiceRow,
  type InvoicesTrx,
} from './invoices.repository.ts';
import type { ApprovalStep, InvoicesTables } from './invoices.tables.ts';

const scoped = <T>(deps: InvoicesDeps, tenantId: string, work: (trx: InvoicesTrx) => Promise<T>) =>
  withTenant(deps.db as Kysely<InvoicesTables>, tenantId, work);
const shared = (trx: InvoicesTrx) => trx as unknown as TenantTransaction<unknown>;

function auditActor(actor: StaffActor, onBehalfOf: string | null = null) {
  const through = onBehalfOf ?? permissionOnBehalfOf(actor, 'invoices.work') ?? null;
  return { type: 'staff' as const, id: actor.id, onBehalfOf: through };
}

/** The invoice, if the actor may see it (invoices.policies.ts); else 404 as if it did not exist. */
async function visibleInvoice(
  trx: InvoicesTrx,
  actor: StaffActor,
  invoiceId: string,
  lock = false,
): Promise<InvoiceRow> {
  const invoice = await createInvoicesRepository({ trx }).invoice(invoiceId, lock);
  if (!invoice || !maySeeInvoice(invoiceViewer(actor, await findDepartments(shared(trx))), invoice))
    throw invoicesErrors.not_found();
  return invoice;
}

const lockedInvoice = (trx: InvoicesTrx, actor: StaffActor, invoiceId: string) =>
  visibleInvoice(trx, actor, invoiceId, true);

function requireStep(invoice: InvoiceRow, step: ApprovalStep) {
  if (invoice.status !== 'in_approval' || invoice.currentStep !== step) throw invoicesErrors.wrong_state();
}

const validSignatures = (history: HistoryRow[]) =>
  history
    .filter((entry) => entry.kind === 'signed' && entry.voidedAt === null && entry.step && entry.staffId)
    .map((entry) => ({ step: entry.step!, staffId: entry.staffId!, onBehalfOf: entry.onBehalfOf }));

/** The approval record filed in the E-Akte: who signed which step when, and the booking. */
async function approvalRecord(trx: InvoicesTrx, invoice: InvoiceRow, history: HistoryRow[], closing: string) {
  const names = await staffNames(
    shared(trx),
    history.flatMap((entry) => [entry.staffId, entry.onBehalfOf]),
  );
  const name = (id: string | null) => (id ? (names.get(id) ?? id) : 'System');
  const lines = [
    `Freigabevermerk zu ${invoice.reference}: Rechnung ${invoice.invoiceNumber} von ${invoice.sellerName}`,
    `Betrag: ${formatCents(invoice.payableCents)} ${invoice.currency}`,
    `Haushaltsstelle/Produkt: ${invoice.budgetItem ?? '–'}; Kostenstelle: ${invoice.bookingCostCentre ?? '–'}`,
    '',
  ];
  for (const entry of history) {
    if (entry.voidedAt) continue;
    const who = `${name(entry.staffId)}${entry.onBehalfOf ? ` i. V. für ${name(entry.onBehalfOf)}` : ''}`;
    const step = entry.step ? ` ${stepNames[entry.step].de}` : '';
    lines.push(
      `${entry.at.toISOString()}  ${entry.kind}${step}  ${who}${entry.text ? `: ${entry.text}` : ''}`,
    );
  }
  lines.push('', closing);
  return `${lines.join('\n')}\n`;
}

async function fileRecord(
  trx: InvoicesTrx,
  deps: InvoicesDeps,
  invoice: InvoiceRow,
  actor: StaffActor,
  stored: ClaimedContent,
  text: string,
  title: string,
) {
  await deps.recordsIntake.addDocuments(shared(trx), {
    caseId: invoice.caseId,
    actor: auditActor(actor),
    documents: [
      {
        title,
        documentType: 'approval_record',
        direction: 'internal',
        sha256: stored.sha256,
        byteSize: stored.size,
        mediaType: 'text/plain',
        fileName: `${invoice.reference}-freigabe.txt`,
        text,
        textStatus: 'extracted',
      },
    ],
  });
  await releaseClaim(shared(trx), stored.claimId);
}

export async function signStep(
  deps: InvoicesDeps,
  tenantId: string,
  actor: StaffActor,
  input: { invoiceId: string; step: ApprovalStep; comment?: string },
): Promise<{ status: InvoiceRow['status']; nextStep: ApprovalStep | null }> {
  const check = async (trx: InvoicesTrx, lock: boolean) => {
    const repository = createInvoicesRepository({ trx });
    const invoice = await visibleInvoice(trx, actor, input.invoiceId, lock);
    requireStep(invoice, input.step);
    if (!invoice.departmentId) throw invoicesErrors.not_routed();
    if (input.step === 'order' && (!invoice.budgetItem || !invoice.bookingCostCentre))
      throw invoicesErrors.booking_missing();
    const history = await repository.history(invoice.id);
    const decision = maySign({
      actor,
      step: input.step,
      amountCents: invoice.payableCents,
      signatures: validSignatures(history),
      limits: await repository.signingLimits(input.step),
    });
    if (!decision.ok) {
      if (decision.reason === 'over_limit')
        throw invoicesErrors.over_limit({ limit: `${formatCents(decision.limitCents ?? 0)} EUR` });
      throw invoicesErrors[decision.reason]();
    }
    return { invoice, history, onBehalfOf: decision.onBehalfOf };
  };
  const following = nextStep(input.step);
  const comment = (input.comment ?? '').trim().slice(0, 4000);

  // The last step files the approval record: rendered and stored before the writing transaction.
  let stored: ClaimedContent | undefined;
  let recordText = '';
  if (following === null) {
    const prepared = await scoped(deps, tenantId, (trx) => check(trx, false));
    const at = deps.now();
    const history: HistoryRow[] = [
      ...prepared.history,
      {
        id: '',
        kind: 'signed',
        step: input.step,
        staffId: actor.id,
        onBehalfOf: prepared.onBehalfOf,
        text: comment,
        at,
        voidedAt: null,
      },
    ];
    recordText = await scoped(deps, tenantId, (trx) =>
      approvalRecord(trx, prepared.invoice, history, 'Die Zahlung ist angeordnet.'),
    );
    stored = await storeClaimed(deps, tenantId, Buffer.from(recordText, 'utf8'));
  }
  try {
    return await scoped(deps, tenantId, async (trx) => {
      const { invoice, onBehalfOf } = await check(trx, true);
      const repository = createInvoicesRepository({ trx });
      const at = deps.now();
      await repository.addHistory(
        invoice.id,
        { kind: 'signed', step: input.step, staffId: actor.id, onBehalfOf, text: comment },
        at,
      );
      const status = following ? 'in_approval' : 'approved';
      await repository.update(invoice.id, { status, current_step: following }, at);
      if (stored)
        await fileRecord(
          trx,
          deps,
          invoice,
          actor,
          stored,
          recordText,
          `Freigabevermerk (Anordnung) ${invoice.reference}`,
        );
      await deps.audit.append(shared(trx), {
        actor: auditActor(actor, onBehalfOf),
        action: 'invoices.signed',
        object: { type: 'invoice', id: invoice.id },
        summary: {
          reference: invoice.reference,
          step: input.step,
          payableCents: invoice.payableCents,
          status,
          comment,
        },
      });
      return { status, nextStep: following };
    });
  } catch (error) {
    if (stored) await abandonClaimed(deps, tenantId, [stored]);
    throw error;
  }
}

/** Back to an earlier step: the signatures from that step on are void and must be given again. */
export async function returnToStep(
  deps: InvoicesDeps,
  tenantId: string,
  actor: StaffActor,
  input: { invoiceId: string; from: ApprovalStep; to: ApprovalStep; reason: string },
) {
  const reason = input.reason.trim();
  if (!reason) throw invoicesErrors.reason_missing();
  await scoped(deps, tenantId, async (trx) => {
    const invoice = await lockedInvoice(trx, actor, input.invoiceId);
    requireStep(invoice, input.from);
    if (!earlierSteps(input.from).includes(input.to)) throw invoicesErrors.wrong_state();
    const repository = createInvoicesRepository({ trx });
    const at = deps.now();
    const voided: ApprovalStep[] = ['factual', 'arithmetic', 'order'].filter(
      (step) => !earlierSteps(input.to).includes(step as ApprovalStep),
    ) as ApprovalStep[];
    await repository.voidSignatures(invoice.id, voided, at);
    await repository.addHistory(
      invoice.id,
      { kind: 'returned', step: input.to, staffId: actor.id, text: reason.slice(0, 4000) },
      at,
    );
    await repository.update(invoice.id, { current_step: input.to }, at);
    await deps.audit.append(shared(trx), {
      actor: auditActor(actor),
      action: 'invoices.returned',
      object: { type: 'invoice', id: invoice.id },
      summary: { reference: invoice.reference, from: input.from, to: input.to, reason },
    });
  });
}

/** Rejection: the invoice is not paid; the supplier is told why (e-mail to the seller's address). */
export async function rejectInvoice(
  deps: InvoicesDeps,
  tenantId: string,
  actor: StaffActor,
  input: { invoiceId: string; reason: string },
) {
  const reason = input.reason.trim().slice(0, 4000);
  if (!reason) throw invoicesErrors.reason_missing();
  const prepared = await scoped(deps, tenantId, async (trx) => {
    const repository = createInvoicesRepository({ trx });
    const invoice = await visibleInvoice(trx, actor, input.invoiceId);
    if (invoice.status !== 'in_approval') throw invoicesErrors.wrong_state();
    const history = await repository.history(invoice.id);
    return {
      invoice,
      text: await approvalRecord(trx, invoice, history, `Abgelehnt von ${actor.displayName}: ${reason}`),
    };
  });
  const stored = await storeClaimed(deps, tenantId, Buffer.from(prepared.text, 'utf8'));
  try {
    await scoped(deps, tenantId, async (trx) => {
      const invoice = await lockedInvoice(trx, actor, input.invoiceId);
      if (invoice.status !== 'in_approval') throw invoicesErrors.wrong_state();
      const repository = createInvoicesRepository({ trx });
      const at = deps.now();
      await repository.addHistory(
        invoice.id,
        { kind: 'rejected', step: invoice.currentStep, staffId: actor.id, text: reason },
        at,
      );
      await repository.update(
        invoice.id,
        { status: 'rejected', current_step: null, rejection_reason: reason },
        at,
      );
      await fileRecord(trx, deps, invoice, actor, stored, prepared.text, `Ablehnung ${invoice.reference}`);
      const document = (await repository.documentOf(invoice.id))?.document as InvoiceDocument | undefined;
      const to = supplierAddress(document);
      if (to)
        await deps.mailer.send(
          {
            tenantId,
            to,
            subject: `Ihre Rechnung ${invoice.invoiceNumber}: abgelehnt`,
            text: [
              'Sehr geehrte Damen und Herren,',
              '',
              `Ihre Rechnung ${invoice.invoiceNumber} (unser Zeichen ${invoice.reference}) über ${formatCents(invoice.payableCents)} ${invoice.currency} können wir nicht begleichen.`,
              '',
              `Begründung: ${reason}`,
              '',
              'Bitte senden Sie uns gegebenenfalls eine berichtigte Rechnung.',
              '',
              'Mit freundlichen Grüßen',
              'Rechnungseingang',
            ].join('\n'),
          },
          trx,
        );
      await deps.audit.append(shared(trx), {
        actor: auditActor(actor),
        action: 'invoices.rejected',
        object: { type: 'invoice', id: invoice.id },
        summary: { reference: invoice.reference, reason, supplierNotified: to !== null },
      });
    });
  } catch (error) {
    await abandonClaimed(deps, tenantId, [stored]);
    throw error;
  }
}

function supplierAddress(document: InvoiceDocument | undefined): string | null {
  const candidates = [document?.seller.email, document?.seller.endpoint];
  return (
    candidates.find((value): value is string => !!value && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) ?? null
  );
}

export async function addComment(
  deps: InvoicesDeps,
  tenantId: string,
  actor: StaffActor,
  input: { invoiceId: string; text: string },
) {
  const text = input.text.trim().slice(0, 4000);
  if (!text) throw invoicesErrors.reason_missing();
  await scoped(deps, tenantId, async (trx) => {
    const invoice = await lockedInvoice(trx, actor, input.invoiceId);
    await createInvoicesRepository({ trx }).addHistory(
      invoice.id,
      { kind: 'comment', staffId: actor.id, text },
      deps.now(),
    );
    await deps.audit.append(shared(trx), {
      actor: auditActor(actor),
      action: 'invoices.commented',
      object: { type: 'invoice', id: invoice.id },
      summary: { reference: invoice.reference, text },
    });
  });
}

/** From the manual queue (or a wrong department) to the responsible one. */
export async function assignDepartment(
  deps: InvoicesDeps,
  tenantId: string,
  actor: StaffActor,
  input: { invoiceId: string; departmentId: string },
) {
  await scoped(deps, tenantId, async (trx) => {
    const invoice = await lockedInvoice(trx, actor, input.invoiceId);
    if (invoice.status !== 'in_approval') throw invoicesErrors.wrong_state();
    const [department] = await findDepartments(shared(trx), [input.departmentId]);
    if (!department) throw invoicesErrors.not_found();
    const repository = createInvoicesRepository({ trx });
    const at = deps.now();
    await repository.update(invoice.id, { department_id: department.id }, at);
    await repository.addHistory(
      invoice.id,
      { kind: 'routed', staffId: actor.id, text: `${department.number} ${department.name}` },
      at,
    );
    await deps.audit.append(shared(trx), {
      actor: auditActor(actor),
      action: 'invoices.routed',
      object: { type: 'invoice', id: invoice.id },
      summary: { reference: invoice.reference, from: invoice.departmentId, to: department.id },
    });
  });
}

/** Pre-booking (Vorkontierung): budget item / product and cost centre, before the payment order. */
export async function saveBooking(
  deps: InvoicesDeps,
  tenantId: string,
  actor: StaffActor,
  input: { invoiceId: string; budgetItem: string; costCentre: string },
) {
  const budgetItem = input.budgetItem.trim().slice(0, 100) || null;
  const costCentre = input.costCentre.trim().slice(0, 100) || null;
  await scoped(deps, tenantId, async (trx) => {
    const invoice = await lockedInvoice(trx, actor, input.invoiceId);
    if (invoice.status !== 'in_approval') throw invoicesErrors.wrong_state();
    const repository = createInvoicesRepository({ trx });
    const at = deps.now();
    await repository.update(invoice.id, { budget_item: budgetItem, booking_cost_centre: costCentre }, at);
    await repository.addHistory(
      invoice.id,
      { kind: 'booking', staffId: actor.id, text: `${budgetItem ?? '–'} / ${costCentre ?? '–'}` },
      at,
    );
    await deps.audit.append(shared(trx), {
      actor: auditActor(actor),
      action: 'invoices.booking_saved',
      object: { type: 'invoice', id: invoice.id },
      summary: { reference: invoice.reference, budgetItem, costCentre },
    });
  });
}
