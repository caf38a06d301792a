// The invoice workflow over HTTP: the staff pages (inbox, upload, one invoice and its approval forms,
// payment runs with the pain.001 download) and the suppliers' API (POST an XML or ZUGFeRD PDF, read its state).
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, platformErrors } from '../../platform/http/app-error.ts';
import { defineRoute, type RouteDefinition } from '../../platform/http/route.ts';
import { translate } from '../../platform/i18n/i18n.ts';
import { accessErrors, hasPermission, type StaffActor } from '../access/index.ts';
import { discardReceived, receiveUpload } from '../records/index.ts';
import { isIsoDay, today } from './invoices.dates.ts';
import type { InvoicesDeps } from './invoices.deps.ts';
import { InvoicePage } from './invoices.detail.pages.tsx';
import { invoicesErrors } from './invoices.errors.ts';
import { receiveInvoice } from './invoices.intake.ts';
import { InboxPage, RunsPage, UploadPage } from './invoices.pages.tsx';
import { INVOICES_PATHS } from './invoices.paths.ts';
import { createPaymentRun } from './invoices.payment.ts';
import type { ApprovalStep, InvoiceSource } from './invoices.tables.ts';
import {
  addComment,
  assignDepartment,
  rejectInvoice,
  returnToStep,
  saveBooking,
  signStep,
} from './invoices.usecases.ts';
import type { ValidationReport } from './invoices.validation.report.ts';
import {
  inboxViews,
  loadInbox,
  loadInvoice,
  loadInvoiceState,
  loadRunFile,
  loadRuns,
  mayOpenInvoice,
  type InboxView,
} from './invoices.views.ts';

const work = { permission: 'invoices.work' } as const;
const manage = { permission: 'invoices.manage' } as const;
const tags = ['Rechnungseingang (Kämmerei)'];
const pages = { tags, produces: ['text/html'] };
const forms = { ...pages, consumes: ['application/x-www-form-urlencoded'] };
const Id = Type.String({ format: 'uuid' });
const text = (maxLength: number) => Type.Optional(Type.String({ maxLength }));
const Step = Type.Union([Type.Literal('factual'), Type.Literal('arithmetic'), Type.Literal('order')]);

function tenantOf(request: FastifyRequest): string {
  const tenant = request.ctx.tenant;
  if (!tenant) throw platformErrors.unknown_tenant();
  return tenant.id;
}

function staffOf(request: FastifyRequest): StaffActor {
  if (!request.actor) throw accessErrors.unauthenticated();
  return request.actor;
}

function noStore(reply: FastifyReply) {
  reply.header('cache-control', 'no-store');
}

/** An error the person can act on, shown on the page; anything else goes to the error handler. */
function pageError(request: FastifyRequest, error: unknown, field: string) {
  if (!(error instanceof AppError) || error.statusCode >= 500) throw error;
  const details =
    typeof error.details === 'object' && error.details ? (error.details as Record<string, string>) : {};
  return {
    status: error.statusCode,
    errors: [{ field, message: translate(request.ctx.locale, error.text, details) }],
  };
}

/** The single file of an upload, received and staged (size-limited), for the intake. */
async function receiveInvoiceUpload(
  deps: InvoicesDeps,
  request: FastifyRequest,
  source: InvoiceSource,
  actor: { type: 'staff' | 'api_client'; id: string },
) {
  const upload = await receiveUpload(request, deps.ingest, { maxFiles: 1, maxFields: 5 });
  try {
    const file = upload.files[0];
    if (file?.refusal) throw file.refusal;
    if (!file?.staged) throw invoicesErrors.no_file();
    return await receiveInvoice(deps, tenantOf(request), {
      staged: file.staged,
      fileName: file.name.name,
      source,
      actor,
    });
  } finally {
    await discardReceived(upload);
  }
}

export function createInvoicesRoutes(deps: InvoicesDeps): RouteDefinition[] {
  const showInvoice = async (
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    extra: { notice?: string; errors?: { field: string; message: string }[]; status?: number } = {},
  ) => {
    noStore(reply);
    const actor = staffOf(request);
    const details = await loadInvoice(deps, tenantOf(request), actor, id);
    return reply.html(
      InvoicePage({
        ctx: request.ctx,
        actor,
        details,
        today: today(deps.now()),
        notice: extra.notice,
        ...(extra.errors ? { errors: extra.errors } : {}),
      }),
      extra.status,
    );
  };
  /** A form post on one invoice: do it, then back to the invoice (303) or the page with the reason. */
  const act = async (
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    field: string,
    action: () => Promise<unknown>,
    done: string,
  ) => {
    try {
      await action();
      return reply.redirect(`${INVOICES_PATHS.invoice(id)}?ergebnis=${done}`, 303);
    } catch (error) {
      const { status, errors } = pageError(request, error, field);
      return showInvoice(request, reply, id, { errors, status });
    }
  };
  const results: Record<string, [string, string]> = {
    eingegangen: [
      'Die Rechnung ist angenommen, in der E-Akte abgelegt und in der Freigabe.',
      'The invoice is accepted, filed and in approval.',
    ],
    gezeichnet: ['Der Schritt ist gezeichnet.', 'The step is signed.'],
    zurueckgegeben: ['Die Rechnung ist zurückgegeben.', 'The invoice is returned.'],
    abgelehnt: [
      'Die Rechnung ist abgelehnt; der Rechnungssteller wird benachrichtigt.',
      'The invoice is rejected; the seller is notified.',
    ],
    gespeichert: ['Gespeichert.', 'Saved.'],
    zugeordnet: ['Das Amt ist zugeordnet.', 'The department is assigned.'],
  };

  return [
    defineRoute({
      method: 'GET',
      url: INVOICES_PATHS.inbox,
      access: work,
      schema: {
        querystring: Type.Object({ ansicht: text(20), ergebnis: text(20) }),
        summary: 'Rechnungseingang: Eingangskorb',
        ...pages,
      },
      handler: async ({ request, reply, query }) => {
        noStore(reply);
        const actor = staffOf(request);
        const view: InboxView = inboxViews.includes(query.ansicht as InboxView)
          ? (query.ansicht as InboxView)
          : 'mine';
        const data = await loadInbox(deps, tenantOf(request), actor, view);
        return reply.html(
          InboxPage({
            ctx: request.ctx,
            actor,
            view,
            ...data,
            today: today(deps.now()),
            mayManage: hasPermission(actor, 'invoices.manage'),
            notice:
              query.ergebnis === 'weitergeleitet'
                ? translate(request.ctx.locale, {
                    de: 'Die Rechnung ist angenommen und an das zuständige Amt (oder die Kämmerei zur Zuordnung) weitergeleitet.',
                    en: 'The invoice is accepted and passed on to the responsible department (or to the treasury for assignment).',
                  })
                : undefined,
          }),
        );
      },
    }),
    defineRoute({
      method: 'GET',
      url: INVOICES_PATHS.upload,
      access: work,
      schema: { summary: 'Rechnung hochladen', ...pages },
      handler: ({ request, reply }) => {
        noStore(reply);
        return reply.html(UploadPage({ ctx: request.ctx, actor: staffOf(request) }));
      },
    }),
    defineRoute({
      method: 'POST',
      url: INVOICES_PATHS.upload,
      access: work,
      schema: {
        summary: 'Rechnung hochladen und prüfen (XML oder ZUGFeRD-PDF)',
        tags,
        consumes: ['multipart/form-data'],
        produces: ['text/html'],
      },
      handler: async ({ request, reply }) => {
        const actor = staffOf(request);
        try {
          const received = await receiveInvoiceUpload(deps, request, 'upload', {
            type: 'staff',
            id: actor.id,
          });
          // Routed to a department the uploader does not work for: they are told where it went.
          if (!(await mayOpenInvoice(deps, tenantOf(request), actor, received.invoiceId)))
            return reply.redirect(`${INVOICES_PATHS.inbox}?ergebnis=weitergeleitet`, 303);
          return reply.redirect(`${INVOICES_PATHS.invoice(received.invoiceId)}?ergebnis=eingegangen`, 303);
        } catch (error) {
          const { status, errors } = pageError(request, error, 'datei');
          const report =
            error instanceof AppError
              ? (error.details as { report?: ValidationReport } | undefined)?.report
              : undefined;
          return reply.html(UploadPage({ ctx: request.ctx, actor, errors, report }), status);
        }
      },
    }),
    defineRoute({
      method: 'GET',
      url: INVOICES_PATHS.runs,
      access: manage,
      schema: { querystring: Type.Object({ ergebnis: text(40) }), summary: 'Zahlläufe', ...pages },
      handler: async ({ request, reply, query }) => {
        noStore(reply);
        const data = await loadRuns(deps, tenantOf(request));
        const notice = /^\d+$/.test(query.ergebnis ?? '')
          ? translate(request.ctx.locale, {
              de: `Der Zahllauf mit ${query.ergebnis} Überweisung(en) ist erstellt.`,
              en: `The payment run with ${query.ergebnis} transfer(s) is made.`,
            })
          : undefined;
        return reply.html(
          RunsPage({ ctx: request.ctx, actor: staffOf(request), ...data, today: today(deps.now()), notice }),
        );
      },
    }),
    defineRoute({
      method: 'POST',
      url: INVOICES_PATHS.runs,
      access: manage,
      schema: {
        body: Type.Object({ executionDate: text(20) }),
        summary: 'Zahllauf erstellen (pain.001)',
        ...forms,
      },
      handler: async ({ request, reply, body }) => {
        const actor = staffOf(request);
        const executionDate = (body.executionDate ?? '').trim();
        let errors: { field: string; message: string }[];
        let status = 400;
        if (!isIsoDay(executionDate) || executionDate < today(deps.now())) {
          errors = [
            {
              field: 'executionDate',
              message: translate(request.ctx.locale, {
                de: 'Bitte geben Sie den Ausführungstag an (heute oder später, JJJJ-MM-TT).',
                en: 'Please enter the execution day (today or later, YYYY-MM-DD).',
              }),
            },
          ];
        } else {
          try {
            const run = await createPaymentRun(deps, tenantOf(request), actor, { executionDate });
            return reply.redirect(`${INVOICES_PATHS.runs}?ergebnis=${run.transactions}`, 303);
          } catch (error) {
            ({ status, errors } = pageError(request, error, 'executionDate'));
          }
        }
        const data = await loadRuns(deps, tenantOf(request));
        return reply.html(
          RunsPage({
            ctx: request.ctx,
            actor,
            ...data,
            today: today(deps.now()),
            errors,
            values: { executionDate },
          }),
          status,
        );
      },
    }),
    defineRoute({
      method: 'GET',
      url: INVOICES_PATHS.runFile(':id'),
      access: manage,
      schema: {
        params: Type.Object({ id: Id }),
        summary: 'SEPA-Überweisungsdatei herunterladen (pain.001.001.09)',
        tags,
        produces: ['application/xml'],
      },
      handler: async ({ request, reply, params }) => {
        const { xml, messageId } = await loadRunFile(deps, tenantOf(request), params.id);
        reply.header('cache-control', 'no-store');
        reply.header('content-disposition', `attachment; filename="${messageId}.xml"`);
        reply.header('x-content-type-options', 'nosniff');
        return reply.type('application/xml; charset=utf-8').send(xml);
      },
    }),
    defineRoute({
      method: 'GET',
      url: INVOICES_PATHS.invoice(':id'),
      access: work,
      schema: {
        params: Type.Object({ id: Id }),
        querystring: Type.Object({ ergebnis: text(20) }),
        summary: 'Rechnung mit Prüfbericht und Freigabe',
        ...pages,
      },
      handler: async ({ request, reply, params, query }) => {
        const result = results[query.ergebnis ?? ''];
        return showInvoice(
          request,
          reply,
          params.id,
          result ? { notice: translate(request.ctx.locale, { de: result[0], en: result[1] }) } : {},
        );
      },
    }),
    defineRoute({
      method: 'POST',
      url: INVOICES_PATHS.sign(':id'),
      access: work,
      schema: {
        params: Type.Object({ id: Id }),
        body: Type.Object({ step: Type.Optional(Step), comment: text(4000) }),
        summary: 'Schritt zeichnen (sachlich/rechnerisch richtig, Anordnung)',
        ...forms,
      },
      handler: ({ request, reply, params, body }) =>
        act(
          request,
          reply,
          params.id,
          'sign-comment',
          () =>
            signStep(deps, tenantOf(request), staffOf(request), {
              invoiceId: params.id,
              step: (body.step ?? 'factual') as ApprovalStep,
              comment: body.comment ?? '',
            }),
          'gezeichnet',
        ),
    }),
    defineRoute({
      method: 'POST',
      url: INVOICES_PATHS.returnTo(':id'),
      access: work,
      schema: {
        params: Type.Object({ id: Id }),
        body: Type.Object({ from: Type.Optional(Step), to: Type.Optional(Step), reason: text(4000) }),
        summary: 'An einen früheren Schritt zurückgeben',
        ...forms,
      },
      handler: ({ request, reply, params, body }) =>
        act(
          request,
          reply,
          params.id,
          'return-reason',
          () =>
            returnToStep(deps, tenantOf(request), staffOf(request), {
              invoiceId: params.id,
              from: body.from ?? 'arithmetic',
              to: body.to ?? 'factual',
              reason: body.reason ?? '',
            }),
          'zurueckgegeben',
        ),
    }),
    defineRoute({
      method: 'POST',
      url: INVOICES_PATHS.reject(':id'),
      access: work,
      schema: {
        params: Type.Object({ id: Id }),
        body: Type.Object({ reason: text(4000) }),
        summary: 'Rechnung ablehnen (Nachricht an den Rechnungssteller)',
        ...forms,
      },
      handler: ({ request, reply, params, body }) =>
        act(
          request,
          reply,
          params.id,
          'reject-reason',
          () =>
            rejectInvoice(deps, tenantOf(request), staffOf(request), {
              invoiceId: params.id,
              reason: body.reason ?? '',
            }),
          'abgelehnt',
        ),
    }),
    defineRoute({
      method: 'POST',
      url: INVOICES_PATHS.comment(':id'),
      access: work,
      schema: {
        params: Type.Object({ id: Id }),
        body: Type.Object({ text: text(4000) }),
        summary: 'Bemerkung zur Rechnung',
        ...forms,
      },
      handler: ({ request, reply, params, body }) =>
        act(
          request,
          reply,
          params.id,
          'comment',
          () =>
            addComment(deps, tenantOf(request), staffOf(request), {
              invoiceId: params.id,
              text: body.text ?? '',
            }),
          'gespeichert',
        ),
    }),
    defineRoute({
      method: 'POST',
      url: INVOICES_PATHS.booking(':id'),
      access: work,
      schema: {
        params: Type.Object({ id: Id }),
        body: Type.Object({ budgetItem: text(100), costCentre: text(100) }),
        summary: 'Vorkontierung (Haushaltsstelle/Produkt, Kostenstelle)',
        ...forms,
      },
      handler: ({ request, reply, params, body }) =>
        act(
          request,
          reply,
          params.id,
          'budgetItem',
          () =>
            saveBooking(deps, tenantOf(request), staffOf(request), {
              invoiceId: params.id,
              budgetItem: body.budgetItem ?? '',
              costCentre: body.costCentre ?? '',
            }),
          'gespeichert',
        ),
    }),
    defineRoute({
      method: 'POST',
      url: INVOICES_PATHS.assign(':id'),
      access: manage,
      schema: {
        params: Type.Object({ id: Id }),
        body: Type.Object({ departmentId: Type.Optional(Id) }),
        summary: 'Rechnung einem Amt zuordnen (Klärungsfälle)',
        ...forms,
      },
      handler: ({ request, reply, params, body }) =>
        act(
          request,
          reply,
          params.id,
          'departmentId',
          () =>
            assignDepartment(deps, tenantOf(request), staffOf(request), {
              invoiceId: params.id,
              departmentId: body.departmentId ?? '00000000-0000-4000-8000-000000000000',
            }),
          'zugeordnet',
        ),
    }),
    ...createInvoicesApiRoutes(deps),
  ];
}

const InvoiceState = Type.Object({
  id: Type.String(),
  reference: Type.String(),
  created: Type.Optional(Type.Boolean()),
  duplicateOf: Type.Union([Type.String(), Type.Null()]),
  status: Type.String(),
  step: Type.Union([Type.String(), Type.Null()]),
  warnings: Type.Optional(Type.Array(Type.Object({ ruleId: Type.String(), message: Type.String() }))),
});

/** The suppliers' and portals' API: one invoice per request, as multipart field "file" (XML or PDF). */
function createInvoicesApiRoutes(deps: InvoicesDeps): RouteDefinition[] {
  const submit = { permission: 'invoices.submit' } as const;
  const apiTags = ['Rechnungseingang (API)'];
  return [
    defineRoute({
      method: 'POST',
      url: INVOICES_PATHS.api,
      access: submit,
      csrf: 'bearer-exempt',
      schema: {
        summary:
          'Rechnung einreichen (XRechnung/EN 16931 als XML oder ZUGFeRD/Factur-X-PDF, multipart-Feld "file")',
        description:
          '201 mit der neuen Rechnung; 200, wenn dieselbe Datei schon eingegangen war. 422 invoices.rejected mit dem Prüfbericht in error.details.report, wenn die Prüfung die Rechnung ablehnt.',
        tags: apiTags,
        consumes: ['multipart/form-data'],
        response: { 200: InvoiceState, 201: InvoiceState },
      },
      handler: async ({ request, reply }) => {
        const principal = request.principal;
        if (!principal || principal.kind !== 'api_client') throw accessErrors.forbidden();
        const received = await receiveInvoiceUpload(deps, request, 'api', {
          type: 'api_client',
          id: principal.id,
        });
        const warnings = received.report.findings
          .filter((f) => f.severity !== 'error')
          .map((f) => ({ ruleId: f.ruleId, message: f.message }));
        return reply.status(received.created ? 201 : 200).send({
          id: received.invoiceId,
          reference: received.reference,
          created: received.created,
          duplicateOf: received.duplicateOf,
          status: 'in_approval',
          step: 'factual',
          warnings,
        });
      },
    }),
    defineRoute({
      method: 'GET',
      url: INVOICES_PATHS.apiInvoice(':id'),
      access: submit,
      schema: {
        params: Type.Object({ id: Id }),
        summary: 'Stand einer eingereichten Rechnung',
        tags: apiTags,
        response: { 200: InvoiceState },
      },
      handler: ({ request, params }) => loadInvoiceState(deps, tenantOf(request), params.id),
    }),
  ];
}
