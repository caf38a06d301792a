// One invoice as a clerk reads it — parties, references, lines, allowances and charges, VAT, totals,
// payment — with its validation report, deadlines, approval steps and history, and the forms for what the
// viewer may do now (sign, pre-booking, return, reject, comment, assign the department).
import type { StaffActor } from '../access/index.ts';
import { StaffPage } from '../identity/index.ts';
import type { RequestContext } from '../../platform/http/request-context.ts';
import { formatIban } from '../../platform/sepa/index.ts';
import { Alert, Heading } from '../../platform/ui/components.tsx';
import { InputField, SelectField, TextareaField } from '../../platform/ui/form-fields.tsx';
import { approvalSteps, earlierSteps, stepNames } from './invoices.approval.ts';
import type { InvoiceParty } from './invoices.document.ts';
import { Deadline, statusLabel } from './invoices.pages.tsx';
import { INVOICES_PATHS } from './invoices.paths.ts';
import { ReportSection } from './invoices.report.pages.tsx';
import { cents, day, Facts, money, PostForm, Submit, Table, tx } from './invoices.ui.tsx';
import type { InvoiceDetails } from './invoices.views.ts';

function Party(props: { ctx: RequestContext; title: string; id: string; party: InvoiceParty }) {
  const { ctx, party } = props;
  return (
    <section aria-labelledby={props.id}>
      <Heading level={3} id={props.id}>
        {props.title}
      </Heading>
      <Facts
        items={[
          [
            tx(ctx, 'Name', 'Name'),
            party.name +
              (party.tradingName && party.tradingName !== party.name ? ` (${party.tradingName})` : ''),
          ],
          [
            tx(ctx, 'Anschrift', 'Address'),
            [party.street, `${party.postalCode} ${party.city}`.trim(), party.country]
              .filter(Boolean)
              .join(', '),
          ],
          [tx(ctx, 'USt-IdNr.', 'VAT ID'), party.vatId],
          [
            tx(ctx, 'Kontakt', 'Contact'),
            [party.contactName, party.phone, party.email].filter(Boolean).join(', '),
          ],
          [tx(ctx, 'Elektronische Adresse', 'Electronic address'), party.endpoint],
        ]}
      />
    </section>
  );
}

const reasonText: Record<string, [string, string]> = {
  four_eyes: [
    'Sie haben bereits einen anderen Schritt dieser Rechnung gezeichnet (Vier-Augen-Prinzip).',
    'You already signed another step of this invoice (four eyes).',
  ],
  no_authority: [
    'Sie haben keine Zeichnungsbefugnis für diesen Schritt.',
    'You have no signing authority for this step.',
  ],
  over_limit: ['Der Betrag übersteigt Ihre Zeichnungsgrenze.', 'The amount exceeds your signing limit.'],
};

export function InvoicePage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  details: InvoiceDetails;
  today: string;
  notice?: string | undefined;
  errors?: { field: string; message: string }[];
}) {
  const { ctx, details } = props;
  const { invoice, document: doc } = details;
  const cur = doc.currency;
  const step = invoice.currentStep;
  const open = invoice.status === 'in_approval';
  const signatures = details.history.filter((entry) => entry.kind === 'signed' && !entry.voidedAt);
  return (
    <StaffPage
      ctx={ctx}
      actor={props.actor}
      title={tx(
        ctx,
        `Rechnung ${doc.invoiceNumber} – ${invoice.sellerName}`,
        `Invoice ${doc.invoiceNumber} – ${invoice.sellerName}`,
      )}
      currentHref={INVOICES_PATHS.inbox}
      notice={props.notice}
      errors={props.errors}
    >
      {details.duplicate ? (
        <Alert kind="warning" title={tx(ctx, 'Mögliche Doppelrechnung', 'Possible duplicate')}>
          <p>
            {tx(
              ctx,
              'Eine Rechnung desselben Rechnungsstellers mit gleicher Nummer und gleichem Betrag ist bereits eingegangen: ',
              'An invoice of the same seller with the same number and amount was received before: ',
            )}
            <a class="kern-link" href={INVOICES_PATHS.invoice(details.duplicate.id)}>
              {details.duplicate.reference}
            </a>
          </p>
        </Alert>
      ) : null}
      <Facts
        items={[
          [tx(ctx, 'Eingangsnummer', 'Receipt number'), invoice.reference],
          [tx(ctx, 'Stand', 'Status'), statusLabel(ctx, invoice)],
          [
            tx(ctx, 'Zuständiges Amt', 'Department'),
            details.department
              ? `${details.department.number} ${details.department.name}`
              : tx(ctx, 'noch keinem Amt zugeordnet (Klärung)', 'not yet assigned (manual queue)'),
          ],
          [tx(ctx, 'Betrag (zu zahlen)', 'Amount due'), cents(ctx, invoice.payableCents, cur)],
          [tx(ctx, 'Fristen', 'Deadlines'), <Deadline ctx={ctx} invoice={invoice} today={props.today} />],
          [tx(ctx, 'E-Akte', 'Records'), `${invoice.fileReference}`],
          [
            tx(ctx, 'Eingang', 'Received'),
            `${day(ctx, invoice.receivedAt.toISOString().slice(0, 10))} (${invoice.source}, ${invoice.container.toUpperCase()}, ${invoice.syntax.toUpperCase()})`,
          ],
        ]}
      />
      {invoice.rejectionReason ? (
        <Alert
          kind="danger"
          title={tx(ctx, `Abgelehnt: ${invoice.rejectionReason}`, `Rejected: ${invoice.rejectionReason}`)}
        />
      ) : null}

      <section class="stack" aria-labelledby="rechnung">
        <Heading level={2} id="rechnung">
          {tx(ctx, 'Rechnung', 'Invoice')}
        </Heading>
        <Facts
          items={[
            [tx(ctx, 'Rechnungsnummer', 'Invoice number'), doc.invoiceNumber],
            [tx(ctx, 'Rechnungsdatum', 'Issue date'), day(ctx, doc.issueDate)],
            [tx(ctx, 'Fälligkeitsdatum', 'Due date'), day(ctx, doc.dueDate)],
            [tx(ctx, 'Art (Code)', 'Type (code)'), doc.typeCode],
            ['Leitweg-ID', doc.leitwegId],
            [tx(ctx, 'Bestellnummer', 'Order reference'), doc.orderReference],
            [tx(ctx, 'Vertrag', 'Contract'), doc.contractReference],
            [
              tx(ctx, 'Kostenstelle des Käufers (BT-19)', "Buyer's accounting reference (BT-19)"),
              doc.accountingCost,
            ],
            [tx(ctx, 'Bemerkungen', 'Notes'), doc.notes.join(' · ')],
          ]}
        />
        <div class="grid">
          <Party ctx={ctx} id="verkaeufer" title={tx(ctx, 'Rechnungssteller', 'Seller')} party={doc.seller} />
          <Party ctx={ctx} id="kaeufer" title={tx(ctx, 'Rechnungsempfänger', 'Buyer')} party={doc.buyer} />
        </div>
        <Table
          caption={tx(ctx, `Positionen (${doc.lines.length})`, `Lines (${doc.lines.length})`)}
          headers={[
            tx(ctx, 'Nr.', 'No.'),
            tx(ctx, 'Bezeichnung', 'Item'),
            tx(ctx, 'Menge', 'Quantity'),
            tx(ctx, 'Einzelpreis', 'Unit price'),
            tx(ctx, 'USt', 'VAT'),
            tx(ctx, 'Netto', 'Net'),
          ]}
          numeric={[2, 3, 5]}
          rows={doc.lines.map((line) => [
            line.id,
            line.description ? `${line.name} – ${line.description}` : line.name,
            `${line.quantity} ${line.unit}`,
            money(ctx, line.netPrice, cur),
            `${line.vatCategory} ${line.vatRate ? `${line.vatRate} %` : ''}`,
            money(ctx, line.netAmount, cur),
          ])}
        />
        {doc.allowancesCharges.length > 0 ? (
          <Table
            caption={tx(ctx, 'Nachlässe und Zuschläge', 'Allowances and charges')}
            headers={[
              tx(ctx, 'Art', 'Kind'),
              tx(ctx, 'Grund', 'Reason'),
              tx(ctx, 'USt', 'VAT'),
              tx(ctx, 'Betrag', 'Amount'),
            ]}
            numeric={[3]}
            rows={doc.allowancesCharges.map((item) => [
              item.charge ? tx(ctx, 'Zuschlag', 'Charge') : tx(ctx, 'Nachlass', 'Allowance'),
              item.reason,
              `${item.vatCategory} ${item.vatRate ? `${item.vatRate} %` : ''}`,
              money(ctx, item.amount, cur),
            ])}
          />
        ) : null}
        <Table
          caption={tx(ctx, 'Umsatzsteuer', 'VAT breakdown')}
          headers={[
            tx(ctx, 'Kategorie', 'Category'),
            tx(ctx, 'Satz', 'Rate'),
            tx(ctx, 'Bemessungsgrundlage', 'Taxable amount'),
            tx(ctx, 'Steuer', 'Tax'),
            tx(ctx, 'Befreiungsgrund', 'Exemption reason'),
          ]}
          numeric={[2, 3]}
          rows={doc.vat.map((vat) => [
            vat.category,
            vat.rate ? `${vat.rate} %` : '–',
            money(ctx, vat.basis, cur),
            money(ctx, vat.tax, cur),
            vat.exemptionReason || '–',
          ])}
        />
        <Facts
          items={[
            [tx(ctx, 'Summe Positionen', 'Sum of lines'), money(ctx, doc.totals.lineTotal, cur)],
            [tx(ctx, 'Summe Nachlässe', 'Sum of allowances'), money(ctx, doc.totals.allowanceTotal, cur)],
            [tx(ctx, 'Summe Zuschläge', 'Sum of charges'), money(ctx, doc.totals.chargeTotal, cur)],
            [tx(ctx, 'Gesamt netto', 'Total without VAT'), money(ctx, doc.totals.taxExclusive, cur)],
            [tx(ctx, 'Umsatzsteuer', 'VAT'), money(ctx, doc.totals.tax, cur)],
            [tx(ctx, 'Gesamt brutto', 'Total with VAT'), money(ctx, doc.totals.taxInclusive, cur)],
            [tx(ctx, 'Bereits gezahlt', 'Paid in advance'), money(ctx, doc.totals.prepaid, cur)],
            [tx(ctx, 'Zu zahlen', 'Amount due'), money(ctx, doc.totals.payable, cur)],
          ]}
        />
      </section>

      <section class="stack" aria-labelledby="zahlung">
        <Heading level={2} id="zahlung">
          {tx(ctx, 'Zahlung', 'Payment')}
        </Heading>
        <Facts
          items={[
            ['IBAN', doc.payment.iban ? formatIban(doc.payment.iban) : ''],
            ['BIC', doc.payment.bic],
            [tx(ctx, 'Kontoinhaber', 'Account name'), doc.payment.accountName],
            [tx(ctx, 'Verwendungszweck', 'Remittance reference'), doc.payment.reference],
            [tx(ctx, 'Zahlungsbedingungen', 'Payment terms'), doc.payment.terms],
            [
              tx(ctx, 'Skonto', 'Cash discount'),
              doc.skonto
                .map((s) =>
                  tx(
                    ctx,
                    `${s.percent} % bei Zahlung binnen ${s.days} Tagen`,
                    `${s.percent} % if paid within ${s.days} days`,
                  ),
                )
                .join('; '),
            ],
          ]}
        />
        {details.unpayable && invoice.status !== 'paid' && invoice.status !== 'rejected' ? (
          <Alert
            kind="warning"
            title={tx(
              ctx,
              'Diese Rechnung kann nicht per SEPA-Überweisung bezahlt werden (keine gültige IBAN oder nicht in Euro).',
              'This invoice cannot be paid by SEPA transfer (no valid IBAN or not in euro).',
            )}
          />
        ) : null}
      </section>

      <section class="stack" aria-labelledby="anhaenge">
        <Heading level={2} id="anhaenge">
          {tx(ctx, 'Anlagen', 'Attachments')}
        </Heading>
        {doc.attachments.length > 0 ? (
          <ul class="kern-list">
            {doc.attachments.map((item) => (
              <li>
                {[
                  item.id,
                  item.description,
                  item.fileName,
                  item.mimeCode,
                  item.size !== null ? `${item.size} Bytes` : '',
                  item.uri,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </li>
            ))}
          </ul>
        ) : (
          <p>{tx(ctx, 'Keine Anlagen.', 'No attachments.')}</p>
        )}
      </section>

      <ReportSection ctx={ctx} report={details.report} />

      <section class="stack" aria-labelledby="freigabe">
        <Heading level={2} id="freigabe">
          {tx(ctx, 'Freigabe', 'Approval')}
        </Heading>
        <ol class="kern-list">
          {approvalSteps.map((s) => {
            const signed = signatures.find((entry) => entry.step === s);
            return (
              <li>
                {tx(ctx, stepNames[s].de, stepNames[s].en)}:{' '}
                {signed
                  ? `${signed.staffName ?? '–'}${signed.onBehalfOfName ? tx(ctx, ` i. V. für ${signed.onBehalfOfName}`, ` for ${signed.onBehalfOfName}`) : ''}, ${day(ctx, signed.at.toISOString().slice(0, 10))}`
                  : s === step
                    ? tx(ctx, 'offen (jetzt an der Reihe)', 'open (current step)')
                    : tx(ctx, 'offen', 'open')}
              </li>
            );
          })}
        </ol>
        <Facts
          items={[
            [tx(ctx, 'Haushaltsstelle / Produkt', 'Budget item / product'), invoice.budgetItem ?? ''],
            [tx(ctx, 'Kostenstelle', 'Cost centre'), invoice.bookingCostCentre ?? ''],
          ]}
        />
        {open && step && details.department ? (
          details.signing?.ok ? (
            <PostForm ctx={ctx} action={INVOICES_PATHS.sign(invoice.id)}>
              <input type="hidden" name="step" value={step} />
              <TextareaField
                id="sign-comment"
                name="comment"
                label={tx(ctx, 'Bemerkung (freiwillig)', 'Comment (optional)')}
                rows={2}
              />
              <Submit label={tx(ctx, `Zeichnen: ${stepNames[step].de}`, `Sign: ${stepNames[step].en}`)} />
            </PostForm>
          ) : (
            <Alert
              kind="info"
              title={tx(
                ctx,
                ...(reasonText[
                  details.signing && !details.signing.ok ? details.signing.reason : 'no_authority'
                ] ?? ['', '']),
              )}
            />
          )
        ) : null}
        {open && !details.department ? (
          <Alert
            kind="info"
            title={tx(
              ctx,
              'Die Rechnung muss erst einem Amt zugeordnet werden.',
              'The invoice must first be assigned to a department.',
            )}
          />
        ) : null}
        {open ? (
          <PostForm ctx={ctx} action={INVOICES_PATHS.booking(invoice.id)}>
            <InputField
              id="budgetItem"
              label={tx(ctx, 'Haushaltsstelle / Produkt', 'Budget item / product')}
              value={invoice.budgetItem}
            />
            <InputField
              id="costCentre"
              label={tx(ctx, 'Kostenstelle', 'Cost centre')}
              value={invoice.bookingCostCentre}
            />
            <Submit variant="secondary" label={tx(ctx, 'Vorkontierung speichern', 'Save pre-booking')} />
          </PostForm>
        ) : null}
        {open && step && earlierSteps(step).length > 0 ? (
          <PostForm ctx={ctx} action={INVOICES_PATHS.returnTo(invoice.id)}>
            <input type="hidden" name="from" value={step} />
            <SelectField
              id="to"
              label={tx(ctx, 'Zurückgeben an Schritt', 'Return to step')}
              options={earlierSteps(step).map((s) => ({
                value: s,
                label: tx(ctx, stepNames[s].de, stepNames[s].en),
              }))}
            />
            <TextareaField
              id="return-reason"
              name="reason"
              label={tx(ctx, 'Begründung', 'Reason')}
              rows={2}
            />
            <Submit variant="secondary" label={tx(ctx, 'Zurückgeben', 'Return')} />
          </PostForm>
        ) : null}
        {open ? (
          <PostForm ctx={ctx} action={INVOICES_PATHS.reject(invoice.id)}>
            <TextareaField
              id="reject-reason"
              name="reason"
              label={tx(
                ctx,
                'Ablehnungsgrund (geht an den Rechnungssteller)',
                'Reason for rejection (sent to the seller)',
              )}
              rows={2}
            />
            <Submit variant="secondary" label={tx(ctx, 'Rechnung ablehnen', 'Reject invoice')} />
          </PostForm>
        ) : null}
        {open && details.mayManage ? (
          <PostForm ctx={ctx} action={INVOICES_PATHS.assign(invoice.id)}>
            <SelectField
              id="departmentId"
              label={tx(ctx, 'Zuständiges Amt', 'Responsible department')}
              value={invoice.departmentId ?? undefined}
              options={details.departments.map((d) => ({ value: d.id, label: `${d.number} ${d.name}` }))}
            />
            <Submit variant="secondary" label={tx(ctx, 'Amt zuordnen', 'Assign department')} />
          </PostForm>
        ) : null}
      </section>

      <section class="stack" aria-labelledby="verlauf">
        <Heading level={2} id="verlauf">
          {tx(ctx, 'Verlauf und Bemerkungen', 'History and comments')}
        </Heading>
        <ul class="kern-list">
          {details.history.map((entry) => (
            <li>
              {day(ctx, entry.at.toISOString().slice(0, 10))} {entry.kind}
              {entry.step ? ` (${tx(ctx, stepNames[entry.step].de, stepNames[entry.step].en)})` : ''}
              {entry.staffName ? ` – ${entry.staffName}` : ''}
              {entry.onBehalfOfName
                ? tx(ctx, ` i. V. für ${entry.onBehalfOfName}`, ` for ${entry.onBehalfOfName}`)
                : ''}
              {entry.text ? `: ${entry.text}` : ''}
              {entry.voidedAt ? tx(ctx, ' (ungültig nach Rückgabe)', ' (void after return)') : ''}
            </li>
          ))}
        </ul>
        <PostForm ctx={ctx} action={INVOICES_PATHS.comment(invoice.id)}>
          <TextareaField id="comment" name="text" label={tx(ctx, 'Bemerkung', 'Comment')} rows={2} />
          <Submit variant="secondary" label={tx(ctx, 'Bemerkung speichern', 'Save comment')} />
        </PostForm>
      </section>
    </StaffPage>
  );
}
