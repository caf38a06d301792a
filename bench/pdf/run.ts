// renderPdfA, sequentially: milliseconds per archival document (a two-page letter with a table), the number
// that decides whether the dog tax annual run (1,700 notices in 30 s) fits.
//
//   node --import tsx bench/pdf/run.ts
//   BENCH_DOCUMENTS=50 node --import tsx bench/pdf/run.ts
import { performance } from 'node:perf_hooks';
import { renderPdfA, type PdfDocumentSpec } from '../../src/platform/pdf/index.ts';

const documents = Number(process.env.BENCH_DOCUMENTS ?? 200);

function letter(index: number): PdfDocumentSpec {
  const rows = Array.from({ length: 24 }, (_, row) => [
    `${String(row + 1).padStart(2, '0')}.2025`,
    row % 3 === 0 ? `Bello ${index} (Labrador), Zweithund` : `Hund ${row}`,
    `${(8 + (row % 4)).toFixed(2).replace('.', ',')} €`,
  ]);
  return {
    title: `Bescheid über die Hundesteuer 2025 – Nr. ${index}`,
    author: 'Stadt Leichlingen',
    subject: 'Festsetzung der Hundesteuer',
    keywords: ['Hundesteuer', 'Bescheid'],
    language: 'de-DE',
    createdAt: new Date('2025-01-15T08:00:00Z'),
    letterhead: {
      sender: ['Stadt Leichlingen', 'Der Bürgermeister', 'Am Büscherhof 1', '42799 Leichlingen'],
      recipient: ['Herrn', `Jürgen Groß ${index}`, 'Weiße Straße 3', '42799 Leichlingen'],
      date: 'Leichlingen, 15. Januar 2025',
      reference: `Aktenzeichen: 22.30-2025-${String(index).padStart(4, '0')}`,
    },
    footer:
      'Stadt Leichlingen · IBAN DE12 3456 7890 1234 5678 90 · Dieses Schreiben wurde maschinell erstellt.',
    blocks: [
      { type: 'heading', level: 1, text: 'Bescheid über die Festsetzung der Hundesteuer 2025' },
      {
        type: 'paragraph',
        text: [
          { text: 'Sehr geehrter Herr Groß, für das Jahr 2025 wird die Hundesteuer auf ' },
          { text: '264,00 €', bold: true },
          { text: ' festgesetzt. Die Beträge im Einzelnen:' },
        ],
      },
      {
        type: 'table',
        columns: [
          { header: 'Monat', width: { mm: 25 } },
          { header: 'Hund', width: { share: 1 } },
          { header: 'Betrag', width: { mm: 30 }, align: 'right' },
        ],
        rows,
        total: ['Summe', '', '264,00 €'],
      },
      { type: 'heading', level: 2, text: 'Rechtsbehelfsbelehrung' },
      ...Array.from({ length: 6 }, () => ({
        type: 'paragraph' as const,
        text: 'Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Düsseldorf erhoben werden. Die Klage hat keine aufschiebende Wirkung (§ 80 Abs. 2 Nr. 1 VwGO).',
      })),
      { type: 'signature', closing: 'Mit freundlichen Grüßen', name: 'Erika Mustermann', role: 'Steueramt' },
    ],
  };
}

const options = { timeoutMs: 60_000 };
// Warm-up: the first document loads fonts and the ICC profile (or starts the tools' page cache).
const first = await renderPdfA(letter(0), options);
const pages = first.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;
const started = performance.now();
let bytes = 0;
for (let index = 1; index <= documents; index += 1)
  bytes += (await renderPdfA(letter(index), options)).length;
const elapsed = performance.now() - started;
console.log(
  `renderPdfA: ${documents} documents in ${elapsed.toFixed(0)} ms = ${(elapsed / documents).toFixed(2)} ms per document ` +
    `(sequential; ${Math.round(bytes / documents / 1024)} KiB each; ${pages} pages)`,
);
