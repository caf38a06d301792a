import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanFileName, contentDisposition } from './records.filenames.ts';

test('a path sent as the file name keeps only its last segment, whichever separator', () => {
  assert.deepEqual(cleanFileName('../../etc/passwd'), { name: 'passwd', changed: true });
  assert.deepEqual(cleanFileName('C:\\Users\\Erika\\Antrag.pdf'), { name: 'Antrag.pdf', changed: true });
});

test('control characters and text-reversing marks are removed', () => {
  assert.equal(cleanFileName('Rech\u0000nung\r\n.pdf').name, 'Rechnung.pdf');
  // "rechnung" + RIGHT-TO-LEFT OVERRIDE + "fdp.exe" displays as "rechnungexe.pdf".
  assert.equal(cleanFileName('rechnung\u202efdp.exe').name, 'rechnungfdp.exe');
});

test('a name of 1,000 characters is cut to 255 keeping its extension', () => {
  const { name, changed } = cleanFileName(`${'ä'.repeat(1000)}.pdf`);
  assert.ok(changed);
  assert.ok(name.endsWith('.pdf'));
  assert.ok(Array.from(name).length <= 255);
  assert.ok(Buffer.byteLength(name) <= 255, 'fits a file system name in UTF-8');
});

test('decomposed umlauts (as macOS sends them) are the same name in NFC, not a change', () => {
  const decomposed = 'Gebu\u0308hrenbescheid.pdf';
  assert.deepEqual(cleanFileName(decomposed), { name: 'Gebührenbescheid.pdf', changed: false });
});

test('an empty or dots-only name becomes "Dokument"', () => {
  assert.equal(cleanFileName('').name, 'Dokument');
  assert.equal(cleanFileName('...').name, 'Dokument');
  assert.equal(cleanFileName('/').name, 'Dokument');
});

test('Content-Disposition carries an ASCII fallback and the exact UTF-8 name, no header injection', () => {
  const header = contentDisposition('attachment', 'Bescheid "Müller"\r\nX: y.pdf');
  assert.doesNotMatch(header, /[\r\n]/);
  assert.match(header, /^attachment; filename="Bescheid _Muller___X: y\.pdf"; /);
  assert.match(header, /filename\*=UTF-8''Bescheid%20%22M%C3%BCller%22%0D%0AX%3A%20y\.pdf$/);
});
