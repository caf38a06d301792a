// The embedded fonts against the real files of Debian's fonts-urw-base35: the layout's widths are the
// program's, subsets keep exactly the glyphs asked for, and every form of a Type 1 file reads the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { helveticaBoldWidths, helveticaWidths } from './helvetica-metrics.ts';
import { PdfAError } from './pdf-a-metadata.ts';
import { fontSubset, loadEmbeddedFonts, urwFontDirectory } from './pdf-embedded-fonts.ts';
import { charStringWidths, decrypt, parseType1, subsetType1 } from './pdf-type1.ts';
import { runTool } from '../tools/run-tool.ts';
import { winAnsiGlyphNames } from './winansi-glyphs.ts';

const fonts = await loadEmbeddedFonts();

test('the layout measures with the widths of the embedded program, code for code (helvetica-metrics.ts)', () => {
  for (const [style, layout] of [
    ['regular', helveticaWidths],
    ['bold', helveticaBoldWidths],
  ] as const) {
    const font = fonts[style];
    const program = charStringWidths(font.program);
    winAnsiGlyphNames.forEach((name, index) => {
      const code = index + 32;
      if (name === '') {
        assert.equal(layout[index], 0, `${style} ${code} is not defined in WinAnsi`);
        return;
      }
      assert.equal(font.metrics.widths.get(name), layout[index], `${style} AFM ${code} ${name}`);
      assert.equal(program.get(name), layout[index], `${style} charstring ${code} ${name}`);
      assert.equal(font.widths[index], layout[index], `${style} /Widths ${code}`);
    });
  }
});

test("our WinAnsiEncoding glyph names are Ghostscript's, code for code (they pick the subset's glyphs)", async () => {
  const result = await runTool(
    'gs',
    ['-q', '-dNODISPLAY', '-dSAFER', '-dBATCH', '-c', '/WinAnsiEncoding findencoding { == } forall'],
    { timeoutMs: 30_000 },
  );
  assert.equal(result.code, 0, result.stderr);
  const names = result.stdout
    .toString('latin1')
    .trim()
    .split(/\s+/)
    .map((name) => name.replace(/^\//, ''));
  assert.equal(names.length, 256);
  winAnsiGlyphNames.forEach((name, index) => {
    // Ghostscript fills the codes WinAnsi leaves undefined with bullet; we leave them empty.
    if (name !== '') assert.equal(name, names[index + 32], `code ${index + 32}`);
    else assert.equal(names[index + 32], 'bullet', `code ${index + 32}`);
  });
});

test("the font names are the programs' and each descriptor is complete", () => {
  assert.equal(fonts.regular.program.fontName, 'NimbusSans-Regular');
  assert.equal(fonts.bold.program.fontName, 'NimbusSans-Bold');
  const subset = fontSubset(fonts.regular, [65, 66]);
  assert.match(subset.baseFont, /^[A-Z]{6}\+NimbusSans-Regular$/);
  for (const key of ['Flags', 'FontBBox', 'ItalicAngle', 'Ascent', 'Descent', 'CapHeight', 'StemV'])
    assert.match(subset.descriptor, new RegExp(`/${key} `), key);
  assert.match(subset.descriptor, /\/Ascent [1-9]\d* .*\/Descent -\d+/, 'from the glyph boxes, not 0');
  assert.equal(
    fontSubset(fonts.regular, [66, 65]).baseFont,
    subset.baseFont,
    'the tag depends on the glyphs only',
  );
  assert.notEqual(fontSubset(fonts.regular, [65]).baseFont, subset.baseFont);
});

test('a subset keeps exactly .notdef and the glyphs asked for, byte for byte, and its lengths add up', () => {
  const program = fonts.bold.program;
  const names = [...program.charStrings.glyphs.keys()];
  fc.assert(
    fc.property(fc.subarray(names, { maxLength: 80 }), (chosen) => {
      const file = subsetType1(program, chosen);
      assert.equal(file.length1 + file.length2 + file.length3, file.data.length);
      assert.match(
        file.data.subarray(file.data.length - file.length3).toString('latin1'),
        /^(0+\n)+cleartomark\n$/,
      );
      const again = parseType1(file.data, 'subset');
      assert.deepEqual(new Set(again.charStrings.glyphs.keys()), new Set(['.notdef', ...chosen]));
      for (const [name, range] of again.charStrings.glyphs) {
        const original = program.charStrings.glyphs.get(name)!;
        assert.equal(
          again.plaintext.subarray(range.start, range.end).toString('latin1').trim(),
          program.plaintext.subarray(original.start, original.end).toString('latin1').trim(),
          name,
        );
      }
      const count = again.plaintext.subarray(again.charStrings.count.start, again.charStrings.count.end);
      assert.equal(
        Number(count.toString('latin1')),
        again.charStrings.glyphs.size,
        'the dict size is updated',
      );
      assert.equal(again.stdVW, program.stdVW);
    }),
    { numRuns: 40 },
  );
});

test('PFB and hexadecimal PFA read the same as the binary form Debian ships', async () => {
  const file = await readFile(path.join(urwFontDirectory, 'NimbusSans-Regular.t1'));
  const program = parseType1(file, 'NimbusSans-Regular.t1');
  const { data, length1, length2 } = subsetType1(program, program.charStrings.glyphs.keys());
  const [clear, binary, trailer] = [
    data.subarray(0, length1),
    data.subarray(length1, length1 + length2),
    data.subarray(length1 + length2),
  ];
  const segment = (type: number, body: Buffer) => {
    const head = Buffer.from([0x80, type, 0, 0, 0, 0]);
    head.writeUInt32LE(body.length, 2);
    return Buffer.concat([head, body]);
  };
  const pfb = Buffer.concat([
    segment(1, clear),
    segment(2, binary),
    segment(1, trailer),
    Buffer.from([0x80, 3]),
  ]);
  const hex = binary.toString('hex').replace(/(.{64})/g, '$1\n');
  const pfa = Buffer.concat([clear, Buffer.from(hex, 'latin1'), Buffer.from('\n'), trailer]);
  for (const [form, bytes] of [
    ['PFB', pfb],
    ['PFA', pfa],
  ] as const) {
    const read = parseType1(bytes, form);
    assert.equal(read.fontName, 'NimbusSans-Regular', form);
    assert.ok(read.plaintext.equals(program.plaintext), `${form}: the same private part`);
    assert.equal(read.charStrings.glyphs.size, program.charStrings.glyphs.size, form);
  }
  // The subset of every glyph re-encrypts to the original bytes: the cipher round-trips.
  assert.ok(decrypt(binary, 55665).equals(program.plaintext));
});

test('something that is no Type 1 font is a PdfAError naming the file', () => {
  assert.throws(
    () => parseType1(Buffer.from('%!PS-AdobeFont-1.0: Broken\n/FontName /Broken def\n'), '/x/Broken.t1'),
    (error) => error instanceof PdfAError && error.message.includes('/x/Broken.t1'),
  );
});

test('missing font files are a PdfAError naming the Debian package; once installed, they are found', async () => {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'rathaus-no-fonts-'));
  try {
    await assert.rejects(
      loadEmbeddedFonts(directory),
      (error) =>
        error instanceof PdfAError &&
        error.message.includes('fonts-urw-base35') &&
        error.message.includes('NimbusSans-Regular'),
    );
    for (const file of ['NimbusSans-Regular', 'NimbusSans-Bold'].flatMap((base) => [
      `${base}.t1`,
      `${base}.afm`,
    ]))
      await copyFile(path.join(urwFontDirectory, file), path.join(directory, file));
    const installed = await loadEmbeddedFonts(directory);
    assert.equal(installed.bold.program.fontName, 'NimbusSans-Bold', 'the failure was not cached');
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
  assert.equal(await loadEmbeddedFonts(), fonts, 'loaded once per process');
});
