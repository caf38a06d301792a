import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  headlineQuery,
  matchQuery,
  queryWords,
  resolveWords,
  tsqueryOperand,
} from './records.search.query.ts';

test('search syntax typed by a person is only a separator, never a tsquery operator', () => {
  assert.deepEqual(queryWords('Hund & !Katze | (Maus):* <-> "Zitat" Ab\\c'), [
    'Hund',
    'Katze',
    'Maus',
    'Zitat',
    'Ab',
    'c',
  ]);
  assert.deepEqual(queryWords('  E-Mail 32.11.05-0012/2026 -Straße. '), [
    'E-Mail',
    '32.11.05-0012/2026',
    'Straße',
  ]);
  assert.equal(queryWords('a b c d e f g h i j').length, 8, 'at most eight words');
  assert.equal(tsqueryOperand("o'brien\\x"), "'o''brien\\\\x'");
  assert.equal(tsqueryOperand('hundest', true), "'hundest':*");
});

test('the last word is also a prefix, a typo becomes its correction, stop words drop out', () => {
  const words = resolveWords(
    [
      { word: 'die', lexemes: [], headlineLexemes: [], folded: 'die', known: false, prefixKnown: true },
      {
        word: 'Bauantarg',
        lexemes: ['bauantarg'],
        headlineLexemes: ['bauantarg'],
        folded: 'bauantarg',
        known: false,
        prefixKnown: false,
      },
      {
        word: 'Müller',
        lexemes: ['mull'],
        headlineLexemes: ['mull', 'muell'],
        folded: 'muller',
        known: true,
        prefixKnown: true,
      },
    ],
    new Map([['bauantarg', 'bauantrag']]),
  );
  assert.equal(matchQuery(words), "('bauantrag') & ('mull' | 'muller':*)");
  assert.equal(headlineQuery(words), "'bauantrag' | 'mull' | 'muell' | 'muller':*");
  assert.deepEqual(
    words.map((word) => word.correction),
    ['bauantrag', null],
  );
  assert.equal(matchQuery([]), null);
});
