// A notice (Bescheid) as a letter after DIN 5008: the authority as sender, the applicant in the window,
// date and references in the information block, the subject as heading, the template's body, the
// signature ("Im Auftrag") and the Rechtsbehelfsbelehrung. A pure function of its input, so the decide
// action (PDF/A into the case) and the administrators' preview (plain PDF) print the same letter.
// Always German: the official language of the authority (§ 23 Abs. 1 VwVfG).
import type { PdfBlock, PdfDocumentSpec } from '../../../platform/pdf/index.ts';
import type { SiteInfo } from '../portal.site.ts';
import { fillPlaceholders } from './notices.placeholders.ts';
import type { NoticeKind } from './notices.tables.ts';
import { noticeDate, noticeValues, type NoticeData } from './notices.values.ts';

/** What of a template the letter needs (a stored template or the form being previewed). */
export interface NoticeTemplateText {
  kind: NoticeKind;
  name: string;
  subject: string;
  body: string;
  legalRemedy: string;
}

export type NoticeSpecInput = NoticeData & {
  template: NoticeTemplateText;
  site: SiteInfo | undefined;
};

export const LEGAL_REMEDY_HEADING = 'Rechtsbehelfsbelehrung';
export const SIGNATURE_CLOSING = 'Mit freundlichen Grüßen\nIm Auftrag';

/**
 * Plain text as letter blocks: paragraphs at blank lines, a line starting with "- " is a list item. The
 * structure is read before the placeholders are filled, so a value can never turn into a list or a new
 * paragraph of its own.
 */
export function textBlocks(text: string, fill: (line: string) => string): PdfBlock[] {
  const blocks: PdfBlock[] = [];
  const chunks = text
    .replaceAll('\r\n', '\n')
    .split(/\n[ \t]*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== '');
  for (const chunk of chunks) {
    let lines: string[] = [];
    let items: string[] = [];
    const flush = () => {
      if (lines.length > 0) blocks.push({ type: 'paragraph', text: lines.map(fill).join('\n') });
      if (items.length > 0) blocks.push({ type: 'list', items: items.map(fill) });
      lines = [];
      items = [];
    };
    for (const raw of chunk.split('\n')) {
      const line = raw.trimEnd();
      if (line.startsWith('- ')) {
        if (lines.length > 0) flush();
        items.push(line.slice(2).trim());
      } else {
        if (items.length > 0) flush();
        lines.push(line);
      }
    }
    flush();
  }
  return blocks;
}

export function buildNoticeSpec(input: NoticeSpecInput): PdfDocumentSpec {
  const { template, site, application, applicant, signer } = input;
  const values = noticeValues(input);
  const fill = (text: string) => fillPlaceholders(text, values);
  const authority = site?.authority ?? 'Stadtverwaltung';
  const address = site ? [site.street, `${site.postalCode} ${site.city}`] : [];
  const subject = fill(template.subject).replaceAll(/\s+/g, ' ').trim();
  const remedy = textBlocks(template.legalRemedy, fill);
  const blocks: PdfBlock[] = [
    { type: 'heading', level: 1, text: subject },
    ...textBlocks(template.body, fill),
    {
      type: 'signature',
      closing: SIGNATURE_CLOSING,
      name: signer.name,
      ...(signer.role ? { role: signer.role } : {}),
    },
    ...(remedy.length > 0
      ? [{ type: 'heading', level: 2, text: LEGAL_REMEDY_HEADING } as const, ...remedy]
      : []),
  ];
  return {
    title: `${subject} (${application.reference})`,
    author: authority,
    subject: application.serviceName,
    keywords: ['Bescheid', template.name, application.reference, application.fileReference],
    language: 'de-DE',
    createdAt: input.date,
    letterhead: {
      sender: [authority, ...address],
      recipient: [applicant.name, ...applicant.addressLines],
      // DIN 5008 information block: labelled lines; "Datum:" keeps the date on one line of the block.
      date: `Datum: ${noticeDate(input.date)}`,
      reference: `Aktenzeichen: ${application.fileReference}`,
      info: [
        `Ihr Zeichen: ${application.reference}`,
        `Ihr Antrag vom ${noticeDate(application.submittedAt)}`,
        ...(site ? [`Telefon: ${site.phone}`, `E-Mail: ${site.email}`] : []),
      ],
    },
    footer: [authority, ...address].join(' · '),
    blocks,
  };
}
