import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AppError } from '../http/app-error.ts';
import { assertWellFormed, blocks, text, texts } from './pain.test-tools.ts';
import { buildPain008, type DirectDebit, type Pain008Input } from './pain008.ts';

const debit = (overrides: Partial<DirectDebit>): DirectDebit => ({
  endToEndId: 'HST-1',
  amountCents: 9000,
  collectionDate: '2024-07-01',
  sequenceType: 'RCUR',
  mandate: { reference: 'HST-000001', signedOn: '2020-01-15' },
  debtor: { name: 'Anna Schäfer', iban: 'DE02120300000000202051' },
  remittanceInformation: 'Hundesteuer 3. Quartal 2024',
  ...overrides,
});

const input = (transactions: DirectDebit[], overrides: Partial<Pain008Input> = {}): Pain008Input => ({
  messageId: 'HST-2024-07',
  createdAt: new Date('2024-06-10T08:30:12.345Z'),
  initiatingPartyName: 'Stadt Musterhausen',
  creditor: {
    name: 'Stadt Musterhausen',
    iban: 'DE89 3704 0044 0532 0130 00',
    creditorId: 'DE98ZZZ09999999999',
  },
  transactions,
  ...overrides,
});

function problemsOf(build: () => unknown): unknown {
  try {
    build();
  } catch (error) {
    assert.ok(error instanceof AppError);
    assert.equal(error.code, 'sepa.invalid_payment_file');
    return (error.details as { problems: unknown }).problems;
  }
  assert.fail('expected sepa.invalid_payment_file');
}

test('one payment group per collection date and sequence type, with counts and control sums that add up', () => {
  const xml = buildPain008(
    input([
      debit({ endToEndId: 'HST-1', amountCents: 9000 }),
      debit({
        endToEndId: 'HST-2',
        amountCents: 4550,
        sequenceType: 'FRST',
        mandate: { reference: 'HST-2', signedOn: '2024-06-01' },
      }),
      debit({ endToEndId: 'HST-3', amountCents: 5 }),
      debit({ endToEndId: 'HST-4', amountCents: 123456, collectionDate: '2024-10-01' }),
    ]),
  );
  assertWellFormed(xml);
  assert.match(xml, /<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain\.008\.001\.08">/);
  assert.equal(text(xml, 'CreDtTm'), '2024-06-10T08:30:12Z');
  const [header] = blocks(xml, 'GrpHdr');
  assert.equal(text(header!, 'NbOfTxs'), '4');
  assert.equal(text(header!, 'CtrlSum'), '1370.11');

  const groups = blocks(xml, 'PmtInf');
  const summary = groups.map((g) => [
    text(g, 'PmtInfId'),
    text(g, 'ReqdColltnDt'),
    text(g, 'SeqTp'),
    text(g, 'NbOfTxs'),
    text(g, 'CtrlSum'),
    texts(g, 'EndToEndId').join(','),
    texts(g, 'InstdAmt').join(','),
  ]);
  assert.deepEqual(summary, [
    ['HST-2024-07-1', '2024-07-01', 'FRST', '1', '45.50', 'HST-2', '45.50'],
    ['HST-2024-07-2', '2024-07-01', 'RCUR', '2', '90.05', 'HST-1,HST-3', '90.00,0.05'],
    ['HST-2024-07-3', '2024-10-01', 'RCUR', '1', '1234.56', 'HST-4', '1234.56'],
  ]);
  for (const group of groups) {
    assert.equal(text(group, 'PmtMtd'), 'DD');
    assert.deepEqual(texts(group, 'Cd'), ['SEPA', 'CORE']);
    assert.equal(text(group, 'ChrgBr'), 'SLEV');
    assert.equal(text(blocks(group, 'CdtrAcct')[0]!, 'IBAN'), 'DE89370400440532013000');
    assert.deepEqual(texts(blocks(group, 'CdtrSchmeId')[0]!, 'Id'), ['DE98ZZZ09999999999']);
    assert.equal(text(blocks(group, 'CdtrSchmeId')[0]!, 'Prtry'), 'SEPA');
  }
  assert.match(xml, /<InstdAmt Ccy="EUR">1234\.56<\/InstdAmt>/);
});

test('each debit carries its mandate, the debtor and the remittance text; without a BIC the bank is NOTPROVIDED', () => {
  const xml = buildPain008(
    input([
      debit({ debtor: { name: 'Anna Schäfer', iban: 'DE02 1203 0000 0000 2020 51', bic: 'byladem1001' } }),
      debit({ endToEndId: 'HST-2', remittanceInformation: undefined }),
    ]),
  );
  const [first, second] = blocks(xml, 'DrctDbtTxInf');
  assert.equal(text(first!, 'MndtId'), 'HST-000001');
  assert.equal(text(first!, 'DtOfSgntr'), '2020-01-15');
  assert.equal(text(first!, 'BICFI'), 'BYLADEM1001');
  assert.equal(text(first!, 'IBAN'), 'DE02120300000000202051');
  assert.equal(text(first!, 'Ustrd'), 'Hundesteuer 3. Quartal 2024');
  assert.equal(text(second!, 'Id'), 'NOTPROVIDED');
  assert.equal(text(second!, 'Ustrd'), undefined);
  assert.equal(text(blocks(xml, 'CdtrAgt')[0]!, 'Id'), 'NOTPROVIDED');
});

test('names and remittance text are escaped, transliterated into the SEPA set and cut to length', () => {
  const xml = buildPain008(
    input([
      debit({
        debtor: { name: 'Müller & Söhne <GmbH>', iban: 'DE02120300000000202051' },
        remittanceInformation: `Hundesteuer für „Bello“ – ${'x'.repeat(200)}`,
      }),
    ]),
  );
  assertWellFormed(xml);
  assert.match(xml, /<Nm>Müller &amp; Söhne GmbH<\/Nm>/);
  assert.doesNotMatch(xml, /<GmbH>/);
  const remittance = text(xml, 'Ustrd')!;
  assert.equal(remittance.length, 140);
  assert.ok(remittance.startsWith("Hundesteuer für 'Bello' - xxx"));

  const strict = buildPain008(
    input([debit({ debtor: { name: 'Müller & Söhne', iban: 'DE02120300000000202051' } })], {
      charset: 'epc',
    }),
  );
  assert.equal(text(blocks(strict, 'Dbtr')[0]!, 'Nm'), 'Mueller + Soehne');
});

test('every invalid field is reported at once, with its path, and no file is built', () => {
  const problems = problemsOf(() =>
    buildPain008(
      input(
        [
          debit({ debtor: { name: 'Anna', iban: 'DE02120300000000202052' }, amountCents: 0 }),
          debit({ endToEndId: 'HST-1', amountCents: -500, collectionDate: '01.07.2024' }),
          debit({
            endToEndId: 'HST-3',
            amountCents: 12.5,
            mandate: { reference: 'HST 3', signedOn: '2024-07-02' },
          }),
          debit({ endToEndId: 'HST-4', debtor: { name: '✓', iban: 'DE02120300000000202051', bic: 'BYLA' } }),
        ],
        { creditor: { name: 'Stadt', iban: 'DE89370400440532013000', creditorId: 'DE97ZZZ09999999999' } },
      ),
    ),
  );
  assert.deepEqual(problems, [
    { field: 'creditor.creditorId', kind: 'creditor_id' },
    { field: 'transactions[0].amountCents', kind: 'amount' },
    { field: 'transactions[0].debtor.iban', kind: 'iban' },
    { field: 'transactions[1].endToEndId', kind: 'duplicate_identifier' },
    { field: 'transactions[1].collectionDate', kind: 'date' },
    { field: 'transactions[1].amountCents', kind: 'amount' },
    { field: 'transactions[2].mandate.reference', kind: 'mandate_reference' },
    { field: 'transactions[2].mandate.signedOn', kind: 'date' },
    { field: 'transactions[2].amountCents', kind: 'amount' },
    { field: 'transactions[3].debtor.name', kind: 'empty' },
    { field: 'transactions[3].debtor.bic', kind: 'bic' },
  ]);
});

test('an empty list, a bad message id or a bad creditor IBAN is refused', () => {
  assert.deepEqual(
    problemsOf(() => buildPain008(input([]))),
    [{ field: 'transactions', kind: 'empty' }],
  );
  assert.deepEqual(
    problemsOf(() =>
      buildPain008(
        input([debit({})], {
          messageId: 'Hundesteuer_2024',
          creditor: { name: 'Stadt', iban: 'DE89', creditorId: 'DE98ZZZ09999999999' },
        }),
      ),
    ),
    [
      { field: 'messageId', kind: 'identifier' },
      { field: 'creditor.iban', kind: 'iban' },
    ],
  );
});
