// The text rules under the layout: what is printable, how strings are escaped, where lines break.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pdfLiteral, textWidth, winAnsiBytes, winAnsiText, wrapRuns } from './pdf-text.ts';

test('a PDF string escapes parentheses and backslashes and writes every other byte outside ASCII as octal', () => {
  assert.equal(pdfLiteral(winAnsiBytes(') Tj ET BT (')), '(\\) Tj ET BT \\()');
  assert.equal(pdfLiteral(winAnsiBytes('a\\b')), '(a\\\\b)');
  assert.equal(pdfLiteral(winAnsiBytes('Größe €')), '(Gr\\366\\337e \\200)');
  assert.equal(pdfLiteral(Buffer.from([0x0a, 0x0d, 0x00])), '(\\012\\015\\000)');
});

test('German letters, ß, € and typographic quotes stay; other scripts and control characters become "?"', () => {
  assert.equal(winAnsiText('ÄÖÜäöüß € „Zitat“ – ‚x‘ …'), 'ÄÖÜäöüß € „Zitat“ – ‚x‘ …');
  assert.equal(winAnsiText('Ωμέγα 中 😀'), '????? ? ?');
  assert.equal(winAnsiText('a\u0000b\u001bc'), 'a?b?c');
  assert.equal(winAnsiText('Zeile\nzwei\tTab'), 'Zeile zwei Tab');
  assert.equal(winAnsiText('Zeile\r\nzwei', { keepNewlines: true }), 'Zeile\nzwei');
  assert.equal(winAnsiText('z.\u202fB. 5\u2212 3 Trenn\u00adung'), 'z.\u00a0B. 5- 3 Trennung');
});

test('Helvetica widths: "W" is wider than "i", and bold is wider than regular', () => {
  assert.equal(textWidth('W', 'regular', 10), 9.44);
  assert.equal(textWidth('i', 'regular', 10), 2.22);
  assert.ok(textWidth('Bescheid', 'bold', 11) > textWidth('Bescheid', 'regular', 11));
});

test('no wrapped line is wider than the measure; a word longer than a line is split between characters', () => {
  const text =
    'Die Verwaltungsgebühr für die Ausstellung beträgt DE89370400440532013000DE89370400440532013000 Euro.';
  const lines = wrapRuns([{ text }], 11, 150);
  for (const line of lines) assert.ok(line.width <= 150.0001, `${line.width}`);
  const joined = lines.map((line) => line.segments.map((segment) => segment.text).join('')).join(' ');
  assert.equal(joined.replace(/\s/g, ''), text.replace(/\s/g, ''));
});

test('bold runs keep their font across line breaks; newlines break; spaces collapse', () => {
  const lines = wrapRuns(
    [{ text: 'Betrag:  ' }, { text: '96,00 €', bold: true }, { text: '\nfällig  sofort' }],
    11,
    400,
  );
  assert.deepEqual(
    lines.map((line) => line.segments),
    [
      [
        { text: 'Betrag: ', style: 'regular' },
        { text: '96,00 €', style: 'bold' },
      ],
      [{ text: 'fällig sofort', style: 'regular' }],
    ],
  );
});
