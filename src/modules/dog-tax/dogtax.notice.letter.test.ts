// The Hundesteuerbescheid with the Leichlingen demo rates (125 € one dog, 135 € each for two; dangerous
// 875 €): worked example of a household whose second dog arrives in July, with a dangerous dog besides.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plainTextOf, renderPdf, renderPdfA } from '../../platform/pdf/index.ts';
import { pdfLines, readPdf } from '../../platform/pdf/pdf.test-tools.ts';
import {
  assessHousehold,
  buildTaxNoticeSpec,
  dueInstallments,
  leichlingenStatute,
  TAX_NOTICE_MACHINE_MADE,
  taxPeriods,
  type TaxNoticeInput,
} from './dogtax.index.ts';

const year = 2026;
// Bello kept for years; Luna taken in on 10 July (taxable from July, and from then Bello pays the rate for
// two dogs); Rex a dangerous dog (§ 3 LHundG NRW breed) kept all year, counted on the dangerous scale alone.
const assessment = assessHousehold({
  statute: leichlingenStatute,
  year,
  dogs: [
    { dogId: 'bello', dangerous: false, keptFrom: '2021-04-01' },
    { dogId: 'luna', dangerous: false, keptFrom: '2026-07-10' },
    { dogId: 'rex', dangerous: true, keptFrom: '2023-02-01' },
  ],
});
// The change notice after Luna's registration, dated 20 July: what fell due before one month after it is
// due then in one sum (dueInstallments, "für die zurückliegende Zeit").
const noticeDate = '2026-07-20';
const installments = dueInstallments(assessment, { annual: false, noticeDate });

function input(changes: Partial<TaxNoticeInput> = {}): TaxNoticeInput {
  return {
    municipality: {
      authority: 'Stadt Leichlingen (Rhld.)',
      street: 'Am Büscherhof 1',
      postalCode: '42799',
      city: 'Leichlingen',
      phone: '02175 992-0',
      email: 'steueramt@leichlingen.example',
      administrativeCourt: 'Verwaltungsgericht Köln',
    },
    treasury: {
      department: 'Steueramt',
      contact: 'Frau Weber',
      bankName: 'Sparkasse Leichlingen',
      iban: 'DE02 3705 0198 0000 1234 56',
      bic: 'COLSDE33XXX',
      creditorId: 'DE98ZZZ09999999999',
    },
    recipient: { name: 'Erika Mustermann', addressLines: ['Kirchstraße 5', '42799 Leichlingen'] },
    householdNumber: '6.100.004711',
    fileReference: '22.31-HU-2026-0815',
    date: noticeDate,
    year,
    kind: 'change',
    assessment,
    dogs: {
      bello: { name: 'Bello', breed: 'Labrador Retriever', taxMarkNumber: '0123' },
      luna: { name: 'Luna', breed: 'Mischling', taxMarkNumber: '0456' },
      rex: { name: 'Rex', breed: 'American Staffordshire Terrier', taxMarkNumber: '0789' },
    },
    installments,
    payment: {
      method: 'sepa-direct-debit',
      mandateReference: 'HU-6100004711-01',
      maskedIban: 'DE89 **** **** **** **30 00',
    },
    statuteTitle: 'Hundesteuersatzung der Stadt Leichlingen (Rhld.) in der geltenden Fassung',
    ...changes,
  };
}

const lines = (text: string) => text.split('\n');

test('each dog is shown in periods of equal rate: Bello 62,50 € + 67,50 €, Luna 67,50 €, Rex 875,00 €', () => {
  const text = lines(plainTextOf(buildTaxNoticeSpec(input())));
  for (const expected of [
    'Zeitraum\tHunde\tJahressteuer je Hund\tMonate\tErmäßigung\tBetrag',
    // Bello: alone until June (125 €), with Luna from July (135 € each).
    'Januar–Juni\t1\t125,00 €\t6\t–\t62,50 €',
    'Juli–Dezember\t2\t135,00 €\t6\t–\t67,50 €',
    'Summe „Bello“\t\t\t\t\t130,00 €',
    'Summe „Luna“\t\t\t\t\t67,50 €',
    // Rex: the dangerous scale counts dangerous dogs only, so one dangerous dog all year.
    'Januar–Dezember\t1\t875,00 €\t12\t–\t875,00 €',
    'Summe „Rex“\t\t\t\t\t875,00 €',
    'Hundesteuer 2026 insgesamt: 1.072,50 €',
  ]) {
    assert.ok(text.includes(expected), `missing line: ${expected}\n${text.join('\n')}`);
  }
  assert.equal(text.filter((line) => line === 'Juli–Dezember\t2\t135,00 €\t6\t–\t67,50 €').length, 2);
  const rex = text.indexOf('Hund „Rex“ (American Staffordshire Terrier, Steuermarke Nr. 0789)');
  assert.ok(rex > 0 && text[rex + 1] === 'Steuersatz für gefährliche Hunde', 'Rex is marked dangerous');
  assert.equal(text.filter((line) => line === 'Steuersatz für gefährliche Hunde').length, 1, 'only Rex');
});

test('the due dates: quarters already past one month after the notice fall due together on 20 August', () => {
  assert.deepEqual(installments, [
    { dueOn: '2026-08-20', amountCents: 78_625 },
    { dueOn: '2026-11-15', amountCents: 28_625 },
  ]);
  const text = lines(plainTextOf(buildTaxNoticeSpec(input())));
  for (const expected of [
    'Fällig am\tBetrag',
    '20. August 2026\t786,25 €',
    '15. November 2026\t286,25 €',
    'Summe\t1.072,50 €',
  ])
    assert.ok(text.includes(expected), expected);
});

test('the printed PDF shows the same periods, totals and installments, row by row', async () => {
  const printed = await pdfLines(renderPdf(buildTaxNoticeSpec(input())));
  for (const expected of [
    'Bescheid über die Festsetzung der Hundesteuer für das Jahr 2026',

    'Januar–Juni 1 125,00 € 6 – 62,50 €',
    'Juli–Dezember 2 135,00 € 6 – 67,50 €',
    'Summe „Bello“ 130,00 €',
    'Summe „Luna“ 67,50 €',
    'Januar–Dezember 1 875,00 € 12 – 875,00 €',
    'Hundesteuer 2026 insgesamt: 1.072,50 €',
    '20. August 2026 786,25 €',
    '15. November 2026 286,25 €',
    'Summe 1.072,50 €',
  ]) {
    assert.ok(printed.includes(expected), `${expected}\n${printed.join('\n')}`);
  }
  assert.ok(printed.some((line) => line.includes('Kassenzeichen: 6.100.004711')));
});

test('a change notice says it replaces the earlier assessments of the year; an annual one does not', () => {
  const change = plainTextOf(buildTaxNoticeSpec(input()));
  assert.match(
    change,
    /Dieser Bescheid ersetzt alle bisherigen Bescheide über die Hundesteuer für das Jahr 2026\./,
  );
  const annual = plainTextOf(buildTaxNoticeSpec(input({ kind: 'annual' })));
  assert.doesNotMatch(annual, /ersetzt/);
  assert.match(annual, /für das Jahr 2026 setze ich die Hundesteuer wie folgt fest/);
  assert.match(plainTextOf(buildTaxNoticeSpec(input({ kind: 'first' }))), /aufgrund Ihrer Anmeldung/);
});

test('SEPA: collected on the due dates, with mandate reference, creditor id and the masked IBAN', () => {
  const text = plainTextOf(buildTaxNoticeSpec(input()));
  assert.match(text, /per SEPA-Lastschrift von Ihrem Konto DE89 \*{4} \*{4} \*{4} \*\*30 00 eingezogen/);
  assert.match(text, /Mandatsreferenz: HU-6100004711-01/);
  assert.match(text, /Gläubiger-Identifikationsnummer: DE98ZZZ09999999999/);
  assert.doesNotMatch(text, /Verwendungszweck/);
});

test('transfer: the bank details and the Kassenzeichen as payment reference', () => {
  const text = plainTextOf(buildTaxNoticeSpec(input({ payment: { method: 'bank-transfer' } })));
  assert.match(text, /Bitte überweisen Sie/);
  assert.match(text, /IBAN: DE02 3705 0198 0000 1234 56/);
  assert.match(text, /BIC: COLSDE33XXX/);
  assert.match(text, /Verwendungszweck: Kassenzeichen 6\.100\.004711, Hundesteuer 2026/);
  assert.doesNotMatch(text, /Lastschrift|Mandatsreferenz/);
});

test('the remedy is the Widerspruch at the municipality within a month; paying is not suspended', () => {
  const text = plainTextOf(buildTaxNoticeSpec(input()));
  assert.match(text, /Rechtsbehelfsbelehrung/);
  assert.match(text, /innerhalb eines Monats nach seiner Bekanntgabe Widerspruch erhoben werden/);
  assert.match(text, /Stadt Leichlingen \(Rhld\.\), Am Büscherhof 1, 42799 Leichlingen/);
  assert.match(text, /keine aufschiebende Wirkung \(§ 80 Abs\. 2 Satz 1 Nr\. 1 VwGO\)/);
  assert.match(text, /Verwaltungsgericht Köln/);
  assert.match(text, /Kommunalabgabengesetzes für das Land Nordrhein-Westfalen \(KAG NRW\)/);
  assert.match(text, /Steuermarke/);
});

test('without a signer the notice says it was made by machine; with one it is signed', () => {
  const machine = buildTaxNoticeSpec(input());
  assert.ok(plainTextOf(machine).includes(TAX_NOTICE_MACHINE_MADE));
  assert.ok(!machine.blocks.some((block) => block.type === 'signature'));
  const signed = buildTaxNoticeSpec(input({ signer: { name: 'Jonas Becker', role: 'Steueramt' } }));
  assert.ok(!plainTextOf(signed).includes(TAX_NOTICE_MACHINE_MADE));
  assert.ok(signed.blocks.some((block) => block.type === 'signature' && block.name === 'Jonas Becker'));
});

test('a reduction shows as its own period with the percentage and the paragraph', () => {
  const reduced = assessHousehold({
    statute: leichlingenStatute,
    year,
    dogs: [
      {
        dogId: 'bello',
        dangerous: false,
        keptFrom: '2021-04-01',
        reliefs: [
          { kind: 'reduction', percent: 50, from: '2026-04-01', reference: '§ 5 Abs. 1 Buchst. b HStS' },
        ],
      },
    ],
  });
  assert.deepEqual(
    taxPeriods(reduced.dogs[0]!.months).map((period) => [
      period.fromMonth,
      period.toMonth,
      period.amountCents,
    ]),
    [
      [1, 3, 3_125],
      [4, 12, 4_688],
    ],
  );
  const text = lines(
    plainTextOf(
      buildTaxNoticeSpec(
        input({
          assessment: reduced,
          installments: dueInstallments(reduced, { annual: true }),
          kind: 'annual',
        }),
      ),
    ),
  );
  assert.ok(
    text.includes('April–Dezember\t1\t125,00 €\t9\t50 % (§ 5 Abs. 1 Buchst. b HStS)\t46,88 €'),
    text.join('\n'),
  );
  assert.ok(text.includes('1. Juli 2026\t78,13 €'));
});

test('installments that do not add up to the assessed total are refused', () => {
  assert.throws(() => buildTaxNoticeSpec(input({ installments: installments.slice(1) })), /do not match/);
});

test('the notice renders as PDF/A-2b with its text and title', async () => {
  const pdfa = await renderPdfA(buildTaxNoticeSpec(input({ payment: { method: 'bank-transfer' } })), {
    timeoutMs: 60_000,
  });
  const xmp = await readPdf(pdfa, 'pdfinfo', ['-meta']);
  assert.match(xmp, /<pdfaid:part>2<\/pdfaid:part>/);
  assert.match(
    await readPdf(pdfa, 'pdfinfo'),
    /Title:\s+Bescheid über die Festsetzung der Hundesteuer für das Jahr 2026/,
  );
  const printed = await pdfLines(pdfa);
  assert.ok(printed.includes('Januar–Juni 1 125,00 € 6 – 62,50 €'), printed.join('\n'));
  assert.ok(printed.includes('20. August 2026 786,25 €'), printed.join('\n'));
  assert.ok(printed.some((line) => line.includes('Verwendungszweck Kassenzeichen 6.100.004711')));
  assert.match(await readPdf(pdfa, 'qpdf', ['--check']), /No syntax or stream encoding errors/);
});
