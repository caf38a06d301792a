// The CEN's own unit tests of the EN 16931 rules (eInvoicing-EN16931 test/): every <test> of every
// <testSet> runs through the CEN stylesheet as our pipeline runs it (SaxonJS, compiled and cached), and each
// <assert> must hold — <success> rules do not fire, <error> rules fire as fatal, <warning> rules as warning.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XmlDocument, type XmlElement } from 'libxml2-wasm';
import type { SvrlFinding } from '../../platform/xml/index.ts';
import {
  createInvoiceValidationPool,
  defaultConfigurationDirectory,
  type InvoiceValidationPool,
} from './index.ts';

// Pure computation, no database: the PGlite pass runs it, the PostgreSQL pass need not do it again.
const skip = process.env.TEST_DATABASE_URL ? 'no database involved: runs in the PGlite pass' : false;

const testsDirectory = path.join(defaultConfigurationDirectory, 'tests-en16931');
const stylesheets: Record<string, string> = {
  'tc434-ubl': path.join(defaultConfigurationDirectory, 'resources/ubl/2.1/xsl/EN16931-UBL-validation.xsl'),
  'tc434-cii': path.join(defaultConfigurationDirectory, 'resources/cii/16b/xsl/EN16931-CII-validation.xsl'),
};
const vefa = { v: 'http://difi.no/xsd/vefa/validator/1.0' };

interface Expectation {
  description: string;
  success: string[];
  error: string[];
  warning: string[];
}
interface UnitTest {
  file: string;
  index: number;
  expectation: Expectation;
  findings: Promise<SvrlFinding[]>;
}

function readTestSet(file: string): {
  configuration: string;
  tests: { xml: string; expectation: Expectation }[];
} {
  const document = XmlDocument.fromBuffer(readFileSync(file));
  try {
    const configuration =
      document.root.attrs.find((attribute) => attribute.name === 'configuration')?.value ?? '';
    const tests = (document.find('/v:testSet/v:test', vefa) as XmlElement[]).map((element) => {
      const ids = (kind: string) =>
        (element.find(`v:assert/v:${kind}`, vefa) as XmlElement[]).map((id) => id.content.trim());
      const invoice = element.find('*[not(self::v:assert)]', vefa)[0];
      assert.ok(invoice, `${file}: a test without an invoice`);
      return {
        xml: invoice.toString(),
        expectation: {
          description: (element.get('v:assert/v:description', vefa)?.content ?? '').trim(),
          success: ids('success'),
          error: ids('error'),
          warning: ids('warning'),
        },
      };
    });
    return { configuration, tests };
  } finally {
    document.dispose();
  }
}

const folders = ['Invoice-unit-UBL', 'CreditNote-unit-UBL', 'cii'];
const files = folders.flatMap((folder) =>
  readdirSync(path.join(testsDirectory, folder))
    .filter((name) => name.endsWith('.xml'))
    .sort()
    .map((name) => path.join(folder, name)),
);

let pool: InvoiceValidationPool;
const unitTests = new Map<string, UnitTest[]>();

describe('CEN unit tests of EN 16931 (tests-en16931)', { skip }, () => {
  before(() => {
    pool = createInvoiceValidationPool();
    // Everything goes to the pool now, so both workers stay busy while the tests below wait in turn.
    for (const file of files) {
      const { configuration, tests } = readTestSet(path.join(testsDirectory, file));
      const stylesheet = stylesheets[configuration];
      assert.ok(stylesheet, `${file}: unknown configuration "${configuration}"`);
      unitTests.set(
        file,
        tests.map(({ xml, expectation }, index) => {
          const findings = pool.runSchematron(new TextEncoder().encode(xml), stylesheet);
          findings.catch(() => {}); // awaited by the file's test below
          return { file, index, expectation, findings };
        }),
      );
    }
  });
  after(() => pool.close());

  test('the suite is complete: every folder has test sets', () => {
    for (const folder of folders)
      assert.ok(
        files.some((file) => file.startsWith(`${folder}/`)),
        folder,
      );
    assert.ok(files.length > 250);
  });

  for (const file of files) {
    test(file, async () => {
      const failures: string[] = [];
      for (const unitTest of unitTests.get(file)!) {
        const findings = await unitTest.findings;
        const fired = (id: string, flags: string[]) =>
          findings.some((finding) => finding.id === id && flags.includes(finding.flag || finding.role));
        const { success, error, warning, description } = unitTest.expectation;
        const where = `test ${unitTest.index + 1} (${description})`;
        for (const id of success)
          if (findings.some((finding) => finding.id === id))
            failures.push(`${where}: ${id} should hold but fired`);
        for (const id of error)
          if (!fired(id, ['fatal', 'error'])) failures.push(`${where}: ${id} should fail as error`);
        for (const id of warning)
          if (!fired(id, ['warning'])) failures.push(`${where}: ${id} should fail as warning`);
      }
      assert.deepEqual(failures, []);
    });
  }
});
