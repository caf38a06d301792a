// The pipeline as the KoSIT validator runs it, on whole invoices: scenario, XML Schema, CEN and XRechnung
// rules, customLevel, accept/reject — and bad input refused with a clear reason, the pool unharmed.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import {
  createInvoiceValidationPool,
  errorRuleIds,
  type InvoiceValidationPool,
  type ValidationReport,
} from './index.ts';
import { sampleCiiInvoice, sampleUblInvoice } from './invoices.validation.fixtures.ts';

const skip = process.env.TEST_DATABASE_URL ? 'no database involved: runs in the PGlite pass' : false;
const bytes = (text: string) => new TextEncoder().encode(text);

let pool: InvoiceValidationPool;

function ruleIds(report: ValidationReport, severity?: string): string[] {
  return report.findings.filter((f) => !severity || f.severity === severity).map((f) => f.ruleId);
}

describe('invoice validation (KoSIT pipeline, XRechnung configuration)', { skip }, () => {
  before(() => {
    pool = createInvoiceValidationPool({ workers: 2 });
  });
  after(() => pool.close());

  test('a correct XRechnung in UBL is accepted by the UBL scenario after all three steps', async () => {
    const report = await pool.validate(bytes(sampleUblInvoice()));
    assert.equal(report.refusal, null);
    assert.equal(report.scenario, 'EN16931 XRechnung (UBL Invoice)');
    assert.deepEqual(
      report.steps.map((step) => step.kind),
      ['xml', 'xsd', 'schematron', 'schematron'],
    );
    assert.deepEqual(ruleIds(report, 'error'), []);
    assert.equal(report.accepted, true);
    assert.equal(report.document.invoiceNumber, 'RE-2025-0815');
    assert.equal(report.document.seller, 'Bürobedarf Müller GmbH');
  });

  test('a correct XRechnung in CII is accepted by the CII scenario', async () => {
    const report = await pool.validate(bytes(sampleCiiInvoice()));
    assert.equal(report.scenario, 'EN16931 XRechnung (CII)');
    assert.deepEqual(ruleIds(report, 'error'), []);
    assert.equal(report.accepted, true);
  });

  test('BR-DE-19 accepts long valid IBANs exactly (SaxonJS integer precision) and flags a wrong check digit', async () => {
    for (const iban of ['GB29NWBK60161331926819', 'DE89370400440532013000', 'DE89 3704 0044 0532 0130 00']) {
      for (const invoice of [sampleUblInvoice({ iban }), sampleCiiInvoice({ iban })]) {
        const report = await pool.validate(bytes(invoice));
        assert.ok(!ruleIds(report).includes('BR-DE-19'), `${iban} is a valid IBAN`);
      }
    }
    for (const iban of ['DE89370400440532013001', 'GB29NWBK60161331926818']) {
      const report = await pool.validate(bytes(sampleUblInvoice({ iban })));
      const finding = report.findings.find((f) => f.ruleId === 'BR-DE-19');
      assert.ok(finding, `${iban} has a wrong check digit`);
      // The rule is a "soll" rule: a warning, which does not reject on its own.
      assert.equal(finding.severity, 'warning');
      assert.equal(report.accepted, true);
    }
  });

  test('a missing Leitweg-ID (BR-DE-15) rejects, with rule id, message, readable location and line', async () => {
    const report = await pool.validate(bytes(sampleUblInvoice({ buyerReference: '' })));
    assert.equal(report.accepted, false);
    const finding = report.findings.find((f) => f.ruleId === 'BR-DE-15');
    assert.ok(finding);
    assert.equal(finding.severity, 'error');
    assert.match(finding.message, /Buyer reference/);
    assert.equal(finding.where, 'Invoice');
    // The root's start tag spans lines 2–4; libxml2 counts the line where it ends.
    assert.equal(finding.line, 4);
    assert.deepEqual(errorRuleIds(report), ['BR-DE-15']);
  });

  test("the scenario's customLevel decides: BR-CL-23 (unit code) is fatal for CEN, a warning for XRechnung", async () => {
    const invoice = sampleUblInvoice().replace('unitCode="C62"', 'unitCode="STUECK"');
    const report = await pool.validate(bytes(invoice));
    const finding = report.findings.find((f) => f.ruleId === 'BR-CL-23');
    assert.ok(finding);
    assert.equal(finding.reportedSeverity, 'error');
    assert.equal(finding.severity, 'warning');
    assert.equal(finding.where, 'Invoice / InvoiceLine / InvoicedQuantity');
    assert.equal(report.accepted, true);
    // The step itself is not valid (KoSIT's @valid looks at the reported level).
    assert.equal(
      report.steps.find((step) => step.name.startsWith('Schematron rules for EN16931'))?.valid,
      false,
    );
  });

  test('an XML Schema violation rejects and stops before the schematron, as KoSIT does', async () => {
    const invoice = sampleUblInvoice().replace(
      '<cbc:IssueDate>',
      '<cbc:Unsinn>1</cbc:Unsinn>\n  <cbc:IssueDate>',
    );
    const report = await pool.validate(bytes(invoice));
    assert.equal(report.accepted, false);
    assert.deepEqual(errorRuleIds(report), ['XSD']);
    assert.match(report.findings[0]!.message, /Unsinn/);
    assert.equal(report.findings[0]!.line, 8);
    assert.deepEqual(
      report.steps.map((step) => [step.kind, step.valid]),
      [
        ['xml', true],
        ['xsd', false],
      ],
    );
  });

  const refused: [string, string, string][] = [
    ['plain text', 'Rechnung Nr. 1: 100 Euro', 'xml.not_xml'],
    ['a PDF', '%PDF-1.7\n%âãÏÓ\n1 0 obj', 'xml.not_xml'],
    ['an empty file', '', 'xml.empty'],
    ['broken XML', '<Invoice><ID>1</Invoice>', 'xml.malformed'],
    [
      'an external entity (XXE)',
      '<?xml version="1.0"?>\n<!DOCTYPE Invoice [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<Invoice>&x;</Invoice>',
      'xml.doctype',
    ],
    [
      'entity expansion (billion laughs)',
      `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from(
        { length: 9 },
        (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`,
      ).join('')}]><lolz>&lol9;</lolz>`,
      'xml.doctype',
    ],
    ['an undeclared entity without DOCTYPE', '<Invoice>&lol9;</Invoice>', 'xml.malformed'],
    [
      'an unknown CustomizationID (XRechnung 2.3)',
      sampleUblInvoice({
        customizationId: 'urn:cen.eu:en16931:2017#compliant#urn:xoev-de:kosit:standard:xrechnung_2.3',
      }),
      'invoices.unknown_document',
    ],
    ['another kind of XML', '<?xml version="1.0"?><Bestellung/>', 'invoices.unknown_document'],
  ];
  for (const [what, input, code] of refused) {
    test(`${what} is refused with a clear reason (${code})`, async () => {
      const report = await pool.validate(bytes(input));
      assert.equal(report.accepted, false);
      assert.equal(report.refusal?.code, code);
      assert.ok(report.refusal.text.de.length > 10 && report.refusal.text.en.length > 10);
      assert.deepEqual(errorRuleIds(report), [code]);
    });
  }

  test('the unknown CustomizationID is named in the refusal', async () => {
    const report = await pool.validate(bytes(sampleCiiInvoice({ customizationId: 'urn:example:rechnung' })));
    assert.match(report.refusal?.detail ?? '', /urn:example:rechnung/);
  });

  test('the main thread stays responsive while invoices are validated', async () => {
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const reports = await Promise.all(
      Array.from({ length: 6 }, (_, i) => pool.validate(bytes(sampleUblInvoice({ lines: 50 + i })))),
    );
    delay.disable();
    assert.ok(reports.every((report) => report.accepted));
    // A transform on this thread would block it for the whole run; here only message passing happens.
    assert.ok(delay.max / 1e6 < 150, `event loop blocked for ${delay.max / 1e6} ms`);
  });
});
