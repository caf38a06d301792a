// The invoice inbox (by view: my departments, the manual queue, all, approved, paid, rejected) with the
// deadlines that matter (due date, cash discount), the upload form, and the payment runs.
import type { StaffActor } from '../access/index.ts';
import type { DirectoryDepartment } from '../identity/index.ts';
import { StaffPage } from '../identity/index.ts';
import type { RequestContext } from '../../platform/http/request-context.ts';
import { Alert, Heading } from '../../platform/ui/components.tsx';
import { Badge, InputField } from '../../platform/ui/form-fields.tsx';
import { stepNames } from './invoices.approval.ts';
import { daysBetween } from './invoices.dates.ts';
import { INVOICES_PATHS } from './invoices.paths.ts';
import type { InvoiceRow } from './invoices.repository.ts';
import { ReportSection } from './invoices.report.pages.tsx';
import { cents, day, PostForm, Submit, Table, tx } from './invoices.ui.tsx';
import type { InboxView } from './invoices.views.ts';
import type { ValidationReport } from './invoices.validation.report.ts';

const viewNames: Record<InboxView, [string, string]> = {
  mine: ['Meine Ämter', 'My departments'],
  queue: ['Klärung (ohne Amt)', 'Manual queue (no department)'],
  all: ['Alle', 'All'],
  approved: ['Angeordnet', 'Approved'],
  paid: ['Bezahlt', 'Paid'],
  rejected: ['Abgelehnt', 'Rejected'],
};

export function statusLabel(
  ctx: RequestContext,
  invoice: Pick<InvoiceRow, 'status' | 'currentStep'>,
): string {
  if (invoice.status === 'in_approval' && invoice.currentStep)
    return tx(
      ctx,
      `Wartet auf: ${stepNames[invoice.currentStep].de}`,
      `Awaiting: ${stepNames[invoice.currentStep].en}`,
    );
  const names = {
    approved: ['Angeordnet', 'Approved'],
    paid: ['Bezahlt', 'Paid'],
    rejected: ['Abgelehnt', 'Rejected'],
    in_approval: ['In Freigabe', 'In approval'],
  } as const;
  const [de, en] = names[invoice.status];
  return tx(ctx, de, en);
}

/** Due date and cash-discount deadline with how many days are left; overdue ones stand out. */
export function Deadline(props: { ctx: RequestContext; invoice: InvoiceRow; today: string }) {
  const { ctx, invoice } = props;
  const parts = [];
  if (invoice.skontoUntil && invoice.status === 'in_approval') {
    const left = daysBetween(props.today, invoice.skontoUntil);
    parts.push(
      <span>
        {tx(
          ctx,
          `Skonto ${invoice.skontoPercent} % bis ${day(ctx, invoice.skontoUntil)}`,
          `Discount ${invoice.skontoPercent} % until ${day(ctx, invoice.skontoUntil)}`,
        )}{' '}
        {left < 0 ? (
          <Badge kind="warning" label={tx(ctx, 'verstrichen', 'passed')} />
        ) : left <= 3 ? (
          <Badge kind="warning" label={tx(ctx, `noch ${left} Tage`, `${left} days left`)} />
        ) : null}
      </span>,
    );
  }
  if (invoice.dueDate) {
    const left = daysBetween(props.today, invoice.dueDate);
    const open = invoice.status === 'in_approval' || invoice.status === 'approved';
    parts.push(
      <span>
        {tx(ctx, `fällig ${day(ctx, invoice.dueDate)}`, `due ${day(ctx, invoice.dueDate)}`)}{' '}
        {open && left < 0 ? (
          <Badge kind="danger" label={tx(ctx, 'überfällig', 'overdue')} />
        ) : open && left <= 7 ? (
          <Badge kind="warning" label={tx(ctx, `noch ${left} Tage`, `${left} days left`)} />
        ) : null}
      </span>,
    );
  }
  return parts.length > 0 ? <span class="stack">{parts}</span> : <span>–</span>;
}

export function InboxPage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  view: InboxView;
  rows: InvoiceRow[];
  departments: Map<string, DirectoryDepartment>;
  today: string;
  mayManage: boolean;
  notice?: string | undefined;
}) {
  const { ctx } = props;
  return (
    <StaffPage
      ctx={ctx}
      actor={props.actor}
      title={tx(ctx, 'Rechnungseingang', 'Incoming invoices')}
      currentHref={INVOICES_PATHS.inbox}
      notice={props.notice}
    >
      <nav aria-label={tx(ctx, 'Ansichten', 'Views')}>
        <ul class="kern-list" role="list">
          {(Object.keys(viewNames) as InboxView[]).map((view) => (
            <li>
              <a
                class="kern-link"
                href={`${INVOICES_PATHS.inbox}?ansicht=${view}`}
                aria-current={view === props.view ? 'page' : undefined}
              >
                {tx(ctx, ...viewNames[view])}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p>
        <a class="kern-link" href={INVOICES_PATHS.upload}>
          {tx(ctx, 'Rechnung hochladen (XRechnung oder ZUGFeRD)', 'Upload an invoice (XRechnung or ZUGFeRD)')}
        </a>
        {props.mayManage ? (
          <>
            {' · '}
            <a class="kern-link" href={INVOICES_PATHS.runs}>
              {tx(ctx, 'Zahlläufe', 'Payment runs')}
            </a>
          </>
        ) : null}
      </p>
      {props.rows.length === 0 ? (
        <p>{tx(ctx, 'Keine Rechnungen in dieser Ansicht.', 'No invoices in this view.')}</p>
      ) : (
        <Table
          caption={tx(ctx, ...viewNames[props.view])}
          headers={[
            tx(ctx, 'Eingang', 'Receipt'),
            tx(ctx, 'Rechnungssteller', 'Seller'),
            tx(ctx, 'Rechnungsnr.', 'Invoice no.'),
            tx(ctx, 'Betrag', 'Amount'),
            tx(ctx, 'Fristen', 'Deadlines'),
            tx(ctx, 'Amt', 'Department'),
            tx(ctx, 'Stand', 'Status'),
          ]}
          numeric={[3]}
          rows={props.rows.map((invoice) => [
            <a class="kern-link" href={INVOICES_PATHS.invoice(invoice.id)}>
              {invoice.reference}
            </a>,
            invoice.sellerName,
            <span>
              {invoice.invoiceNumber}
              {invoice.duplicateOf ? (
                <>
                  {' '}
                  <Badge kind="warning" label={tx(ctx, 'mögliche Doppelrechnung', 'possible duplicate')} />
                </>
              ) : null}
            </span>,
            cents(ctx, invoice.payableCents, invoice.currency),
            <Deadline ctx={ctx} invoice={invoice} today={props.today} />,
            invoice.departmentId
              ? (props.departments.get(invoice.departmentId)?.name ?? '–')
              : tx(ctx, 'Klärung', 'Queue'),
            statusLabel(ctx, invoice),
          ])}
        />
      )}
    </StaffPage>
  );
}

export function UploadPage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  errors?: { field: string; message: string }[];
  report?: ValidationReport | undefined;
}) {
  const { ctx } = props;
  return (
    <StaffPage
      ctx={ctx}
      actor={props.actor}
      title={tx(ctx, 'Rechnung hochladen', 'Upload an invoice')}
      currentHref={INVOICES_PATHS.inbox}
      errors={props.errors}
    >
      <p class="kern-body">
        {tx(
          ctx,
          'XRechnung oder EN-16931-Rechnung als XML (UBL oder CII) oder als ZUGFeRD-/Factur-X-PDF. Die Rechnung wird wie mit dem Prüftool der KoSIT geprüft; nur angenommene Rechnungen gehen in die Freigabe und werden in der E-Akte abgelegt.',
          'XRechnung or EN 16931 invoice as XML (UBL or CII) or as a ZUGFeRD/Factur-X PDF. The invoice is validated like the KoSIT validator does; only accepted invoices go into approval and are filed in the E-Akte.',
        )}
      </p>
      <PostForm ctx={ctx} action={INVOICES_PATHS.upload} multipart>
        <div class="kern-form-input">
          <label class="kern-label" for="datei">
            {tx(ctx, 'Rechnungsdatei (XML oder PDF)', 'Invoice file (XML or PDF)')}
          </label>
          <input
            class="kern-form-input__input"
            type="file"
            id="datei"
            name="datei"
            accept=".xml,.pdf,application/xml,text/xml,application/pdf"
            aria-invalid={props.errors?.length ? 'true' : undefined}
          />
        </div>
        <Submit label={tx(ctx, 'Hochladen und prüfen', 'Upload and validate')} />
      </PostForm>
      {props.report ? <ReportSection ctx={ctx} report={props.report} /> : null}
    </StaffPage>
  );
}

export function RunsPage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  runs: {
    id: string;
    messageId: string;
    executionDate: string;
    transactions: number;
    totalCents: number;
    createdAt: Date;
  }[];
  approved: InvoiceRow[];
  today: string;
  values?: { executionDate: string };
  errors?: { field: string; message: string }[];
  notice?: string | undefined;
}) {
  const { ctx } = props;
  const error = props.errors?.find((e) => e.field === 'executionDate')?.message;
  return (
    <StaffPage
      ctx={ctx}
      actor={props.actor}
      title={tx(ctx, 'Zahlläufe', 'Payment runs')}
      currentHref={INVOICES_PATHS.inbox}
      errors={props.errors}
      notice={props.notice}
    >
      <section class="stack" aria-labelledby="neu">
        <Heading level={2} id="neu">
          {tx(ctx, 'Neuer Zahllauf', 'New payment run')}
        </Heading>
        <p>
          {tx(
            ctx,
            `${props.approved.length} angeordnete Rechnung(en) warten auf Zahlung. Der Zahllauf erstellt eine SEPA-Überweisungsdatei (pain.001.001.09) und setzt die Rechnungen auf „bezahlt“. Skonto wird abgezogen, wenn der Ausführungstag in der Skontofrist liegt.`,
            `${props.approved.length} approved invoice(s) await payment. The run makes a SEPA credit-transfer file (pain.001.001.09) and marks the invoices paid. A cash discount is taken when the execution day lies within its deadline.`,
          )}
        </p>
        <PostForm ctx={ctx} action={INVOICES_PATHS.runs}>
          <InputField
            id="executionDate"
            label={tx(ctx, 'Ausführungstag (JJJJ-MM-TT)', 'Execution day (YYYY-MM-DD)')}
            value={props.values?.executionDate ?? props.today}
            error={error}
          />
          <Submit label={tx(ctx, 'Zahllauf erstellen', 'Create payment run')} />
        </PostForm>
      </section>
      {props.runs.length > 0 ? (
        <Table
          caption={tx(ctx, 'Bisherige Zahlläufe', 'Earlier payment runs')}
          headers={[
            tx(ctx, 'Nachricht', 'Message'),
            tx(ctx, 'Ausführung', 'Execution'),
            tx(ctx, 'Überweisungen', 'Transfers'),
            tx(ctx, 'Summe', 'Total'),
            tx(ctx, 'Datei', 'File'),
          ]}
          numeric={[2, 3]}
          rows={props.runs.map((run) => [
            run.messageId,
            day(ctx, run.executionDate),
            String(run.transactions),
            cents(ctx, run.totalCents),
            <a class="kern-link" href={INVOICES_PATHS.runFile(run.id)}>
              {tx(ctx, `pain.001 herunterladen (${run.messageId})`, `Download pain.001 (${run.messageId})`)}
            </a>,
          ])}
        />
      ) : (
        <Alert kind="info" title={tx(ctx, 'Noch kein Zahllauf.', 'No payment run yet.')} />
      )}
    </StaffPage>
  );
}
