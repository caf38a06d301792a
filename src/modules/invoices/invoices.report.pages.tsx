// The validation report for a clerk: the verdict in words, the steps, and every finding with rule, severity,
// message and where in the invoice it is.
import type { RequestContext } from '../../platform/http/request-context.ts';
import { translate } from '../../platform/i18n/i18n.ts';
import { Alert, Heading } from '../../platform/ui/components.tsx';
import { Badge } from '../../platform/ui/form-fields.tsx';
import { severityNames } from './invoices.report-text.ts';
import { Table, tx } from './invoices.ui.tsx';
import type { ValidationReport } from './invoices.validation.report.ts';

export function ReportSection(props: { ctx: RequestContext; report: ValidationReport }) {
  const { ctx, report } = props;
  const t = (text: { de: string; en: string }) => translate(ctx.locale, text);
  return (
    <section class="stack" aria-labelledby="pruefbericht">
      <Heading level={2} id="pruefbericht">
        {tx(ctx, 'Prüfbericht', 'Validation report')}
      </Heading>
      <Alert
        kind={report.accepted ? (report.findings.length > 0 ? 'warning' : 'success') : 'danger'}
        title={
          report.accepted
            ? tx(
                ctx,
                'Angenommen: die Rechnung entspricht XRechnung/EN 16931.',
                'Accepted: the invoice conforms to XRechnung/EN 16931.',
              )
            : tx(
                ctx,
                'Abgelehnt: die Rechnung entspricht nicht den Regeln.',
                'Rejected: the invoice does not conform to the rules.',
              )
        }
      >
        <p>
          {tx(ctx, 'Szenario', 'Scenario')}: {report.scenario ?? '–'}
        </p>
        {report.refusal ? (
          <p>
            {t(report.refusal.text)}
            {report.refusal.detail ? ` (${report.refusal.detail})` : ''}
          </p>
        ) : null}
      </Alert>
      {report.steps.length > 0 ? (
        <ul class="kern-list">
          {report.steps.map((step) => (
            <li>
              {step.name}:{' '}
              {step.valid ? tx(ctx, 'gültig', 'valid') : tx(ctx, 'mit Meldungen', 'with findings')}
            </li>
          ))}
        </ul>
      ) : null}
      {report.findings.length > 0 ? (
        <Table
          caption={tx(ctx, `Meldungen (${report.findings.length})`, `Findings (${report.findings.length})`)}
          headers={[
            tx(ctx, 'Regel', 'Rule'),
            tx(ctx, 'Schwere', 'Severity'),
            tx(ctx, 'Meldung', 'Message'),
            tx(ctx, 'Stelle', 'Location'),
          ]}
          rows={report.findings.map((finding) => [
            finding.ruleId,
            <Badge
              kind={
                finding.severity === 'error' ? 'danger' : finding.severity === 'warning' ? 'warning' : 'info'
              }
              label={t(severityNames[finding.severity])}
            />,
            finding.message,
            finding.where ?? (finding.line ? tx(ctx, `Zeile ${finding.line}`, `line ${finding.line}`) : '–'),
          ])}
        />
      ) : (
        <p>{tx(ctx, 'Keine Meldungen.', 'No findings.')}</p>
      )}
    </section>
  );
}
