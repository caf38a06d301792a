// The table block: column widths, wrapping and alignment as laid out, and what readers get back from the
// rendered PDF (pdftotext), page breaks with the header repeated, and the plain text for search.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layoutDocument, plainTextOf, renderPdf, type PdfBlock, type PdfDocumentSpec } from './index.ts';
import { columnGeometry } from './pdf-table.ts';
import { flat, pdfLines, pdfText, readPdf, wordBoxes } from './pdf.test-tools.ts';

const mm = 72 / 25.4;
const textArea = { left: 25 * mm, width: 165 * mm };

function spec(blocks: PdfBlock[]): PdfDocumentSpec {
  return { title: 'Tabelle', language: 'de-DE', blocks };
}

const periods: Extract<PdfBlock, { type: 'table' }> = {
  type: 'table',
  columns: [
    { header: 'Zeitraum', width: { share: 2 } },
    { header: 'Jahressteuer', width: { mm: 30 }, align: 'right' },
    { header: 'Monate', width: { mm: 18 }, align: 'right' },
    { header: 'Betrag', width: { share: 1 }, align: 'right' },
  ],
  rows: [
    ['Januar–Juni', '125,00 €', '6', '62,50 €'],
    ['Juli–Dezember', '1.080,00 €', '6', '540,00 €'],
  ],
  total: ['Summe', '', '12', '602,50 €'],
};

test('fixed columns keep their millimetres and the shares split the rest of the text area', () => {
  const columns = columnGeometry(periods.columns, textArea.left, textArea.width);
  const widths = columns.map((column) => column.width / mm);
  assert.ok(Math.abs(widths[1]! - 30) < 1e-9 && Math.abs(widths[2]! - 18) < 1e-9);
  assert.ok(Math.abs(widths[0]! - 2 * widths[3]!) < 1e-9, 'share 2 is twice share 1');
  assert.ok(Math.abs(widths.reduce((sum, width) => sum + width, 0) - 165) < 1e-9, 'fills the text area');
  assert.equal(columns[0]!.x, textArea.left);
  for (let index = 1; index < columns.length; index += 1)
    assert.ok(Math.abs(columns[index]!.x - (columns[index - 1]!.x + columns[index - 1]!.width)) < 1e-9);
});

test('fixed columns wider than the text area are scaled down to fit it', () => {
  const columns = columnGeometry(
    [
      { header: 'a', width: { mm: 150 } },
      { header: 'b', width: { mm: 150 } },
      { header: 'c', width: { share: 1 } },
    ],
    textArea.left,
    textArea.width,
  );
  assert.ok(Math.abs(columns[0]!.width / mm - 82.5) < 1e-9);
  assert.ok(columns[2]!.width < 1e-9, 'nothing left for the share');
});

test('header, rows and total come out of pdftotext; the header and the total are bold', async () => {
  const printed = await pdfLines(renderPdf(spec([periods])));
  for (const row of [
    'Zeitraum Jahressteuer Monate Betrag',
    'Januar–Juni 125,00 € 6 62,50 €',
    'Juli–Dezember 1.080,00 € 6 540,00 €',
    'Summe 12 602,50 €',
  ])
    assert.ok(printed.includes(row), `${row}\n${printed.join('\n')}`);
  const [laidOut] = layoutDocument(spec([periods]));
  const style = (word: string) => {
    for (const op of laidOut!.ops)
      if (op.kind === 'text' && op.segments[0]!.text === word) return op.segments[0]!.style;
    return undefined;
  };
  assert.equal(style('Zeitraum'), 'bold');
  assert.equal(style('Summe'), 'bold');
  assert.equal(style('602,50 €'), 'bold');
  assert.equal(style('Januar–Juni'), 'regular');
  assert.equal(style('62,50 €'), 'regular');
  const rules = laidOut!.ops.filter((op) => op.kind === 'line');
  assert.ok(rules.length >= 5, 'rules above and below the header, under each row, above the total');
});

test('right-aligned amounts end at the same x; left-aligned text starts at the column', async () => {
  const boxes = await wordBoxes(renderPdf(spec([periods])));
  // "€" is a word of its own for pdftotext; in the Betrag column (151–190 mm) it ends at the same x in every row.
  const euros = boxes.filter((box) => box.word === '€' && box.xMin > 151 * mm);
  assert.equal(euros.length, 3, 'two rows and the total');
  for (const box of euros) assert.ok(Math.abs(box.xMax - euros[0]!.xMax) < 0.5, 'same right edge');
  assert.ok(Math.abs(euros[0]!.xMax - (190 * mm - 1.5 * mm)) < 1, 'right edge of the column less padding');
  const rates = boxes.filter((box) => box.word === '€' && box.xMin > 103 * mm && box.xMin < 133 * mm);
  assert.equal(rates.length, 2);
  assert.ok(Math.abs(rates[0]!.xMax - rates[1]!.xMax) < 0.5, 'the rates too');
  for (const label of ['Januar–Juni', 'Juli–Dezember', 'Summe'])
    assert.ok(Math.abs(boxes.find((box) => box.word === label)!.xMin - (25 * mm + 1.5 * mm)) < 0.5, label);
});

test('a long cell wraps inside its column and keeps every word', async () => {
  const words = Array.from({ length: 30 }, (_, index) => `Wort${index}`);
  const table: PdfBlock = {
    type: 'table',
    columns: [
      { header: 'Text', width: { mm: 50 } },
      { header: 'Betrag', width: { share: 1 }, align: 'right' },
    ],
    rows: [[words.join(' '), '1,00 €']],
  };
  const boxes = await wordBoxes(renderPdf(spec([table])));
  const cellWords = boxes.filter((box) => box.word.startsWith('Wort'));
  assert.deepEqual(
    cellWords.map((box) => box.word),
    words,
  );
  assert.ok(new Set(cellWords.map((box) => box.yMin)).size > 3, 'on several lines');
  for (const box of cellWords)
    assert.ok(box.xMin >= 25 * mm && box.xMax <= 75 * mm - 1.5 * mm + 0.5, `${box.word} inside its column`);
});

test('a table longer than a page repeats its header on the next page and never splits a row', async () => {
  const rows = Array.from({ length: 70 }, (_, index) => [
    `Zeile ${index + 1}`,
    `Erläuterung ${index + 1} mit Text`,
    `${index + 1},00 €`,
  ]);
  const table: PdfBlock = {
    type: 'table',
    columns: [
      { header: 'Position', width: { mm: 30 } },
      { header: 'Beschreibung', width: { share: 1 } },
      { header: 'Betrag', width: { mm: 30 }, align: 'right' },
    ],
    rows,
    total: ['Summe', '', '2.485,00 €'],
  };
  const pdf = renderPdf(spec([{ type: 'paragraph', text: 'Vorweg' }, table]));
  const pages = Number(/Pages:\s+(\d+)/.exec(await readPdf(pdf, 'pdfinfo'))![1]);
  assert.ok(pages >= 2, `${pages} pages`);
  for (let number = 1; number <= pages; number += 1) {
    const text = await pdfText(pdf, number);
    assert.match(text, /Position/, `header on page ${number}`);
    assert.match(text, /Beschreibung/, `header on page ${number}`);
  }
  const boxes = await wordBoxes(pdf);
  for (let index = 1; index <= 70; index += 1) {
    const label = boxes.filter((box) => box.word === 'Zeile').find((_, position) => position === index - 1)!;
    const amount = boxes.find((box) => box.word === `${index},00`)!;
    assert.equal(label.page, amount.page, `row ${index} on one page`);
    assert.ok(Math.abs(label.yMin - amount.yMin) < 0.5, `row ${index} on one line`);
  }
  assert.equal(boxes.filter((box) => box.word === 'Summe').length, 1);
  const all = flat(await pdfText(pdf));
  assert.ok(all.includes('2.485,00 €'));
  for (let index = 1; index <= 70; index += 1)
    assert.ok(all.includes(`Erläuterung ${index} mit Text`), `row ${index}`);
});

test('a table continues in order after other blocks and cell text cannot inject operators', async () => {
  const hostile = ') Tj ET BT (';
  const pdf = renderPdf(
    spec([
      { type: 'heading', level: 2, text: 'Vorher' },
      { type: 'table', columns: [{ header: 'A', width: { share: 1 } }], rows: [[hostile], ['b\\)']] },
      { type: 'paragraph', text: 'Nachher' },
    ]),
  );
  const text = await pdfText(pdf);
  assert.ok(text.includes(hostile) && text.includes('b\\)'), text);
  assert.ok(
    text.indexOf('Vorher') < text.indexOf(hostile) && text.indexOf(hostile) < text.indexOf('Nachher'),
  );
  assert.match(await readPdf(pdf, 'qpdf', ['--check']), /No syntax or stream encoding errors/);
});

test('a row with more cells than columns is refused', () => {
  assert.throws(() =>
    layoutDocument(
      spec([{ type: 'table', columns: [{ header: 'A', width: { share: 1 } }], rows: [['a', 'b']] }]),
    ),
  );
});

test('plain text has the table: header and each row on a line, cells separated by tabs', () => {
  const text = plainTextOf(spec([{ type: 'paragraph', text: 'Vorweg' }, periods]));
  assert.equal(
    text,
    [
      'Vorweg',
      'Zeitraum\tJahressteuer\tMonate\tBetrag',
      'Januar–Juni\t125,00 €\t6\t62,50 €',
      'Juli–Dezember\t1.080,00 €\t6\t540,00 €',
      'Summe\t\t12\t602,50 €',
    ].join('\n'),
  );
});
