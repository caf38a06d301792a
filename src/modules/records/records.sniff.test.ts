// The allowlist decides by content: each case here is a real file's bytes, never a name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { AppError } from '../../platform/http/app-error.ts';
import { emptyPdf, renderPage, textPdf, zipArchive } from './fixtures/records.fixtures.ts';
import { allowedMediaTypes, defaultSniffLimits, detectContent, type SniffLimits } from './records.sniff.ts';

async function detect(t: { after: (fn: () => Promise<void>) => void }, bytes: Buffer, limits?: SniffLimits) {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'rathaus-sniff-'));
  t.after(() => rm(directory, { recursive: true, force: true }));
  const filePath = path.join(directory, 'upload');
  await writeFile(filePath, bytes);
  const file = await open(filePath, 'r');
  try {
    return await detectContent(file, bytes.length, limits ?? defaultSniffLimits);
  } finally {
    await file.close();
  }
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as AppError).code;
  }
  assert.fail('expected a refusal');
}

const docx = (contentType: string, extra: { name: string; data: Buffer }[] = []) =>
  zipArchive([
    {
      name: '[Content_Types].xml',
      data: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="${contentType}"/></Types>`,
      ),
    },
    { name: 'word/document.xml', data: Buffer.from('<w:document/>') },
    ...extra,
  ]);

test('PDFs, images, UTF-8 text and XML are recognised by their bytes', async (t) => {
  assert.equal((await detect(t, textPdf([['Hallo']]))).mediaType, 'application/pdf');
  assert.equal((await detect(t, emptyPdf())).family, 'pdf', 'page checks come later, in records.pdf');
  const scan = textPdf([['Scan']]);
  assert.deepEqual(await detect(t, await renderPage(scan, { dpi: 50 })), {
    mediaType: 'image/png',
    family: 'image',
    pageCount: 1,
  });
  assert.equal(
    (await detect(t, await renderPage(scan, { dpi: 50, format: 'jpeg' }))).mediaType,
    'image/jpeg',
  );
  assert.equal(
    (await detect(t, await renderPage(scan, { dpi: 50, format: 'tiff' }))).mediaType,
    'image/tiff',
  );
  assert.equal((await detect(t, Buffer.from('Grüße aus Leichlingen\n'))).mediaType, 'text/plain');
  assert.equal(
    (
      await detect(
        t,
        Buffer.from('<?xml version="1.0" encoding="UTF-8"?><rechnung><betrag>1</betrag></rechnung>'),
      )
    ).mediaType,
    'application/xml',
  );
});

test('a renamed program or script is refused as executable', async (t) => {
  const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(200)]);
  assert.equal(await refusal(detect(t, elf)), 'records.content_executable');
  const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(300, 0x90)]);
  assert.equal(await refusal(detect(t, exe)), 'records.content_executable');
  assert.equal(await refusal(detect(t, Buffer.from('#!/bin/sh\nrm -rf /\n'))), 'records.content_executable');
  // The node binary running this test: a real executable, whatever it would be called.
  const { readFile } = await import('node:fs/promises');
  const node = (await readFile(process.execPath)).subarray(0, 64 * 1024);
  assert.equal(await refusal(detect(t, node)), 'records.content_executable');
});

test('HTML, SVG, binary junk and non-UTF-8 text are not accepted', async (t) => {
  assert.equal(
    await refusal(detect(t, Buffer.from('<!DOCTYPE html><html><script>alert(1)</script>'))),
    'records.content_not_allowed',
  );
  assert.equal(
    await refusal(detect(t, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))),
    'records.content_not_allowed',
  );
  assert.equal(await refusal(detect(t, Buffer.from([1, 2, 0, 3, 4]))), 'records.content_not_allowed');
  assert.equal(await refusal(detect(t, Buffer.from('Gr\xfc\xdfe', 'latin1'))), 'records.text_not_utf8');
  assert.equal(await refusal(detect(t, Buffer.from('\ufeffHallo', 'utf16le'))), 'records.text_not_utf8');
  assert.equal(await refusal(detect(t, Buffer.alloc(0))), 'records.upload_empty');
});

test('XML with a DOCTYPE or entities (XXE, billion laughs) is refused, even deep in a large file', async (t) => {
  const xxe = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>';
  assert.equal(await refusal(detect(t, Buffer.from(xxe))), 'records.xml_doctype');
  // The declaration after 64 KB of comment, split across the reader's chunks.
  const late = `<?xml version="1.0"?><!--${'x'.repeat(65_530)}--><!ENTITY lol "lol"><r/>`;
  assert.equal(await refusal(detect(t, Buffer.from(late))), 'records.xml_doctype');
});

test('office containers are told apart by their declared type; macros and bombs are refused', async (t) => {
  const word = docx('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml');
  assert.equal((await detect(t, word)).mediaType, allowedMediaTypes.docx);
  const odt = zipArchive([
    { name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.text'), store: true },
    { name: 'content.xml', data: Buffer.from('<office:document-content/>') },
  ]);
  assert.equal((await detect(t, odt)).mediaType, allowedMediaTypes.odt);
  const macro = docx('application/vnd.ms-word.document.macroEnabled.main+xml');
  assert.equal(await refusal(detect(t, macro)), 'records.archive_invalid');
  const plainZip = zipArchive([{ name: 'a.txt', data: Buffer.from('a') }]);
  assert.equal(await refusal(detect(t, plainZip)), 'records.content_not_allowed');

  // 50 MB of zeros deflate to ~50 KB: a ratio no document has.
  const bomb = docx('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', [
    { name: 'word/media/zeros.bin', data: Buffer.alloc(50 * 1024 * 1024) },
  ]);
  assert.ok(bomb.length < 200_000);
  assert.equal(await refusal(detect(t, bomb)), 'records.archive_bomb');
  const small = { ...defaultSniffLimits, maxUnpackedBytes: 10 };
  assert.equal(await refusal(detect(t, word, { ...small })), 'records.archive_bomb');
  const many = { ...defaultSniffLimits, maxArchiveEntries: 1 };
  assert.equal(await refusal(detect(t, word, many)), 'records.archive_bomb');
});

test('zip entries overlapping each other (the small zip bomb trick) are refused', async (t) => {
  const word = docx('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml');
  // Point the second central directory entry at the first entry's local header.
  const bytes = Buffer.from(word);
  const directoryOffset = bytes.readUInt32LE(bytes.length - 22 + 16);
  const firstNameLength = bytes.readUInt16LE(directoryOffset + 28);
  const second = directoryOffset + 46 + firstNameLength;
  bytes.writeUInt32LE(0, second + 42);
  assert.equal(await refusal(detect(t, bytes)), 'records.archive_bomb');
});

test('an image declaring more pixels than the limit is refused before anything decodes it', async (t) => {
  const png = await renderPage(textPdf([['x']]), { dpi: 50 });
  const huge = Buffer.from(png);
  huge.writeUInt32BE(60_000, 16); // IHDR width
  huge.writeUInt32BE(60_000, 20); // IHDR height
  assert.equal(await refusal(detect(t, huge)), 'records.image_too_large');
  const truncatedJpeg = (await renderPage(textPdf([['x']]), { dpi: 50, format: 'jpeg' })).subarray(0, 3);
  assert.equal(await refusal(detect(t, truncatedJpeg)), 'records.image_corrupt');
});
