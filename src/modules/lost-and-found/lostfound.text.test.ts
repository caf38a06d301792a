import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { stemGerman } from './lostfound.stemmer.ts';
import { editDistance, foldGerman, sameWordWithTypos, stems } from './lostfound.text.ts';
import { termsOf } from './lostfound.lexicon.ts';

// Words and stems from the sample vocabulary published with the algorithm's description (snowballstem.org).
const SAMPLE: [string, string][] = [
  ['aufeinanderfolgenden', 'aufeinanderfolg'],
  ['aufenthaltes', 'aufenthalt'],
  ['auferstehung', 'aufersteh'],
  ['auffälligen', 'auffall'],
  ['auffassungsvermögen', 'auffassungsvermog'],
  ['kategorischen', 'kategor'],
  ['kattunhalstücher', 'kattunhalstuch'],
  ['kätzchens', 'katzch'],
  ['käufer', 'kauf'],
  ['kaufleute', 'kaufleut'],
  ['käuflich', 'kauflich'],
];

test('the German Snowball stemmer gives the published stems', () => {
  for (const [word, stem] of SAMPLE)
    assert.equal(stemGerman(word, { transliteratedUmlauts: false }), stem, word);
});

test('the stemmer follows the description: -nisse loses its s, st after a valid ending, ß as ss', () => {
  assert.equal(stemGerman('bedürfnissen'), 'bedurfnis');
  assert.equal(stemGerman('derbsten'), 'derb');
  assert.equal(stemGerman('auffaßt'), stemGerman('auffasst'));
});

test('Schlüssel, Schluessel and SCHLÜSSELN fold to one stem family; "quelle" keeps its ue', () => {
  assert.equal(stemGerman('schluessel'), stemGerman('schlüssel'));
  assert.deepEqual(stems('SCHLÜSSEL'), stems('Schlussel'));
  assert.equal(stemGerman('quelle'), 'quell');
});

test('folding lowers case and removes umlauts and accents; ß becomes ss', () => {
  assert.equal(foldGerman('Straße Café ÄÖÜ'), 'strasse cafe aou');
});

test('stop words and their typos are dropped, and inflected forms meet in one stem', () => {
  assert.deepEqual(stems('Ich habe meine schwarze Geldbörse liegen gelssen'), stems('schwarzen Geldbörsen'));
});

test('other words for the same thing become the same term; a known compound head names the thing', () => {
  const keys = (text: string) => termsOf(text).map((term) => term.key);
  assert.ok(keys('Portmonee').includes('c:wallet'));
  assert.ok(keys('Geldbeutel').includes('c:wallet'));
  assert.ok(keys('Lederjacke').includes('c:jacket'));
  assert.ok(keys('dunkelblauer Rucksack').includes('colour:blau'));
  assert.ok(keys('iPhone').includes('brand:apple') && keys('iPhone').includes('c:phone'));
  assert.ok(keys('Portmonaie').includes('c:wallet'), 'two typos in a long word');
});

test('typo tolerance grows with word length: none up to 4 letters, 1 up to 8, 2 beyond', () => {
  assert.equal(sameWordWithTypos('hund', 'hand'), false);
  assert.equal(sameWordWithTypos('schwarz', 'schwraz'), true);
  assert.equal(sameWordWithTypos('schwarz', 'schwrza'), false);
  assert.equal(sameWordWithTypos('portemonnai', 'portmonai'), true);
});

test('the edit distance is symmetric, zero only for equal words, and a swap of neighbours costs 1', () => {
  assert.equal(editDistance('geldbörse', 'gledbörse'), 1);
  fc.assert(
    fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
      const d = editDistance(a, b);
      return d === editDistance(b, a) && (d === 0) === (a === b) && d <= Math.max(a.length, b.length);
    }),
  );
});
