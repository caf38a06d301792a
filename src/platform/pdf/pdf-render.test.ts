// The plain PDF as readers see it: poppler's pdftotext and pdfinfo, and qpdf --check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderPdf, type PdfDocumentSpec } from './index.ts';
import { flat, pdfText, readPdf, wordBoxes } from './pdf.test-tools.ts';

const mm = 72 / 25.4;

function spec(overrides: Partial<PdfDocumentSpec> = {}): PdfDocumentSpec {
  return { title: 'Bescheid über die Hundesteuer', language: 'de-DE', blocks: [], ...overrides };
}

test('the paragraphs come out of pdftotext as written, umlauts, ß and € included', async () => {
  const paragraphs = [
    'Sehr geehrte Frau Müller,',
    'die Größe Ihres Grundstücks beträgt 512 m², die Gebühr 96,00 € – „fällig“ zum 15. Februar.',
    'Äußerst übliche Öffnungszeiten: Montag bis Freitag.',
  ];
  const pdf = renderPdf(spec({ blocks: paragraphs.map((text) => ({ type: 'paragraph', text })) }));
  const text = await pdfText(pdf);
  for (const paragraph of paragraphs) assert.ok(text.includes(paragraph), `missing: ${paragraph}\n${text}`);
});

test('a long paragraph wraps inside the margins and keeps every word in order', async () => {
  const long = Array.from({ length: 60 }, (_, index) => `Wort${index}`).join(' ');
  const pdf = renderPdf(spec({ blocks: [{ type: 'paragraph', text: long }] }));
  assert.equal(flat(await pdfText(pdf)).replace(/ Seite 1 von 1$/, ''), long);
  const boxes = await wordBoxes(pdf);
  const lines = new Set(boxes.map((box) => box.yMin));
  assert.ok(lines.size > 3, 'wrapped onto several lines');
  for (const box of boxes) assert.ok(box.xMin >= 25 * mm - 0.5 && box.xMin < 190 * mm, `${box.word} inside`);
});

test('long text continues on the next page and each page says "Seite n von m"', async () => {
  const blocks = Array.from({ length: 30 }, (_, index) => ({
    type: 'paragraph' as const,
    text: `Absatz ${index + 1}: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage erhoben werden.`,
  }));
  const pdf = renderPdf(spec({ blocks, footer: 'Stadt Leichlingen · Am Büscherhof 1 · 42799 Leichlingen' }));
  assert.match(await readPdf(pdf, 'pdfinfo'), /Pages:\s+2\n/);
  const [first, second] = [await pdfText(pdf, 1), await pdfText(pdf, 2)];
  assert.match(first, /Seite 1 von 2/);
  assert.match(second, /Seite 2 von 2/);
  assert.match(second, /Stadt Leichlingen · Am Büscherhof 1/, 'the footer is on every page');
  assert.ok(first.includes('Absatz 1:') && second.includes('Absatz 30:'));
  const all = flat(await pdfText(pdf));
  for (let index = 1; index <= 30; index += 1)
    assert.ok(all.includes(`Absatz ${index}: Gegen`), `Absatz ${index}`);
});

test('English documents are numbered "Page n of m"; numbering can be switched off', async () => {
  const english = renderPdf(spec({ language: 'en-GB', blocks: [{ type: 'paragraph', text: 'Dear Sir' }] }));
  assert.match(await pdfText(english), /Page 1 of 1/);
  const none = renderPdf(spec({ pageNumbers: false, blocks: [{ type: 'paragraph', text: 'Ohne Nummer' }] }));
  assert.doesNotMatch(await pdfText(none), /Seite/);
});

test('hostile text cannot inject operators: pdftotext shows it literally', async () => {
  const hostile = [
    ') Tj ET BT (',
    '(Injected) Tj',
    'a\\) Tj',
    'back\\slash \\\\ \\',
    '/F2 99 Tf 0 0 Td (x) Tj',
    '%%EOF endstream',
  ];
  const pdf = renderPdf(
    spec({
      title: hostile.join(' '),
      blocks: [
        { type: 'heading', level: 1, text: hostile[0]! },
        ...hostile.map((text) => ({ type: 'paragraph' as const, text })),
        { type: 'keyValue', rows: [{ label: hostile[1]!, value: hostile[2]! }] },
        { type: 'list', items: hostile },
      ],
    }),
  );
  const text = await pdfText(pdf);
  for (const line of hostile) assert.ok(text.includes(line), `shown literally: ${line}\n${text}`);
  assert.doesNotMatch(text, /^x$/m, 'no text drawn by an injected operator');
  assert.match(
    await readPdf(pdf, 'pdfinfo'),
    new RegExp(`Title:\\s+${hostile[0]!.replace(/[()]/g, '\\$&')}`),
  );
  assert.match(await readPdf(pdf, 'qpdf', ['--check']), /No syntax or stream encoding errors/);
});

test('characters outside WinAnsi are printed as "?", control characters too; nothing vanishes', async () => {
  const pdf = renderPdf(spec({ blocks: [{ type: 'paragraph', text: 'Jürgen Привет 😀 a\u0007b e\u0301' }] }));
  // The combining accent is composed to é (NFC) and printed; the emoji is one character.
  assert.ok((await pdfText(pdf)).includes('Jürgen ?????? ? a?b é'));
});

test('bold runs, a table of labels and values, a list and a signature are all printed', async () => {
  const pdf = renderPdf(
    spec({
      blocks: [
        { type: 'heading', level: 2, text: 'Festsetzung' },
        {
          type: 'paragraph',
          text: [
            { text: 'Die Steuer wird auf ' },
            { text: '96,00 €', bold: true },
            { text: ' festgesetzt.' },
          ],
        },
        {
          type: 'keyValue',
          rows: [
            { label: 'Hund', value: 'Bello, Labrador' },
            { label: 'Beginn', value: '1. März 2025' },
          ],
        },
        { type: 'list', items: ['erste Rate', 'zweite Rate'] },
        { type: 'spacer', heightMm: 10 },
        { type: 'signature', closing: 'Im Auftrag', name: 'Erika Mustermann', role: 'Steueramt' },
      ],
    }),
  );
  const text = flat(await pdfText(pdf));
  for (const expected of [
    'Festsetzung',
    'Die Steuer wird auf 96,00 € festgesetzt.',
    'Hund Bello, Labrador',
    'Beginn 1. März 2025',
    '• erste Rate',
    '• zweite Rate',
    'Im Auftrag Erika Mustermann Steueramt',
  ]) {
    assert.ok(text.includes(expected), `${expected}\n${text}`);
  }
  assert.match(await readPdf(pdf, 'pdffonts'), /Helvetica-Bold/);
});

test('the letter head puts the recipient in the window of a DL envelope (DIN 5008 form B)', async () => {
  const pdf = renderPdf(
    spec({
      letterhead: {
        sender: ['Stadt Leichlingen', 'Der Bürgermeister', 'Am Büscherhof 1', '42799 Leichlingen'],
        recipient: ['Frau', 'Erika Müller', 'Hauptstraße 12', '42799 Leichlingen'],
        date: 'Leichlingen, 12. Mai 2025',
        reference: 'Aktenzeichen: 32.10-2025-0001',
      },
      blocks: [{ type: 'paragraph', text: 'Sehr geehrte Frau Müller,' }],
    }),
  );
  const boxes = await wordBoxes(pdf);
  const find = (word: string) => boxes.find((box) => box.word === word)!;
  // Window of a DL envelope: 20–110 mm from the left, 45–90 mm from the top.
  for (const word of ['Erika', 'Hauptstraße', 'Frau']) {
    const box = find(word);
    assert.ok(box.xMin > 20 * mm && box.xMin < 110 * mm && box.yMin > 45 * mm && box.yMin < 90 * mm, word);
  }
  const reference = find('Aktenzeichen:');
  assert.ok(Math.abs(reference.xMin - 125 * mm) < 1, 'information block at 125 mm');
  assert.ok(find('Sehr').yMin > 98 * mm, 'the text starts below the head');
  const text = await pdfText(pdf);
  // Too long for the window at 7 pt: set smaller, not cut.
  assert.match(
    text,
    /Stadt Leichlingen · Der Bürgermeister · Am Büscherhof 1 · 42799 Leichlingen\n/,
    'return line',
  );
  assert.match(text, /Leichlingen, 12\. Mai 2025/);
});

test('the document information carries title, author, subject and creation date; qpdf finds no error', async () => {
  const pdf = renderPdf(
    spec({
      author: 'Stadt Leichlingen',
      subject: 'Hundesteuer 2025',
      createdAt: new Date('2025-05-12T10:30:00Z'),
      blocks: [{ type: 'paragraph', text: 'Inhalt' }],
    }),
  );
  const info = await readPdf(pdf, 'pdfinfo', ['-isodates']);
  assert.match(info, /Title:\s+Bescheid über die Hundesteuer\n/);
  assert.match(info, /Author:\s+Stadt Leichlingen\n/);
  assert.match(info, /Subject:\s+Hundesteuer 2025\n/);
  assert.match(info, /CreationDate:\s+2025-05-12T10:30:00(Z|\+00)/);
  assert.match(info, /PDF version:\s+1\.7/);
  assert.match(info, /Page size:\s+595\.2\d? x 841\.8\d? pts \(A4\)/);
  assert.match(
    await readPdf(pdf, 'pdfinfo', ['-meta']),
    /<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Bescheid über/,
  );
  assert.match(await readPdf(pdf, 'qpdf', ['--check']), /No syntax or stream encoding errors/);
});
