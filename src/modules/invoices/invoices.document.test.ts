// The document reader: the same readable content from UBL and CII — parties, references, totals, the VAT
// breakdown, bank account and the XRechnung cash-discount notation — from our samples and an official one.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { decimalToCents, parseSkonto, readInvoiceDocument } from './invoices.document.ts';
import { sampleCiiInvoice, sampleUblInvoice } from './invoices.validation.fixtures.ts';

const officialSamples = path.resolve(
  import.meta.dirname,
  '../../../../shared/standards/xrechnung/tests-en16931/testfiles',
);
const withSkonto = (xml: string) =>
  xml.replace(
    'Zahlbar innerhalb von 30 Tagen ohne Abzug.',
    '#SKONTO#TAGE=10#PROZENT=3.00#\n#SKONTO#TAGE=14#PROZENT=2.00#\n',
  );

test('UBL and CII samples read alike: seller, Leitweg-ID, totals, VAT breakdown, IBAN and Skonto', () => {
  // Three lines: 2 × 13.79 + 3 × 17.58 + 4 × 21.37 = 165.80 net, 19 % VAT 31.50, 197.30 due.
  for (const xml of [
    sampleUblInvoice({ invoiceNumber: 'RE-1' }),
    sampleCiiInvoice({ invoiceNumber: 'RE-1' }),
  ]) {
    const document = readInvoiceDocument(Buffer.from(withSkonto(xml)));
    assert.equal(document.invoiceNumber, 'RE-1');
    assert.equal(document.seller.name, 'Bürobedarf Müller GmbH');
    assert.equal(document.leitwegId, '04011000-12345-34');
    assert.equal(document.currency, 'EUR');
    assert.equal(document.lines.length, 3);
    assert.deepEqual(
      document.lines.map((line) => [line.quantity, line.netAmount]),
      [
        ['2', '27.58'],
        ['3', '52.74'],
        ['4', '85.48'],
      ],
    );
    assert.deepEqual(
      document.vat.map(({ category, rate, basis, tax }) => ({ category, rate, basis, tax })),
      [{ category: 'S', rate: '19', basis: '165.80', tax: '31.50' }],
    );
    assert.equal(document.totals.lineTotal, '165.80');
    assert.equal(document.totals.taxExclusive, '165.80');
    assert.equal(document.totals.tax, '31.50');
    assert.equal(document.totals.taxInclusive, '197.30');
    assert.equal(document.totals.payable, '197.30');
    assert.equal(decimalToCents(document.totals.payable), 19_730);
    assert.equal(document.payment.iban, 'DE89370400440532013000');
    assert.deepEqual(document.skonto, [
      { days: 10, percent: 3 },
      { days: 14, percent: 2 },
    ]);
  }
});

test('an official UBL sample with two VAT categories, a charge and rounding', () => {
  const document = readInvoiceDocument(readFileSync(path.join(officialSamples, 'BIS_Billing_30-DataIT.xml')));
  assert.equal(document.syntax, 'ubl');
  assert.equal(document.currency, 'SEK');
  assert.deepEqual(
    document.vat.map(({ category, rate, basis, tax }) => ({ category, rate, basis, tax })),
    [
      { category: 'E', rate: '0', basis: '1050', tax: '0' },
      { category: 'S', rate: '25', basis: '7286', tax: '1821.5' },
    ],
  );
  assert.match(document.vat[0]!.exemptionReason, /Undantag/);
  assert.deepEqual(document.allowancesCharges, [
    { charge: true, amount: '150', reason: 'Frakt', vatCategory: 'S', vatRate: '25' },
  ]);
  assert.equal(document.totals.chargeTotal, '150');
  assert.equal(document.totals.taxExclusive, '8336');
  assert.equal(document.totals.taxInclusive, '10157.5');
  assert.equal(document.totals.rounding, '0.5');
  assert.equal(document.totals.payable, '10158');
  assert.equal(document.skonto.length, 0);
});

test('the Skonto notation and amounts are read strictly', () => {
  assert.deepEqual(parseSkonto('#SKONTO#TAGE=7#PROZENT=2.5#'), [{ days: 7, percent: 2.5 }]);
  assert.deepEqual(parseSkonto('2 % Skonto bei Zahlung in 14 Tagen'), [], 'free text is no Skonto term');
  assert.equal(decimalToCents('1234.5'), 123_450);
  assert.equal(decimalToCents('-0.01'), -1);
  assert.equal(decimalToCents('1.005'), undefined, 'more than two places');
  assert.equal(decimalToCents('1e3'), undefined);
});
