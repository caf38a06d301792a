import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isSepaText, toSepaText } from './sepa-text.ts';
import { el, escapeXml, renderXmlDocument, withAttributes } from './xml-writer.ts';

test('German umlauts, ß and & stay: DFÜ-Abkommen Anlage 3 obliges German banks to accept them', () => {
  assert.equal(toSepaText('Jürgen Weiß & Söhne', 70), 'Jürgen Weiß & Söhne');
  assert.equal(toSepaText('ÄÖÜ äöü 5 % * $', 70), 'ÄÖÜ äöü 5 % * $');
});

test('for a strict EPC receiver umlauts and ß are written out and & becomes +', () => {
  assert.equal(toSepaText('Jürgen Weiß & Söhne', 70, { charset: 'epc' }), 'Juergen Weiss + Soehne');
  assert.equal(isSepaText('Müller', 'epc'), false);
  assert.equal(isSepaText('Müller', 'dk'), true);
});

test('other letters lose their accents; typographic marks get their plain equivalent; the rest a space', () => {
  assert.equal(toSepaText('Café Élysée, Łódź, Ørsted, Œuvre', 70), 'Cafe Elysee, Lodz, Orsted, OEuvre');
  assert.equal(toSepaText('„Bello“ – 1. Quartal; Nr_5!', 70), "'Bello' - 1. Quartal, Nr-5.");
  assert.equal(toSepaText('30 € für <Hund> #2 ✓', 70), '30 EUR für Hund 2');
  // A decomposed ü (u + combining diaeresis, as some keyboards send it) is the same umlaut.
  assert.equal(toSepaText('Mu\u0308ller', 70), 'Müller');
});

test('line breaks and runs of spaces collapse; the result is cut to the field length and trimmed', () => {
  assert.equal(toSepaText('  Hundesteuer\n\t2024  ', 140), 'Hundesteuer 2024');
  assert.equal(toSepaText('Hundesteuer 2024 Bello', 12), 'Hundesteuer');
  assert.equal(toSepaText('x'.repeat(200), 140).length, 140);
  assert.equal(toSepaText('✓✓✓', 70), '');
});

test('whatever the input, the output is SEPA text within the length', () => {
  fc.assert(
    fc.property(
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.integer({ min: 1, max: 140 }),
      (input, max) => {
        const out = toSepaText(input, max);
        assert.ok(out.length <= max);
        assert.ok(isSepaText(out), JSON.stringify(out));
        assert.ok(isSepaText(toSepaText(input, max, { charset: 'epc' }), 'epc'));
      },
    ),
  );
});

test('the XML writer escapes & < > in text and quotes in attributes', () => {
  assert.equal(escapeXml('a & b < c > d'), 'a &amp; b &lt; c &gt; d');
  const xml = renderXmlDocument(
    withAttributes(el('Doc', el('Nm', '<Tom & Jerry>'), el('Empty')), { note: 'say "hi"' }),
  );
  assert.equal(
    xml,
    '<?xml version="1.0" encoding="UTF-8"?>\n<Doc note="say &quot;hi&quot;">\n  <Nm>&lt;Tom &amp; Jerry&gt;</Nm>\n  <Empty/>\n</Doc>\n',
  );
});
