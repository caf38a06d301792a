// The smallest PDF writer that is still correct: numbered objects (object 1 is the catalog), streams with
// their exact length, a cross-reference table with real offsets. Used for the one-page PDF around a
// scanned image; everything else about PDFs is done by qpdf and Ghostscript.

export interface PdfObject {
  /** The entries of the object's dictionary, without the << >>. */
  dictionary: string;
  stream?: Buffer;
}

export function assemblePdfObjects(objects: PdfObject[]): Buffer {
  // The binary comment tells transfer tools that the file is binary (PDF 1.7, 7.5.2).
  const chunks: Buffer[] = [Buffer.from('%PDF-1.5\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = chunks[0]!.length;
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(offset);
    const parts = object.stream
      ? [
          Buffer.from(
            `${index + 1} 0 obj\n<< ${object.dictionary} /Length ${object.stream.length} >>\nstream\n`,
            'latin1',
          ),
          object.stream,
          Buffer.from('\nendstream\nendobj\n', 'latin1'),
        ]
      : [Buffer.from(`${index + 1} 0 obj\n<< ${object.dictionary} >>\nendobj\n`, 'latin1')];
    for (const part of parts) {
      chunks.push(part);
      offset += part.length;
    }
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((value) => `${String(value).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objects.length + 1} /Root 1 0 R >>`,
    'startxref',
    String(offset),
    '%%EOF',
    '',
  ].join('\n');
  chunks.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(chunks);
}
