// The KoSIT validator's pipeline for one document, synchronous and single-threaded: it runs inside a
// worker of the pool (invoices.validation.pool.ts). Stylesheets and schemas are loaded once per thread.
//   intake (size, encoding, no DOCTYPE) → well-formed? → first scenario whose <match> holds →
//   XML Schema (stop on failure) → each schematron → customLevel → accept/reject.
import {
  compileStylesheet,
  evaluateXPath,
  lineOfLocation,
  loadStylesheet,
  loadXsd,
  parseForXslt,
  parseXml,
  readableLocation,
  readSvrl,
  takeInXml,
  transform,
  XmlRefusedError,
  type Stylesheet,
  type SvrlFinding,
  type XmlLimits,
  type XsdSchema,
} from '../../platform/xml/index.ts';
import type { SaxonNode } from 'saxon-js';
import type { XmlDocument } from 'libxml2-wasm';
import { refusals } from './invoices.validation.errors.ts';
import { stylesheetPatches } from './invoices.validation.patches.ts';
import {
  customSeverity,
  isAccepted,
  schematronSeverity,
  stepValid,
  type ValidationFinding,
  type ValidationReport,
  type ValidationStep,
} from './invoices.validation.report.ts';
import {
  readConfiguration,
  type Scenario,
  type ValidationConfiguration,
} from './invoices.validation.scenarios.ts';

export interface EngineOptions {
  configurationDirectory: string;
  cacheDirectory?: string;
  limits: XmlLimits;
}

const documentNamespaces = {
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  rsm: 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100',
  ram: 'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100',
  udt: 'urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100',
};

// What xrechnung-report.xsl shows as "documentData", plus the CustomizationID for refusals.
const documentDataQuery = `map {
  'customizationId': string((/*/cbc:CustomizationID,
     /rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID)[1]),
  'seller': string((/*/cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName,
     /rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:Name)[1]),
  'invoiceNumber': string((/*/cbc:ID, /rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:ID)[1]),
  'issueDate': string((/*/cbc:IssueDate,
     /rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString)[1]) }`;

export class ValidationEngine {
  readonly configuration: ValidationConfiguration;
  private readonly schemas = new Map<string, XsdSchema>();
  private readonly stylesheets = new Map<string, Promise<Stylesheet>>();

  constructor(private readonly options: EngineOptions) {
    this.configuration = readConfiguration(options.configurationDirectory);
  }

  /** Compiles (first time only) and loads every stylesheet and schema the configuration names. */
  async warmUp(): Promise<void> {
    for (const scenario of this.configuration.scenarios) {
      this.schema(scenario);
      for (const schematron of scenario.schematrons) await this.stylesheet(schematron.file);
    }
  }

  stylesheet(file: string): Promise<Stylesheet> {
    let loading = this.stylesheets.get(file);
    if (!loading) {
      loading = compileStylesheet(file, {
        patches: stylesheetPatches,
        ...(this.options.cacheDirectory ? { cacheDirectory: this.options.cacheDirectory } : {}),
      }).then((sef) => loadStylesheet(sef, file));
      loading.catch(() => this.stylesheets.delete(file));
      this.stylesheets.set(file, loading);
    }
    return loading;
  }

  private schema(scenario: Scenario): XsdSchema {
    let schema = this.schemas.get(scenario.schema.file);
    if (!schema) {
      schema = loadXsd(scenario.schema.file, this.configuration.directory);
      this.schemas.set(scenario.schema.file, schema);
    }
    return schema;
  }

  async validate(bytes: Uint8Array): Promise<ValidationReport> {
    const started = performance.now();
    const report = (partial: Omit<ValidationReport, 'durationMs'>): ValidationReport => ({
      ...partial,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    });
    let text: string;
    let tree: XmlDocument;
    try {
      text = takeInXml(bytes, this.options.limits).text;
      tree = parseXml(bytes);
    } catch (error) {
      if (!(error instanceof XmlRefusedError)) throw error;
      const where = error.line
        ? ` (line ${error.line}${error.column ? `, column ${error.column}` : ''})`
        : '';
      return report({
        accepted: false,
        scenario: null,
        refusal: {
          code: `xml.${error.code}`,
          text: error.text,
          detail: `${error.detail ?? ''}${where}`.trim(),
        },
        steps: [{ kind: 'xml', name: 'XML', valid: false }],
        findings: [],
        document: {},
      });
    }
    try {
      const source = parseForXslt(text);
      const document = this.documentData(source);
      const scenario = this.configuration.scenarios.find(
        (candidate) => evaluateXPath(candidate.match, source, candidate.namespaces) === true,
      );
      if (!scenario)
        return report({
          accepted: false,
          scenario: null,
          refusal: {
            ...refusals.unknown_document,
            detail: document.customizationId
              ? `CustomizationID "${document.customizationId}"`
              : 'no CustomizationID / specification identifier (BT-24)',
          },
          steps: [{ kind: 'xml', name: 'XML', valid: true }],
          findings: [],
          document,
        });

      const steps: ValidationStep[] = [{ kind: 'xml', name: 'XML', valid: true }];
      const findings: ValidationFinding[] = [];
      const schemaFindings = this.schema(scenario)
        .validate(tree)
        .map((violation): ValidationFinding => ({
          ruleId: 'XSD',
          severity: customSeverity('XSD', 'error', scenario.customLevels),
          reportedSeverity: 'error',
          message: violation.message,
          step: 'xsd',
          ...(violation.line ? { line: violation.line } : {}),
          ...(violation.column ? { column: violation.column } : {}),
        }));
      steps.push({ kind: 'xsd', name: scenario.schema.name, valid: stepValid(schemaFindings) });
      findings.push(...schemaFindings);
      // KoSIT runs the schematron only on schema-valid documents.
      if (schemaFindings.length === 0) {
        for (const schematron of scenario.schematrons) {
          const stylesheet = await this.stylesheet(schematron.file);
          const stepFindings = readSvrl(transform(stylesheet, source)).map((finding) =>
            this.finding(finding, scenario, tree),
          );
          steps.push({ kind: 'schematron', name: schematron.name, valid: stepValid(stepFindings) });
          findings.push(...stepFindings);
        }
      }
      return report({
        accepted: isAccepted(scenario.name, findings),
        scenario: scenario.name,
        refusal: null,
        steps,
        findings,
        document,
      });
    } finally {
      tree.dispose();
    }
  }

  /** One stylesheet's raw findings, without scenario or schema (the CEN unit tests check rules alone). */
  async runSchematron(bytes: Uint8Array, file: string): Promise<SvrlFinding[]> {
    const { text } = takeInXml(bytes, this.options.limits);
    const stylesheet = await this.stylesheet(file);
    return readSvrl(transform(stylesheet, parseForXslt(text)));
  }

  private finding(finding: SvrlFinding, scenario: Scenario, tree: XmlDocument): ValidationFinding {
    const reported = schematronSeverity(finding.flag, finding.role);
    const code = finding.id || 'UNSPECIFIC';
    const line = finding.location ? lineOfLocation(tree, finding.location) : undefined;
    return {
      ruleId: code,
      severity: customSeverity(code, reported, scenario.customLevels),
      reportedSeverity: reported,
      message: finding.text,
      step: 'schematron',
      ...(finding.location ? { location: finding.location, where: readableLocation(finding.location) } : {}),
      ...(line ? { line } : {}),
    };
  }

  private documentData(source: SaxonNode): ValidationReport['document'] {
    const values = evaluateXPath(documentDataQuery, source, documentNamespaces) as Record<string, string>;
    return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''));
  }
}
