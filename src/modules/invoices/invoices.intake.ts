// Intake of one invoice file (browser upload, supplier API, later the mail inbox): an XML invoice or a
// ZUGFeRD/Factur-X PDF. Validated exactly like the KoSIT validator; a rejected document is refused with
// the report's reasons and nothing is stored. An accepted one is read, routed, and — in ONE transaction —
// recorded and filed as a case in the Kämmerei's file of the year (original, extracted XML, validation
// report). The same bytes twice are one invoice (idempotent by content hash); another invoice of the same
// seller with the same number and amount is flagged as a possible duplicate, not refused.
import { open, readFile } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import { withTenant, type TenantTransaction } from '../../platform/db/tenant-scope.ts';
import { plainTextOf, renderPdfA } from '../../platform/pdf/index.ts';
import type { AuditEvent } from '../audit/index.ts';
import {
  abandonClaimed,
  releaseClaim,
  storeClaimed,
  type ClaimedContent,
  type IntakeDocument,
  type StagedFile,
} from '../records/index.ts';
import { localYear, today } from './invoices.dates.ts';
import type { InvoicesDeps } from './invoices.deps.ts';
import { decimalToCents, readInvoiceDocument, type InvoiceDocument } from './invoices.document.ts';
import { invoicesErrors } from './invoices.errors.ts';
import { createInvoicesRepository, type InvoicesTrx } from './invoices.repository.ts';
import { reportPdfSpec } from './invoices.report-text.ts';
import { routeInvoice } from './invoices.routing.ts';
import { skontoDeadline } from './invoices.approval.ts';
import type { InvoiceSource, InvoicesTables } from './invoices.tables.ts';
import { validateInvoice } from './invoices.validation.ts';
import { errorRuleIds, type ValidationReport } from './invoices.validation.report.ts';
import { extractEmbeddedInvoice } from './invoices.zugferd.ts';

export interface ReceiveInput {
  staged: StagedFile;
  fileName: string;
  source: InvoiceSource;
  actor: AuditEvent['actor'];
}

export interface Received {
  invoiceId: string;
  reference: string;
  /** False when the same file had been received before (the earlier invoice is returned). */
  created: boolean;
  duplicateOf: string | null;
  departmentId: string | null;
  report: ValidationReport;
}

/** A refusal by the validation: the error carries the report so pages and the API can show every finding. */
export function rejectedError(report: ValidationReport) {
  const reason = report.refusal
    ? `${report.refusal.text.de}${report.refusal.detail ? ` (${report.refusal.detail})` : ''}`
    : errorRuleIds(report).join(', ');
  return invoicesErrors.rejected({ reason, report });
}

async function isPdf(path: string): Promise<boolean> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(5);
    await file.read(head, 0, 5, 0);
    return head.toString('latin1') === '%PDF-';
  } finally {
    await file.close();
  }
}

const scoped = <T>(deps: InvoicesDeps, tenantId: string, work: (trx: InvoicesTrx) => Promise<T>) =>
  withTenant(deps.db as Kysely<InvoicesTables>, tenantId, work);
const shared = (trx: InvoicesTrx) => trx as unknown as TenantTransaction<unknown>;

export async function receiveInvoice(
  deps: InvoicesDeps,
  tenantId: string,
  input: ReceiveInput,
): Promise<Received> {
  const pdf = await isPdf(input.staged.path);
  const xml = pdf
    ? await extractEmbeddedInvoice(input.staged.path, deps.ingest.maxFileBytes)
    : await readFile(input.staged.path);
  const report = await (deps.validate ?? validateInvoice)(xml);
  if (!report.accepted) throw rejectedError(report);
  const document = readInvoiceDocument(xml);
  const payableCents = decimalToCents(document.totals.payable);
  if (payableCents === undefined) throw rejectedError(report);

  const existing = await scoped(deps, tenantId, (trx) =>
    createInvoicesRepository({ trx }).idBySha(input.staged.sha256),
  );
  if (existing)
    return {
      invoiceId: existing.id,
      reference: existing.reference,
      created: false,
      duplicateOf: null,
      departmentId: null,
      report,
    };

  // Slow work (storing blobs) before the writing transaction; claims are released by filing them.
  const baseName = input.fileName.replace(/\.(xml|pdf)$/i, '') || 'rechnung';
  const stored: ClaimedContent[] = [];
  try {
    const original = await storeClaimed(deps, tenantId, await readFile(input.staged.path));
    stored.push(original);
    const extracted = pdf ? await storeClaimed(deps, tenantId, xml) : undefined;
    if (extracted) stored.push(extracted);
    const title = `Rechnung ${document.invoiceNumber} von ${document.seller.name}`;
    // The validation report is filed as PDF/A (archival), its text beside it for the search.
    const reportSpec = reportPdfSpec(report, title, deps.now());
    const reportBlob = await storeClaimed(
      deps,
      tenantId,
      await renderPdfA(reportSpec, { timeoutMs: 60_000 }),
    );
    stored.push(reportBlob);

    const result = await scoped(deps, tenantId, async (trx): Promise<Received> => {
      const repository = createInvoicesRepository({ trx });
      // The same file sent twice at once: the second finds the first here (or the unique index refuses it).
      const again = await repository.idBySha(input.staged.sha256);
      if (again)
        return {
          invoiceId: again.id,
          reference: again.reference,
          created: false,
          duplicateOf: null,
          departmentId: null,
          report,
        };
      const settings = await repository.settings();
      if (!settings) throw invoicesErrors.not_set_up();
      const at = deps.now();
      const route = routeInvoice(
        { leitweg: document.leitwegId, order: document.orderReference, cost_centre: document.accountingCost },
        await repository.routingRules(),
      );
      const duplicateOf = await repository.duplicateOf(
        document.seller.name,
        document.invoiceNumber,
        payableCents,
      );
      const reference = await repository.nextReference(localYear(at));
      const received = { receivedOn: today(at), sender: document.seller.name.slice(0, 200) };
      const documents: IntakeDocument[] = [
        {
          title: `${title} (${pdf ? 'PDF' : 'XML'}, Original)`,
          documentType: 'invoice',
          direction: 'incoming',
          ...received,
          sha256: original.sha256,
          byteSize: original.size,
          mediaType: pdf ? 'application/pdf' : 'application/xml',
          fileName: `${baseName}.${pdf ? 'pdf' : 'xml'}`,
          textStatus: 'none',
        },
        ...(extracted
          ? [
              {
                title: `${title} (eingebettete XML)`,
                documentType: 'invoice',
                direction: 'incoming' as const,
                ...received,
                sha256: extracted.sha256,
                byteSize: extracted.size,
                mediaType: 'application/xml',
                fileName: `${baseName}.xml`,
                textStatus: 'none' as const,
              },
            ]
          : []),
        {
          title: `Prüfbericht zu ${title}`,
          documentType: 'validation_report',
          direction: 'internal',
          sha256: reportBlob.sha256,
          byteSize: reportBlob.size,
          mediaType: 'application/pdf',
          fileName: `${reference}-pruefbericht.pdf`,
          text: plainTextOf(reportSpec),
          textStatus: 'extracted',
        },
      ];
      const opened = await deps.recordsIntake.openCase(shared(trx), {
        planCode: settings.planCode,
        departmentId: settings.departmentId,
        fileTitle: 'Eingangsrechnungen',
        caseTitle: `${reference}: ${title}`.slice(0, 500),
        actor: input.actor,
        documents,
      });
      // The versions reference the content now; the claims that guarded it until here have done their job.
      for (const blob of stored) await releaseClaim(shared(trx), blob.claimId);
      const skonto = document.skonto[0];
      const invoiceId = await repository.insertInvoice(
        {
          reference,
          sha256: input.staged.sha256,
          source: input.source,
          container: pdf ? 'pdf' : 'xml',
          syntax: document.syntax,
          invoiceNumber: document.invoiceNumber.slice(0, 200),
          sellerName: document.seller.name.slice(0, 500) || '–',
          issueDate: isDay(document.issueDate),
          dueDate: isDay(document.dueDate),
          skontoUntil: skonto ? skontoDeadline(isDay(document.issueDate), skonto.days) : null,
          skontoPercent: skonto?.percent ?? null,
          currency: document.currency || 'EUR',
          payableCents,
          iban: document.payment.iban || null,
          leitwegId: document.leitwegId || null,
          orderReference: document.orderReference || null,
          costCentre: document.accountingCost || null,
          departmentId: route?.departmentId ?? null,
          status: 'in_approval',
          currentStep: 'factual',
          duplicateOf,
          budgetItem: null,
          bookingCostCentre: document.accountingCost ? document.accountingCost.slice(0, 100) : null,
          caseId: opened.caseId,
          fileReference: opened.fileReference,
          document,
          report,
        },
        at,
      );
      await repository.addHistory(
        invoiceId,
        { kind: 'received', text: `${input.source}: ${input.fileName}`.slice(0, 4000) },
        at,
      );
      if (route)
        await repository.addHistory(
          invoiceId,
          { kind: 'routed', text: `automatisch (${route.rule.kind}: ${route.rule.pattern})` },
          at,
        );
      await deps.audit.append(shared(trx), {
        actor: input.actor,
        action: 'invoices.received',
        object: { type: 'invoice', id: invoiceId },
        summary: {
          reference,
          seller: document.seller.name,
          invoiceNumber: document.invoiceNumber,
          payableCents,
          source: input.source,
          container: pdf ? 'pdf' : 'xml',
          departmentId: route?.departmentId ?? null,
          duplicateOf,
          caseId: opened.caseId,
          scenario: report.scenario,
        },
      });
      return {
        invoiceId,
        reference,
        created: true,
        duplicateOf,
        departmentId: route?.departmentId ?? null,
        report,
      };
    });
    // Outside the transaction (PGlite has one connection): the blobs of a file that was already there.
    if (!result.created) await abandonClaimed(deps, tenantId, stored);
    return result;
  } catch (error) {
    await abandonClaimed(deps, tenantId, stored);
    throw error;
  }
}

function isDay(value: string): string | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

export type { InvoiceDocument };
