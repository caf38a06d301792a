// Safe XML intake, schema resolution confined to its folder, readable locations, and the compiled-stylesheet
// cache — on real files and the real libraries.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
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
} from './index.ts';
import { loadStylesheetUnchanged } from './xml.xslt.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
function refusal(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    assert.ok(error instanceof XmlRefusedError, String(error));
    return error.code;
  }
  return 'accepted';
}

test('the intake refuses what is not plain XML before any parser sees it', () => {
  assert.equal(
    refusal(() => takeInXml(new Uint8Array())),
    'empty',
  );
  assert.equal(
    refusal(() => takeInXml(bytes('<a/>'.padEnd(2000)), { maxBytes: 1000 })),
    'too_large',
  );
  assert.equal(
    refusal(() => takeInXml(bytes('%PDF-1.7'))),
    'not_xml',
  );
  assert.equal(
    refusal(() => takeInXml(bytes('{"json": true}'))),
    'not_xml',
  );
  assert.equal(
    refusal(() => takeInXml(bytes('<?xml version="1.0" encoding="x-klingon"?><a/>'))),
    'encoding',
  );
  assert.equal(
    refusal(() => takeInXml(new Uint8Array([0x3c, 0x61, 0x3e, 0xff, 0x3c, 0x2f, 0x61, 0x3e]))),
    'encoding',
  );
  // A DOCTYPE anywhere in the prolog, whatever comes before it or how it is spelt.
  for (const prolog of [
    '<!DOCTYPE a>',
    '<?xml version="1.0"?>\n<!-- Rechnung -->\n<?pi x?>\n<!DOCTYPE a SYSTEM "http://example.org/a.dtd">',
    '\uFEFF<!doctype a [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
  ])
    assert.equal(
      refusal(() => takeInXml(bytes(`${prolog}<a>&e;</a>`))),
      'doctype',
      prolog,
    );
  assert.equal(
    refusal(() => takeInXml(bytes('<!-- offen'))),
    'malformed',
  );
});

test('the intake decodes by byte order mark or declaration', () => {
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<a>Müller</a>', 'utf16le')]);
  assert.equal(takeInXml(utf16).text, '<a>Müller</a>');
  const latin1 = Buffer.concat([
    Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><a>'),
    Buffer.from([0xfc]),
    Buffer.from('</a>'),
  ]);
  assert.match(takeInXml(latin1).text, /<a>ü<\/a>/);
});

test('the parser refuses broken XML and undeclared entities with the line', () => {
  const error = (() => {
    try {
      parseXml(bytes('<a>\n<b>\n</a>'));
    } catch (caught) {
      return caught as XmlRefusedError;
    }
  })();
  assert.equal(error?.code, 'malformed');
  assert.equal(error?.line, 3);
  assert.equal(
    refusal(() => parseXml(bytes('<a>&lol;</a>'))),
    'malformed',
  );
});

test('a schema reads its imports from below its root folder, and nothing outside it', async (t) => {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'rathaus-xsd-'));
  t.after(() => rm(directory, { recursive: true, force: true }));
  const xs = 'xmlns:xs="http://www.w3.org/2001/XMLSchema"';
  await writeFile(
    path.join(directory, 'types.xsd'),
    `<xs:schema ${xs}><xs:simpleType name="code"><xs:restriction base="xs:string"><xs:pattern value="[A-Z]{2}"/></xs:restriction></xs:simpleType></xs:schema>`,
  );
  await writeFile(
    path.join(directory, 'main.xsd'),
    `<xs:schema ${xs}><xs:include schemaLocation="types.xsd"/><xs:element name="land" type="code"/></xs:schema>`,
  );
  const schema = loadXsd(path.join(directory, 'main.xsd'), directory);
  const valid = parseXml(bytes('<land>DE</land>'));
  const invalid = parseXml(bytes('<land>\nDeutschland</land>'));
  assert.deepEqual(schema.validate(valid), []);
  const violations = schema.validate(invalid);
  assert.equal(violations.length, 1);
  assert.match(violations[0]!.message, /Deutschland/);
  for (const document of [valid, invalid]) document.dispose();
  schema.dispose();
  // A schema whose include lies outside its root folder: not read, so the schema does not load.
  const outside = await mkdtemp(path.join(os.tmpdir(), 'rathaus-xsd-outside-'));
  const confined = await mkdtemp(path.join(os.tmpdir(), 'rathaus-xsd-confined-'));
  t.after(() =>
    Promise.all([outside, confined].map((folder) => rm(folder, { recursive: true, force: true }))),
  );
  await writeFile(path.join(outside, 'types.xsd'), await readFile(path.join(directory, 'types.xsd')));
  await writeFile(
    path.join(confined, 'main.xsd'),
    `<xs:schema ${xs}><xs:include schemaLocation="${path.join(outside, 'types.xsd')}"/><xs:element name="land" type="code"/></xs:schema>`,
  );
  assert.throws(() => loadXsd(path.join(confined, 'main.xsd'), confined));
});

test('validator locations become readable paths and lines', () => {
  const skeleton =
    "/*:Invoice[namespace-uri()='urn:i'][1]/*:InvoiceLine[namespace-uri()='urn:a'][2]/@*[local-name()='unitCode' and namespace-uri()='']";
  assert.equal(readableLocation(skeleton), 'Invoice / InvoiceLine[2] / @unitCode');
  const clark = '/Q{urn:i}Invoice[1]/Q{urn:a}InvoiceLine[2]/Q{urn:a}Price[1]';
  assert.equal(readableLocation(clark), 'Invoice / InvoiceLine[2] / Price');
  const document = parseXml(
    bytes(
      '<Invoice xmlns="urn:i" xmlns:a="urn:a">\n<a:InvoiceLine/>\n<a:InvoiceLine>\n<a:Price/>\n</a:InvoiceLine>\n</Invoice>',
    ),
  );
  assert.equal(lineOfLocation(document, clark), 4);
  assert.equal(lineOfLocation(document, skeleton), 3);
  document.dispose();
});

test('SaxonJS integer arithmetic is inexact above 2^53 (the BR-DE-19 trap); xs:decimal is exact', () => {
  // DE89370400440532013000 rearranged for the mod-97 check: 370400440532013000 131489.
  const digits = '370400440532013000131489';
  assert.equal(BigInt(digits) % 97n, 1n);
  assert.equal(String(evaluateXPath(`xs:decimal('${digits}') mod 97`, null)), '1');
  assert.notEqual(String(evaluateXPath(`xs:integer('${digits}') mod 97`, null)), '1');
});

test('a stylesheet is compiled once, patched, cached by content, and gives the same results when loaded fast', async (t) => {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'rathaus-xslt-'));
  t.after(() => rm(directory, { recursive: true, force: true }));
  const file = path.join(directory, 'rules.xsl');
  await writeFile(
    file,
    `<xsl:stylesheet version="2.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:svrl="http://purl.oclc.org/dsdl/svrl">
  <xsl:template match="/"><svrl:schematron-output><xsl:for-each select="//betrag[. &lt; 0]">
    <svrl:failed-assert id="R-1" flag="fatal" location="/Q{{}}rechnung[1]/Q{{}}betrag[{position()}]"><svrl:text>NEGATIV</svrl:text></svrl:failed-assert>
  </xsl:for-each></svrl:schematron-output></xsl:template>
</xsl:stylesheet>`,
  );
  const patch = { id: 'text', apply: (source: string) => source.replace('NEGATIV', 'Betrag negativ') };
  const sef = await compileStylesheet(file, { cacheDirectory: directory, patches: [patch] });
  assert.equal(await compileStylesheet(file, { cacheDirectory: directory, patches: [patch] }), sef);
  assert.notEqual(
    await compileStylesheet(file, { cacheDirectory: directory }),
    sef,
    'another patch set, another entry',
  );
  assert.deepEqual(
    (await readdir(directory)).filter((name) => name.endsWith('.lock') || name.endsWith('.tmp')),
    [],
  );
  const source = parseForXslt('<rechnung><betrag>5</betrag><betrag>-3</betrag></rechnung>');
  for (const stylesheet of [await loadStylesheet(sef), await loadStylesheetUnchanged(sef)])
    assert.deepEqual(readSvrl(transform(stylesheet, source)), [
      {
        kind: 'failed-assert',
        id: 'R-1',
        flag: 'fatal',
        role: '',
        location: '/Q{}rechnung[1]/Q{}betrag[1]',
        text: 'Betrag negativ',
      },
    ]);
});
