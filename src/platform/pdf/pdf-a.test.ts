// PDF/A-2b, written by our writer (renderPdfA) and converted by Ghostscript (toPdfA), checked with what
// Debian has (no veraPDF): the XMP identification, every font embedded (pdffonts), information dictionary
// and XMP agreeing, the output intent, the text unchanged and drawn with the same glyphs, qpdf --check clean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PdfAError, renderPdf, renderPdfA, toPdfA, ToolMissingError, type PdfDocumentSpec } from './index.ts';
import { flat, pdfText, readPdf, readPdfBytes } from './pdf.test-tools.ts';
import { winAnsiGlyphNames } from './winansi-glyphs.ts';

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
    {
      type: 'table',
      columns: [
        { header: 'Zeitraum', width: { share: 1 } },
        { header: 'Betrag', width: { mm: 35 }, align: 'right' },
      ],
      rows: [['Januar–Dezember', '96,00 €']],
      total: ['Summe', '96,00 €'],
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
  assert.equal(fonts.length, 2, `regular and bold: ${fonts.join('\n')}`);
  for (const font of fonts) {
    // name, type, encoding, emb, sub, uni, object: embedded subsets of Nimbus Sans, Type 1.
    assert.match(
      font,
      /^[A-Z]{6}\+NimbusSans-(Regular|Bold)\s+Type 1\s+WinAnsi\s+yes\s+yes\s+(yes|no)\s+\d+\s+\d+$/,
      font,
    );
  }
  assert.doesNotMatch(fonts.join('\n'), /Helvetica/);

  const info = await readPdf(pdfa, 'pdfinfo', ['-isodates']);
  assert.match(info, /Title:\s+Bescheid über die Hundesteuer 2025\n/);
  assert.match(info, /Author:\s+Stadt Leichlingen\n/);
  assert.match(info, /Keywords:\s+Hundesteuer, Bescheid\n/);
  assert.match(info, /CreationDate:\s+2025-05-12T10:30:00/);
  assert.match(info, /Encrypted:\s+no\n/);

  const text = flat(await pdfText(pdfa));
  assert.ok(text.includes('Jürgen Groß Weiße Straße 3'), text);
  assert.ok(text.includes('Die Steuer beträgt 96,00 € jährlich.'), text);
  assert.ok(text.includes('erhoben werden. ) Tj ET BT ('), text);
  assert.ok(text.includes('Januar–Dezember 96,00 €') && text.includes('Summe 96,00 €'), 'the table');
  assert.ok(text.includes('Seite 1 von 1'), text);

  assert.match(await readPdf(pdfa, 'qpdf', ['--check']), /No syntax or stream encoding errors/);
  const trailer = await readPdf(pdfa, 'qpdf', ['--show-object=trailer']);
  assert.match(trailer, /\/Root \d+ 0 R/);
  assert.match(trailer, /\/ID \[ <[0-9a-f]{32}> <[0-9a-f]{32}> \]/, 'a file identifier (ISO 19005-2, 6.1.3)');
  assert.doesNotMatch(trailer, /\/Encrypt/);
  const raw = pdfa.toString('latin1');
  assert.match(raw, /^%PDF-1\.7\n%[\x80-\xff]{4}\n/, 'the binary comment after the header (6.1.2)');
  assert.match(raw, /\/OutputIntents/, 'an output intent');
  assert.match(raw, /\/S \/GTS_PDFA1/, 'of PDF/A');
  assert.match(raw, /\/Lang \(de-DE\)/, 'the language');
});

/** Every object of the PDF as qpdf's JSON, with stream data. */
async function objectsOf(
  pdf: Buffer,
): Promise<Record<string, { value?: unknown; stream?: { dict: Record<string, unknown>; data?: string } }>> {
  const json = await readPdf(pdf, 'qpdf', [
    '--json-output=2',
    '--json-key=qpdf',
    '--decode-level=generalized',
    '--json-stream-data=inline',
  ]);
  return (JSON.parse(json) as { qpdf: [unknown, Record<string, never>] }).qpdf[1];
}

test('the output intent carries the sRGB profile (ICC, 3 components); the XMP stream is not filtered', async () => {
  const objects = await objectsOf(await renderPdfA(notice, { timeoutMs: 60_000 }));
  const trailer = objects.trailer!.value as Record<string, string>;
  const catalog = objects[`obj:${trailer['/Root']}`]!.value as Record<string, unknown>;
  const [intentRef] = catalog['/OutputIntents'] as string[];
  const intent = objects[`obj:${intentRef}`]!.value as Record<string, string>;
  assert.equal(intent['/S'], '/GTS_PDFA1');
  assert.equal(intent['/Type'], '/OutputIntent');
  assert.ok(intent['/OutputConditionIdentifier'], 'an output condition');
  const profile = objects[`obj:${intent['/DestOutputProfile']}`]!.stream!;
  assert.equal(profile.dict['/N'], 3);
  const icc = Buffer.from(profile.data!, 'base64');
  assert.equal(icc.subarray(36, 40).toString('latin1'), 'acsp', 'an ICC profile');
  assert.equal(icc.subarray(16, 20).toString('latin1'), 'RGB ', 'for RGB');
  assert.ok(icc[8]! <= 4, 'ICC version 4 at most (ISO 19005-2, 6.2.3)');
  const metadata = objects[`obj:${catalog['/Metadata'] as string}`]!.stream!;
  assert.equal(metadata.dict['/Filter'], undefined);
  // Each Type 1 program says how long its three parts are (ISO 32000-1, 9.9).
  const files = Object.values(objects).filter((object) => object.stream?.dict['/Length1'] !== undefined);
  assert.equal(files.length, 2);
  for (const file of files) {
    const data = Buffer.from(file.stream!.data!, 'base64');
    const { '/Length1': l1, '/Length2': l2, '/Length3': l3 } = file.stream!.dict as Record<string, number>;
    assert.equal(l1! + l2! + l3!, data.length);
    assert.match(data.subarray(0, l1).toString('latin1'), /^%!PS-AdobeFont-1\.0: NimbusSans-[\s\S]*eexec\s$/);
    assert.match(data.subarray(l1! + l2!).toString('latin1'), /^(0+\s*)+cleartomark\s*$/);
  }
});

test('the information dictionary and the XMP say the same (ISO 19005-2, 6.6.3)', async () => {
  const pdfa = await renderPdfA(notice, { timeoutMs: 60_000 });
  const info = await readPdf(pdfa, 'pdfinfo', ['-isodates']);
  const xmp = await readPdf(pdfa, 'pdfinfo', ['-meta']);
  const field = (name: string) => new RegExp(`^${name}:\\s+(.*)$`, 'm').exec(info)?.[1];
  const element = (name: string) =>
    new RegExp(`<${name}>(?:<rdf:(?:Alt|Seq)><rdf:li[^>]*>)?([^<]*)<`).exec(xmp)?.[1];
  assert.equal(element('dc:title'), field('Title'));
  assert.equal(element('dc:creator'), field('Author'));
  assert.equal(element('dc:description'), field('Subject'));
  assert.equal(element('pdf:Keywords'), field('Keywords'));
  assert.equal(element('pdf:Producer'), field('Producer'));
  assert.equal(element('xmp:CreatorTool'), field('Creator'));
  for (const [xmpName, infoName] of [
    ['xmp:CreateDate', 'CreationDate'],
    ['xmp:ModifyDate', 'ModDate'],
  ] as const) {
    assert.equal(
      new Date(element(xmpName)!).getTime(),
      new Date(field(infoName)!.replace(/\+00$/, 'Z')).getTime(),
      `${xmpName} = ${infoName}`,
    );
  }
});

test('the embedded glyphs are the ones a reader draws for Helvetica: pixel for pixel, every WinAnsi character', async () => {
  // Poppler draws the unembedded Helvetica of renderPdf with Nimbus Sans (fontconfig's alias from
  // fonts-urw-base35); the PDF/A must look the same — a wrong glyph name or width would move or change pixels.
  const codes = winAnsiGlyphNames.flatMap((name, index) => (name ? [index + 32] : []));
  const all = new TextDecoder('windows-1252').decode(Buffer.from(codes));
  const spec: PdfDocumentSpec = {
    title: 'Glyphen',
    language: 'de-DE',
    createdAt: new Date('2025-05-12T10:30:00Z'),
    blocks: [
      { type: 'paragraph', text: all },
      { type: 'paragraph', text: [{ text: all, bold: true }] },
    ],
  };
  const render = (pdf: Buffer) => readPdfBytes(pdf, 'pdftoppm', ['-r', '60', '-gray']);
  const [plain, archival] = [
    await render(renderPdf(spec)),
    await render(await renderPdfA(spec, { timeoutMs: 60_000 })),
  ];
  assert.ok(plain.length > 100_000, 'a page was rendered');
  assert.ok(plain.equals(archival), 'the same pixels');
});

test('renderPdfA writes the same bytes for the same document (subset tags included)', async () => {
  const first = await renderPdfA(notice, { timeoutMs: 60_000 });
  assert.ok(first.equals(await renderPdfA(notice, { timeoutMs: 60_000 })));
});

test('renderPdfA with an aborted signal or without the sRGB profile fails with the reason', async () => {
  await assert.rejects(renderPdfA(notice, { timeoutMs: 1_000, signal: AbortSignal.abort() }), {
    name: 'AbortError',
  });
  await assert.rejects(
    renderPdfA(notice, { timeoutMs: 1_000, iccProfile: '/nonexistent/srgb.icc' }),
    (error) => error instanceof PdfAError && error.message.includes('/nonexistent/srgb.icc'),
  );
});

test('toPdfA: a plain PDF from elsewhere is converted by Ghostscript, its metadata carried over', async () => {
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
