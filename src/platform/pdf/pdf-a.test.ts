// PDF/A-2b through Ghostscript, checked with what Debian has (no veraPDF): the XMP identification, every
// font embedded (pdffonts), the metadata carried over, the text unchanged, qpdf --check clean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PdfAError, renderPdf, renderPdfA, toPdfA, ToolMissingError, type PdfDocumentSpec } from './index.ts';
import { flat, pdfText, readPdf } from './pdf.test-tools.ts';

const notice: PdfDocumentSpec = {
  title: 'Bescheid über die Hundesteuer 2025',
  author: 'Stadt Leichlingen',
  subject: 'Festsetzung',
  keywords: ['Hundesteuer', 'Bescheid'],
  language: 'de-DE',
  createdAt: new Date('2025-05-12T10:30:00Z'),
  letterhead: {
    sender: ['Stadt Leichlingen', 'Am Büscherhof 1', '42799 Leichlingen'],
    recipient: ['Herrn', 'Jürgen Groß', 'Weiße Straße 3', '42799 Leichlingen'],
    date: 'Leichlingen, 12. Mai 2025',
    reference: 'Aktenzeichen: 22.30-2025-0042',
  },
  footer: 'Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.',
  blocks: [
    { type: 'heading', level: 1, text: 'Bescheid über die Festsetzung der Hundesteuer' },
    {
      type: 'paragraph',
      text: [{ text: 'Die Steuer beträgt ' }, { text: '96,00 € jährlich', bold: true }, { text: '.' }],
    },
    { type: 'heading', level: 2, text: 'Rechtsbehelfsbelehrung' },
    {
      type: 'paragraph',
      text: 'Gegen diesen Bescheid kann innerhalb eines Monats Klage erhoben werden. ) Tj ET BT (',
    },
    { type: 'signature', closing: 'Im Auftrag', name: 'Erika Mustermann' },
  ],
};

test('the PDF/A declares PDF/A-2b, embeds every font, keeps title and text, and passes qpdf --check', async () => {
  const pdfa = await renderPdfA(notice, { timeoutMs: 60_000 });
  const xmp = await readPdf(pdfa, 'pdfinfo', ['-meta']);
  assert.match(xmp, /<pdfaid:part>2<\/pdfaid:part>/);
  assert.match(xmp, /<pdfaid:conformance>B<\/pdfaid:conformance>/);
  assert.match(
    xmp,
    /<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Bescheid über die Hundesteuer 2025<\/rdf:li>/,
  );

  const fonts = (await readPdf(pdfa, 'pdffonts')).trim().split('\n').slice(2);
  assert.ok(fonts.length >= 2, 'regular and bold');
  for (const font of fonts) assert.match(font, /\s+yes\s+yes\s+(yes|no)\s+\d+\s+\d+$/, `embedded: ${font}`);

  const info = await readPdf(pdfa, 'pdfinfo', ['-isodates']);
  assert.match(info, /Title:\s+Bescheid über die Hundesteuer 2025\n/, 'Ghostscript would leave "Untitled"');
  assert.match(info, /Author:\s+Stadt Leichlingen\n/);
  assert.match(info, /Keywords:\s+Hundesteuer, Bescheid\n/);
  assert.match(info, /CreationDate:\s+2025-05-12T10:30:00/);

  const text = flat(await pdfText(pdfa));
  assert.ok(text.includes('Jürgen Groß Weiße Straße 3'), text);
  assert.ok(text.includes('Die Steuer beträgt 96,00 € jährlich.'), text);
  assert.ok(text.includes('erhoben werden. ) Tj ET BT ('), text);
  assert.ok(text.includes('Seite 1 von 1'), text);

  assert.match(await readPdf(pdfa, 'qpdf', ['--check']), /No syntax or stream encoding errors/);
  const catalog = await readPdf(pdfa, 'qpdf', ['--show-object=trailer']);
  assert.match(catalog, /\/Root \d+ 0 R/);
  const raw = pdfa.toString('latin1');
  assert.match(raw, /\/OutputIntents/, 'an output intent');
  assert.match(raw, /\/S \/GTS_PDFA1/, 'of PDF/A');
  assert.match(raw, /\/Lang \(de-DE\)/, 'the language survives');
});

test('a plain PDF from elsewhere is converted too, its metadata carried over', async () => {
  const plain = renderPdf({
    title: 'Quittung',
    language: 'en-GB',
    blocks: [{ type: 'paragraph', text: 'Receipt' }],
  });
  const pdfa = await toPdfA(plain, { timeoutMs: 60_000 });
  assert.match(await readPdf(pdfa, 'pdfinfo'), /Title:\s+Quittung\n/);
  assert.match(flat(await pdfText(pdfa)), /^Receipt Page 1 of 1$/);
});

test('without Ghostscript the conversion fails with a ToolMissingError naming gs', async () => {
  const empty = await mkdtemp(path.join(os.tmpdir(), 'rathaus-no-tools-'));
  const saved = process.env.PATH;
  process.env.PATH = empty;
  try {
    await assert.rejects(toPdfA(renderPdf(notice), { timeoutMs: 10_000 }), (error) => {
      assert.ok(error instanceof ToolMissingError);
      assert.equal(error.command, 'gs');
      return true;
    });
  } finally {
    process.env.PATH = saved;
    await rm(empty, { recursive: true, force: true });
  }
});

test("input that is no PDF is a PdfAError with the tool's words, not a hang or an empty file", async () => {
  await assert.rejects(toPdfA(Buffer.from('kein PDF'), { timeoutMs: 30_000 }), PdfAError);
});

test('a missing ICC profile is a PdfAError', async () => {
  await assert.rejects(
    toPdfA(renderPdf(notice), { timeoutMs: 30_000, iccProfile: '/nonexistent/srgb.icc' }),
    (error) => error instanceof PdfAError && error.message.includes('/nonexistent/srgb.icc'),
  );
});
