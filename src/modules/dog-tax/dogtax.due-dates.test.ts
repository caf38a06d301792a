import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assessHousehold,
  dueInstallments,
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
