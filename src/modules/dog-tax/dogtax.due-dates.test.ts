import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assessHousehold,
  dueInstallments,
  dueInstallmentsAfterChange,
  formatEuro,
  leichlingenStatute,
  oneMonthAfter,
} from './dogtax.index.ts';

const assess = (keptFrom: string, keptUntil?: string) =>
  assessHousehold({
    statute: leichlingenStatute,
    year: 2025,
    dogs: [{ dogId: 'a', dangerous: false, keptFrom, keptUntil }],
  });

test('a full year is due in four equal quarters on 15 Feb, 15 May, 15 Aug and 15 Nov', () => {
  assert.deepEqual(dueInstallments(assess('2020-01-01'), { annual: false }), [
    { dueOn: '2025-02-15', amountCents: 3_125 },
    { dueOn: '2025-05-15', amountCents: 3_125 },
    { dueOn: '2025-08-15', amountCents: 3_125 },
    { dueOn: '2025-11-15', amountCents: 3_125 },
  ]);
});

test('on request the whole year is due on 1 July', () => {
  assert.deepEqual(dueInstallments(assess('2020-01-01'), { annual: true }), [
    { dueOn: '2025-07-01', amountCents: 12_500 },
  ]);
});

test('quarters without a taxable month carry no installment', () => {
  const installments = dueInstallments(assess('2025-05-17', '2025-08-03'), { annual: false });
  assert.deepEqual(
    installments.map((installment) => installment.dueOn),
    ['2025-05-15', '2025-08-15'],
  );
});

test('a notice during the year makes past quarters due one month after it, in one sum', () => {
  const assessment = assess('2025-02-10');
  const installments = dueInstallments(assessment, { annual: false, noticeDate: '2025-06-10' });
  assert.deepEqual(installments, [
    { dueOn: '2025-07-10', amountCents: 2_084 + 3_125 },
    { dueOn: '2025-08-15', amountCents: 3_125 },
    { dueOn: '2025-11-15', amountCents: 3_125 },
  ]);
  assert.equal(
    installments.reduce((sum, installment) => sum + installment.amountCents, 0),
    assessment.totalCents,
  );
});

test('an annual payer noticed after 1 July pays one month after the notice', () => {
  assert.deepEqual(dueInstallments(assess('2020-01-01'), { annual: true, noticeDate: '2025-09-01' }), [
    { dueOn: '2025-10-01', amountCents: 12_500 },
  ]);
});

test('one month after the 31st ends on the last day of a shorter month (§ 188 Abs. 3 BGB)', () => {
  assert.equal(oneMonthAfter('2025-01-31'), '2025-02-28');
  assert.equal(oneMonthAfter('2024-01-31'), '2024-02-29');
  assert.equal(oneMonthAfter('2025-12-15'), '2026-01-15');
});

test('amounts print as on a German notice', () => {
  assert.equal(formatEuro(108_000), '1.080,00 €');
  assert.equal(formatEuro(3_125), '31,25 €');
  assert.equal(formatEuro(5), '0,05 €');
});

test('a change notice keeps what was already due on its day and adds only the new part a month later', () => {
  // First notice (2 March 2026): Bello (125 €) from January, Rex (875 €, dangerous) from February:
  // 177,09 € on 5 April, then 250,00 € each quarter. Rex leaves in April; change notice of 16 April.
  const previous = [
    { dueOn: '2026-04-05', amountCents: 17_709 },
    { dueOn: '2026-05-15', amountCents: 25_000 },
    { dueOn: '2026-08-15', amountCents: 25_000 },
    { dueOn: '2026-11-15', amountCents: 25_000 },
  ];
  const bello = { dogId: 'bello', dangerous: false, keptFrom: '2026-01-05' };
  const rex = { dogId: 'rex', dangerous: true, keptFrom: '2026-02-10', keptUntil: '2026-04-12' };
  const assessment = assessHousehold({ statute: leichlingenStatute, year: 2026, dogs: [bello, rex] });
  assert.equal(assessment.totalCents, 34_375);
  const installments = dueInstallmentsAfterChange(assessment, {
    annual: false,
    noticeDate: '2026-04-19',
    previous,
  });
  // 177,09 € stays due on 5 April; by 15 May the new total (281,25 €) is due, so 104,16 € then; the rest
  // follows the new quarters (Bello alone: 31,25 €).
  assert.deepEqual(installments, [
    { dueOn: '2026-04-05', amountCents: 17_709 },
    { dueOn: '2026-05-15', amountCents: 10_416 },
    { dueOn: '2026-08-15', amountCents: 3_125 },
    { dueOn: '2026-11-15', amountCents: 3_125 },
  ]);
});

test('a change that raises the tax makes the added part for past quarters due a month after the notice', () => {
  const previous = [
    { dueOn: '2026-02-15', amountCents: 3_125 },
    { dueOn: '2026-05-15', amountCents: 3_125 },
    { dueOn: '2026-08-15', amountCents: 3_125 },
    { dueOn: '2026-11-15', amountCents: 3_125 },
  ];
  // A second dog from January, reported late (change notice of 20 June, known 23 June): both dogs now pay
  // 135 € each (270 € a year, 67,50 € a quarter).
  const dogs = [
    { dogId: 'a', dangerous: false, keptFrom: '2025-05-01' },
    { dogId: 'b', dangerous: false, keptFrom: '2026-01-10' },
  ];
  const assessment = assessHousehold({ statute: leichlingenStatute, year: 2026, dogs });
  const installments = dueInstallmentsAfterChange(assessment, {
    annual: false,
    noticeDate: '2026-06-23',
    previous,
  });
  assert.deepEqual(installments, [
    { dueOn: '2026-02-15', amountCents: 3_125 },
    { dueOn: '2026-05-15', amountCents: 3_125 },
    { dueOn: '2026-07-23', amountCents: 7_250 },
    { dueOn: '2026-08-15', amountCents: 6_750 },
    { dueOn: '2026-11-15', amountCents: 6_750 },
  ]);
  assert.equal(
    installments.reduce((sum, item) => sum + item.amountCents, 0),
    assessment.totalCents,
  );
});
