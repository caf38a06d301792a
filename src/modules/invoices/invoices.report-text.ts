// The validation report for the E-Akte (PDF/A beside the invoice, with its plain text for the search): a
// clerk reads verdict, scenario, the steps and every finding with rule, severity, message and place.
import type { PdfDocumentSpec } from '../../platform/pdf/index.ts';
import { errorRuleIds, type Severity, type ValidationReport } from './invoices.validation.report.ts';

export const severityNames: Record<Severity, { de: string; en: string }> = {
  error: { de: 'Fehler', en: 'Error' },
  warning: { de: 'Warnung', en: 'Warning' },
  information: { de: 'Hinweis', en: 'Information' },
};

/** The report as an archival document (PDF/A) for the E-Akte: verdict, scenario, steps and every finding. */
export function reportPdfSpec(report: ValidationReport, title: string, at: Date): PdfDocumentSpec {
  const heading = `Prüfbericht – ${title}`;
  return {
    title: heading.slice(0, 300),
    subject: 'Prüfbericht (KoSIT-Prüfkonfiguration XRechnung)',
    keywords: ['Rechnungseingang', 'XRechnung', 'Prüfbericht'],
    language: 'de-DE',
    createdAt: at,
    footer: 'Prüfbericht nach der KoSIT-Prüfkonfiguration XRechnung',
    blocks: [
      { type: 'heading', level: 1, text: heading },
      {
        type: 'keyValue',
        rows: [
          {
            label: 'Ergebnis',
            value: report.accepted
              ? 'ANGENOMMEN (ACCEPT)'
              : `ABGELEHNT (REJECT) ${errorRuleIds(report).join(' ')}`,
          },
          { label: 'Szenario', value: report.scenario ?? '–' },
          ...(report.refusal
            ? [
                {
                  label: 'Grund',
                  value: `${report.refusal.text.de}${report.refusal.detail ? ` (${report.refusal.detail})` : ''}`,
                },
              ]
            : []),
        ],
      },
      { type: 'heading', level: 2, text: 'Prüfschritte' },
      {
        type: 'list',
        items: report.steps.map((step) => `${step.valid ? 'gültig' : 'ungültig'}: ${step.name}`),
      },
      { type: 'heading', level: 2, text: `Meldungen (${report.findings.length})` },
      report.findings.length === 0
        ? { type: 'paragraph', text: 'Keine Meldungen.' }
        : {
            type: 'table',
            columns: [
              { header: 'Regel', width: { mm: 28 } },
              { header: 'Art', width: { mm: 20 } },
              { header: 'Meldung', width: { share: 3 } },
              { header: 'Stelle', width: { share: 1 } },
            ],
            rows: report.findings.map((finding) => [
              finding.ruleId,
              severityNames[finding.severity].de,
              finding.message,
              finding.where ?? finding.location ?? (finding.line ? `Zeile ${finding.line}` : ''),
            ]),
          },
    ],
  };
}
