// The application as the E-Akte keeps it: a PDF/A of everything the citizen declared, with the
// municipality's letterhead, the reference and the time of receipt. Made from the forms engine's plain-text
// description, so every service gets it without code of its own. Always German: the official language of
// the authority (§ 23 Abs. 1 VwVfG), whatever language the citizen used the portal in.
import type { PdfBlock, PdfDocumentSpec } from '../../../platform/pdf/index.ts';
import type { SiteInfo } from '../portal.site.ts';

export interface ApplicationPdfInput {
  site: SiteInfo | undefined;
  reference: string;
  serviceName: string;
  applicant: { name: string; addressLines: string[] };
  sections: { stepTitle: string; rows: { label: string; value: string }[] }[];
  submittedAt: Date;
}

const berlinTime = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  dateStyle: 'long',
  timeStyle: 'short',
});
const berlinDate = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'long' });

export function applicationPdfSpec(input: ApplicationPdfInput): PdfDocumentSpec {
  const { site } = input;
  const authority = site?.authority ?? 'Stadtverwaltung';
  const blocks: PdfBlock[] = [
    { type: 'heading', level: 1, text: `Antrag: ${input.serviceName}` },
    {
      type: 'paragraph',
      text: `Online eingegangen am ${berlinTime.format(input.submittedAt)} Uhr unter dem Zeichen ${input.reference}.`,
    },
  ];
  for (const section of input.sections) {
    blocks.push({ type: 'heading', level: 2, text: section.stepTitle });
    blocks.push({ type: 'keyValue', rows: section.rows });
  }
  return {
    title: `Antrag ${input.reference}: ${input.serviceName}`,
    author: input.applicant.name,
    subject: input.serviceName,
    language: 'de-DE',
    createdAt: input.submittedAt,
    letterhead: {
      sender: site ? [authority, site.street, `${site.postalCode} ${site.city}`] : [authority],
      recipient: [authority, ...(site ? [site.street, `${site.postalCode} ${site.city}`] : [])],
      date: `Eingang: ${berlinDate.format(input.submittedAt)}`,
      reference: `Antrag ${input.reference}`,
      info: [`Antragsteller/in: ${input.applicant.name}`, ...input.applicant.addressLines],
    },
    footer: `${authority} · Online-Antrag ${input.reference}`,
    blocks,
  };
}
