// The validation report as plain text for the E-Akte (beside the invoice) and as lines for the pages: a
// clerk reads verdict, scenario, the steps and every finding with rule, severity, message and place.
import { errorRuleIds, type Severity, type ValidationReport } from './invoices.validation.report.ts';

export const severityNames: Record<Severity, { de: string; en: string }> = {
  error: { de: 'Fehler', en: 'Error' },
  warning: { de: 'Warnung', en: 'Warning' },
  information: { de: 'Hinweis', en: 'Information' },
};

export function reportText(report: ValidationReport, title: string): string {
  const lines = [
    `Prüfbericht (KoSIT-Prüfkonfiguration XRechnung) – ${title}`,
    '',
    `Ergebnis: ${report.accepted ? 'ANGENOMMEN (ACCEPT)' : `ABGELEHNT (REJECT) ${errorRuleIds(report).join(' ')}`}`,
    `Szenario: ${report.scenario ?? '–'}`,
  ];
  if (report.refusal)
    lines.push(
      `Grund: ${report.refusal.text.de}${report.refusal.detail ? ` (${report.refusal.detail})` : ''}`,
    );
  lines.push('', 'Prüfschritte:');
  for (const step of report.steps) lines.push(`  ${step.valid ? 'gültig  ' : 'ungültig'}  ${step.name}`);
  lines.push('', `Meldungen (${report.findings.length}):`);
  for (const finding of report.findings) {
    const where = finding.where ?? finding.location ?? (finding.line ? `Zeile ${finding.line}` : '');
    lines.push(
      `  [${severityNames[finding.severity].de}] ${finding.ruleId}: ${finding.message}${where ? ` — ${where}` : ''}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
