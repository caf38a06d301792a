// The document's metadata, written twice as PDF wants it: the document information dictionary and the
// XMP packet. PDF/A requires the two to agree (ISO 19005-2, 6.6.3), so both are made from one value.
import { pdfLiteral, pdfTextString } from './pdf-text.ts';

export interface PdfMetadata {
  title: string;
  author?: string | undefined;
  subject?: string | undefined;
  keywords?: string | undefined;
  language?: string | undefined;
  creator: string;
  producer: string;
  /** ISO 8601 with offset, e.g. 2025-05-12T10:00:00Z. */
  createdAt: string;
  modifiedAt: string;
  /** Declares PDF/A conformance (only for a file that is: our archival writer's, or Ghostscript's PDF/A). */
  pdfa?: { part: 2; conformance: 'B' };
}

/** Metadata text without what XML 1.0 and readers cannot hold (control characters, lone surrogates). */
export function metadataText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.toWellFormed().replace(/[\u0000-\u001f\u007f\ufffe\uffff]/g, ' ');
}

/** ISO 8601 → PDF date (7.9.4), e.g. D:20250512100000+00'00'. */
export function pdfDate(iso: string): string {
  const date = new Date(iso);
  return `D:${date.toISOString().slice(0, 19).replace(/[-:T]/g, '')}+00'00'`;
}

/** PDF date (as Ghostscript and others write it) → ISO 8601 in UTC; undefined if it is not one. */
export function isoFromPdfDate(value: string): string | undefined {
  const match = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Z+-])(\d{2})?'?(\d{2})?'?)?/.exec(
    value,
  );
  if (!match) return undefined;
  const [, year, month = '01', day = '01', hour = '00', minute = '00', second = '00', sign, offH, offM] =
    match;
  const offset = !sign || sign === 'Z' ? 'Z' : `${sign}${offH ?? '00'}:${offM ?? '00'}`;
  const date = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}${offset}`);
  return Number.isNaN(date.getTime()) ? undefined : `${date.toISOString().slice(0, 19)}Z`;
}

/** The entries of the information dictionary; text strings as UTF-16 so every character survives. */
export function infoEntries(metadata: PdfMetadata): Record<string, string> {
  const entries: Record<string, string> = {};
  const text: [string, string | undefined][] = [
    ['Title', metadata.title],
    ['Author', metadata.author],
    ['Subject', metadata.subject],
    ['Keywords', metadata.keywords],
    ['Creator', metadata.creator],
    ['Producer', metadata.producer],
  ];
  for (const [key, value] of text) if (value) entries[key] = metadataText(value);
  entries.CreationDate = pdfDate(metadata.createdAt);
  entries.ModDate = pdfDate(metadata.modifiedAt);
  return entries;
}

/** The information dictionary as PDF source. */
export function infoDictionary(metadata: PdfMetadata): string {
  const entries = Object.entries(infoEntries(metadata)).map(([key, value]) =>
    key.endsWith('Date')
      ? `/${key} ${pdfLiteral(Buffer.from(value, 'latin1'))}`
      : `/${key} ${pdfTextString(value)}`,
  );
  return `<< ${entries.join(' ')} >>`;
}

function xml(text: string): string {
  return metadataText(text).replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** The XMP packet (ISO 16684-1) with the same values as the information dictionary. */
export function xmpPacket(metadata: PdfMetadata): string {
  const alt = (value: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${xml(value)}</rdf:li></rdf:Alt>`;
  const created = `${new Date(metadata.createdAt).toISOString().slice(0, 19)}Z`;
  const modified = `${new Date(metadata.modifiedAt).toISOString().slice(0, 19)}Z`;
  return [
    '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
      'xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"' +
      (metadata.pdfa ? ' xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"' : '') +
      '>',
    '<dc:format>application/pdf</dc:format>',
    metadata.title ? `<dc:title>${alt(metadata.title)}</dc:title>` : '',
    metadata.author
      ? `<dc:creator><rdf:Seq><rdf:li>${xml(metadata.author)}</rdf:li></rdf:Seq></dc:creator>`
      : '',
    metadata.subject ? `<dc:description>${alt(metadata.subject)}</dc:description>` : '',
    metadata.language
      ? `<dc:language><rdf:Bag><rdf:li>${xml(metadata.language)}</rdf:li></rdf:Bag></dc:language>`
      : '',
    metadata.keywords ? `<pdf:Keywords>${xml(metadata.keywords)}</pdf:Keywords>` : '',
    `<pdf:Producer>${xml(metadata.producer)}</pdf:Producer>`,
    `<xmp:CreatorTool>${xml(metadata.creator)}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${created}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${modified}</xmp:ModifyDate>`,
    metadata.pdfa ? `<pdfaid:part>${metadata.pdfa.part}</pdfaid:part>` : '',
    metadata.pdfa ? `<pdfaid:conformance>${metadata.pdfa.conformance}</pdfaid:conformance>` : '',
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ]
    .filter(Boolean)
    .join('\n');
}
