import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPlaceholders, fillPlaceholders, placeholdersIn, PLACEHOLDERS } from './notices.placeholders.ts';
import { formatAnswer } from './notices.values.ts';

test('known placeholders are replaced by their values, spaces inside the braces allowed', () => {
  const text = 'Guten Tag {{antragsteller.name}}, Ihr Antrag {{ antrag.zeichen }} vom {{antrag.eingang}}.';
  const filled = fillPlaceholders(text, {
    'antragsteller.name': 'Erika Mustermann',
    'antrag.zeichen': 'A-2026-000001',
    'antrag.eingang': '2. März 2026',
  });
  assert.equal(filled, 'Guten Tag Erika Mustermann, Ihr Antrag A-2026-000001 vom 2. März 2026.');
});

test('a missing or empty value renders as "—", never as the raw braces', () => {
  const filled = fillPlaceholders('Kennzeichen {{angaben.licencePlate}}, Grund: {{begruendung}}', {
    begruendung: '   ',
  });
  assert.equal(filled, 'Kennzeichen —, Grund: —');
  assert.doesNotMatch(filled, /\{|\}/);
});

test('a value is inserted literally: braces, PDF operators and markup in it are not read again', () => {
  const hostile = ') Tj ET BT ({{aktenzeichen}} <b>fett</b> \\ %';
  const filled = fillPlaceholders('Begründung: {{begruendung}}', { begruendung: hostile, aktenzeichen: 'X' });
  assert.equal(filled, `Begründung: ${hostile}`);
});

test('every documented placeholder and any form answer is known; other names are listed as unknown', () => {
  const all = PLACEHOLDERS.map((placeholder) => `{{${placeholder.name}}}`).join(' ');
  assert.deepEqual(checkPlaceholders(`${all} {{angaben.licencePlate}}`), { unknown: [], unclosed: false });
  const check = checkPlaceholders('{{antragsteller.vorname}} {{ datum }} {{angaben.}} {{ }} {{process.env}}');
  assert.deepEqual(check.unknown, ['antragsteller.vorname', 'angaben.', '', 'process.env']);
});

test('with the service form known, only its fields are answers', () => {
  const fields = ['licencePlate', 'validityYears'];
  assert.deepEqual(checkPlaceholders('{{angaben.licencePlate}}', { answerFields: fields }).unknown, []);
  assert.deepEqual(checkPlaceholders('{{angaben.colour}}', { answerFields: fields }).unknown, [
    'angaben.colour',
  ]);
});

test('a brace pair left open is reported, a closed one is not', () => {
  assert.equal(checkPlaceholders('Am {{datum').unclosed, true);
  assert.equal(checkPlaceholders('Am datum}}').unclosed, true);
  assert.equal(checkPlaceholders('Am {{ {{datum}} }}').unclosed, true);
  assert.equal(checkPlaceholders('Am {{datum}} in {Klammern}').unclosed, false);
});

test('placeholdersIn names each placeholder once, in order', () => {
  assert.deepEqual(placeholdersIn('{{datum}} {{aktenzeichen}} {{datum}}'), ['datum', 'aktenzeichen']);
});

test('answers become text: dates German, addresses in one line, files by name, choices as stored', () => {
  assert.equal(formatAnswer('GL-AB 123'), 'GL-AB 123');
  assert.equal(formatAnswer('1980-05-12'), '12.05.1980');
  assert.equal(formatAnswer(1234.5), '1.234,5');
  assert.equal(formatAnswer(true), 'ja');
  assert.equal(
    formatAnswer({ street: 'Am Büscherhof', houseNumber: '1', postalCode: '42799', city: 'Leichlingen' }),
    'Am Büscherhof 1, 42799 Leichlingen',
  );
  assert.equal(formatAnswer([{ id: 'x', name: 'schein.pdf', size: 1 }]), 'schein.pdf');
  assert.equal(formatAnswer(['a', 'b']), 'a, b');
  assert.equal(formatAnswer(undefined), '');
});
