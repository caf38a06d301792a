import { test } from 'node:test';
import assert from 'node:assert/strict';
import { euroInputValue, formatEuro, parseEuroAmount } from './catalogue.money.ts';

test('amounts are read as Germans write them, with a comma before the cents', () => {
  assert.equal(parseEuroAmount('30,70'), 3070);
  assert.equal(parseEuroAmount('30,7'), 3070);
  assert.equal(parseEuroAmount('30'), 3000);
  assert.equal(parseEuroAmount(' 30,70 € '), 3070);
  assert.equal(parseEuroAmount('1.234,50'), 123450);
  assert.equal(parseEuroAmount('0,05'), 5);
});

test('what is not a German amount is refused, not guessed: "30.70" is no amount', () => {
  for (const wrong of ['30.70', '30,701', 'dreißig', '-5', '', '1.23,00', '12,', '2000000,00'])
    assert.equal(parseEuroAmount(wrong), undefined, wrong);
});

test('amounts are shown as "30,70 €" in German and "€30.70" in English', () => {
  assert.equal(formatEuro(3070, 'de'), '30,70\u00a0€');
  assert.equal(formatEuro(3070, 'en'), '€30.70');
  assert.equal(euroInputValue(3070), '30,70');
  assert.equal(euroInputValue(5), '0,05');
});
