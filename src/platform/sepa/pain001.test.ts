import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AppError } from '../http/app-error.ts';
import { assertWellFormed, blocks, text, texts } from './pain.test-tools.ts';
import { buildPain001, type CreditTransfer, type Pain001Input } from './pain001.ts';

const transfer = (overrides: Partial<CreditTransfer>): CreditTransfer => ({
  endToEndId: 'RE-4711',
  amountCents: 123456,
  executionDate: '2024-05-13',
  creditor: { name: 'Bauhof Meier GmbH', iban: 'DE02120300000000202051' },
  remittanceInformation: 'Rechnung 4711',
  ...overrides,
});

const input = (transactions: CreditTransfer[], overrides: Partial<Pain001Input> = {}): Pain001Input => ({
  messageId: 'ZAHLLAUF-2024-05-10',
  createdAt: new Date('2024-05-10T08:30:00Z'),
  initiatingPartyName: 'Stadt Musterhausen',
  debtor: { name: 'Stadt Musterhausen', iban: 'DE89370400440532013000', bic: 'COBADEFFXXX' },
  transactions,
  ...overrides,
});

test('one payment group per execution date; the town is the debtor, counts and sums add up', () => {
  const xml = buildPain001(
    input([
      transfer({ endToEndId: 'RE-1', amountCents: 123456 }),
      transfer({ endToEndId: 'RE-2', amountCents: 5, executionDate: '2024-05-20' }),
      transfer({
        endToEndId: 'RE-3',
        amountCents: 100,
        creditor: { name: 'Anna', iban: 'AT611904300234573201', bic: 'BKAUATWW' },
      }),
    ]),
  );
  assertWellFormed(xml);
  assert.match(xml, /<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain\.001\.001\.09">/);
  const [header] = blocks(xml, 'GrpHdr');
  assert.equal(text(header!, 'NbOfTxs'), '3');
  assert.equal(text(header!, 'CtrlSum'), '1235.61');

  const summary = blocks(xml, 'PmtInf').map((g) => [
    text(g, 'PmtInfId'),
    text(blocks(g, 'ReqdExctnDt')[0]!, 'Dt'),
    text(g, 'NbOfTxs'),
    text(g, 'CtrlSum'),
    texts(g, 'EndToEndId').join(','),
    texts(g, 'InstdAmt').join(','),
    text(blocks(g, 'Dbtr')[0]!, 'Nm'),
    text(blocks(g, 'DbtrAcct')[0]!, 'IBAN'),
    text(blocks(g, 'DbtrAgt')[0]!, 'BICFI'),
  ]);
  assert.deepEqual(summary, [
    [
      'ZAHLLAUF-2024-05-10-1',
      '2024-05-13',
      '2',
      '1235.56',
      'RE-1,RE-3',
      '1234.56,1.00',
      'Stadt Musterhausen',
      'DE89370400440532013000',
      'COBADEFFXXX',
    ],
    [
      'ZAHLLAUF-2024-05-10-2',
      '2024-05-20',
      '1',
      '0.05',
      'RE-2',
      '0.05',
      'Stadt Musterhausen',
      'DE89370400440532013000',
      'COBADEFFXXX',
    ],
  ]);
  const [first, second] = blocks(xml, 'CdtTrfTxInf');
  assert.equal(text(first!, 'BICFI'), undefined, 'no creditor agent without a BIC (IBAN-only)');
  assert.equal(text(first!, 'Ustrd'), 'Rechnung 4711');
  assert.equal(text(second!, 'BICFI'), 'BKAUATWW');
  assert.equal(text(blocks(second!, 'CdtrAcct')[0]!, 'IBAN'), 'AT611904300234573201');
  assert.match(xml, /<PmtMtd>TRF<\/PmtMtd>/);
  assert.match(xml, /<ChrgBr>SLEV<\/ChrgBr>/);
});

test('payee names are escaped and transliterated; the town without a BIC gets NOTPROVIDED', () => {
  const xml = buildPain001(
    input([transfer({ creditor: { name: 'Café Élysée & Co. <KG>', iban: 'DE02120300000000202051' } })], {
      debtor: { name: 'Stadt Musterhausen', iban: 'DE89370400440532013000' },
    }),
  );
  assertWellFormed(xml);
  assert.match(xml, /<Nm>Cafe Elysee &amp; Co\. KG<\/Nm>/);
  assert.equal(text(blocks(xml, 'DbtrAgt')[0]!, 'Id'), 'NOTPROVIDED');
});

test('invalid transfers are all reported with their paths', () => {
  let problems: unknown;
  try {
    buildPain001(
      input([
        transfer({ amountCents: 0, executionDate: '2024-02-30' }),
        transfer({ endToEndId: '', creditor: { name: 'X', iban: 'DE02120300000000202050' } }),
        transfer({ endToEndId: 'RE-3', amountCents: 99_999_999_999 }), // 999,999,999.99: the largest allowed
        transfer({ endToEndId: 'RE-4', amountCents: 100_000_000_000 }),
      ]),
    );
  } catch (error) {
    assert.ok(error instanceof AppError);
    assert.equal(error.code, 'sepa.invalid_payment_file');
    problems = (error.details as { problems: unknown }).problems;
  }
  assert.deepEqual(problems, [
    { field: 'transactions[0].amountCents', kind: 'amount' },
    { field: 'transactions[0].executionDate', kind: 'date' },
    { field: 'transactions[1].endToEndId', kind: 'identifier' },
    { field: 'transactions[1].creditor.iban', kind: 'iban' },
    { field: 'transactions[3].amountCents', kind: 'amount' },
  ]);
  assert.throws(() => buildPain001(input([])), /sepa\.invalid_payment_file/);
});
