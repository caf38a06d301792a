import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  amountsOnCollection,
  centsFromEuroText,
  DEMO_HANDOVER_FEES,
  formatEuro,
  handoverFee,
} from './lostfound.fees.ts';

test('DEMO schedule: 5 € plus 2 % of the value, free up to 10 €, capped at 50 €', () => {
  assert.equal(handoverFee(DEMO_HANDOVER_FEES, 1_000).cents, 0);
  assert.equal(handoverFee(DEMO_HANDOVER_FEES, 30_000).cents, 1_100);
  assert.equal(handoverFee(DEMO_HANDOVER_FEES, 1_000_000).cents, 5_000);
  assert.equal(DEMO_HANDOVER_FEES.demo, true);
});

test('on collection of a 300 € wallet the owner pays the 11 € fee and the finder 15 €', () => {
  const amounts = amountsOnCollection(DEMO_HANDOVER_FEES, { valueCents: 30_000 });
  assert.equal(amounts.totalCents, 2_600);
  assert.equal(formatEuro(amounts.totalCents), '26,00 €');
});

test('amounts typed in German or English notation become cents; anything else is refused', () => {
  assert.equal(centsFromEuroText('12,50 €'), 1_250);
  assert.equal(centsFromEuroText('12.5'), 1_250);
  assert.equal(centsFromEuroText('1.234,56'), 123_456);
  assert.equal(centsFromEuroText('80'), 8_000);
  assert.equal(centsFromEuroText('zwölf'), undefined);
  assert.equal(centsFromEuroText('-5'), undefined);
  assert.equal(centsFromEuroText(''), undefined);
});
