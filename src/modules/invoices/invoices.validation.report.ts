// The report step of the KoSIT validator, as its XRechnung configuration defines it
// (resources/default-report.xsl, imported by xrechnung-report.xsl): every message gets a level, the
// scenario's customLevel may change it, and the document is rejected if any message then is an error.
// Rebuilt here instead of running the stylesheet, which also renders an HTML report we do not need;
// invoices.validation.report.test.ts pins the rules below to that stylesheet's.
import type { Text } from '../../platform/i18n/i18n.ts';

export type Severity = 'error' | 'warning' | 'information';

/** default-report.xsl, template svrl:failed-assert | svrl:successful-report: the first matching "when". */
export function schematronSeverity(flag: string, role: string): Severity {
  const given = [flag, role];
  if (given.some((value) => value === 'fatal' || value === 'error')) return 'error';
  if (given.some((value) => value === 'warning' || value === 'warn')) return 'warning';
  if (given.some((value) => value === 'information' || value === 'info')) return 'information';
  return 'error';
}

/** default-report.xsl, function rep:custom-level: a customLevel naming the code wins. */
export function customSeverity(
  code: string,
  severity: Severity,
  customLevels: ReadonlyMap<string, Severity>,
): Severity {
  return customLevels.get(code) ?? severity;
}

export type ValidationStepKind = 'xml' | 'xsd' | 'schematron';

export interface ValidationFinding {
  ruleId: string;
  /** After the scenario's customLevel: what decides. */
  severity: Severity;
  /** As the step reported it (schematron flag/role, or error for XML and XSD). */
  reportedSeverity: Severity;
  message: string;
  step: ValidationStepKind;
  /** XPath as the validator reported it. */
  location?: string;
  /** The same for people: "Invoice / InvoiceLine[2] / Price". */
  where?: string;
  line?: number;
  column?: number;
}

export interface ValidationStep {
  kind: ValidationStepKind;
  name: string;
  /** KoSIT's @valid: no message of level warning or error (before customLevel). */
  valid: boolean;
}

export interface ValidationRefusal {
  code: string;
  text: Text;
  detail?: string;
}

export interface ValidationReport {
  /** KoSIT's recommendation: accept, or reject. */
  accepted: boolean;
  scenario: string | null;
  /** Set when the document could not be validated at all (not XML, DOCTYPE, unknown kind of document). */
  refusal: ValidationRefusal | null;
  steps: ValidationStep[];
  findings: ValidationFinding[];
  document: { customizationId?: string; seller?: string; invoiceNumber?: string; issueDate?: string };
  durationMs: number;
}

/** default-report.xsl, template rep:report mode assessment. */
export function isAccepted(scenario: string | null, findings: readonly ValidationFinding[]): boolean {
  if (scenario === null) return false;
  if (scenario.toLowerCase().includes('fallback')) return false;
  return !findings.some((finding) => finding.severity === 'error');
}

export function stepValid(findings: readonly ValidationFinding[]): boolean {
  return !findings.some((finding) => finding.reportedSeverity !== 'information');
}

/** The rule ids of the errors that make a rejection, each once, in report order. */
export function errorRuleIds(report: ValidationReport): string[] {
  if (report.refusal) return [report.refusal.code];
  return [...new Set(report.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId))];
}
