// The acknowledgement of receipt (Eingangsbestätigung) the citizen downloads after submitting: who
// received what and when, under which reference. Made on request from the stored application, so it never
// disagrees with it; a plain PDF (the E-Akte keeps the application itself as PDF/A).
import { renderPdf } from '../../../platform/pdf/index.ts';
import { findCitizenContact } from '../../citizens/index.ts';
import { tenantScope } from '../../../platform/db/tenant-scope.ts';
import { loadSiteInfo } from '../portal.site.ts';
import type { PortalDeps } from '../portal.deps.ts';
import type { ApplicationStatus } from './applications.tables.ts';

const longDate = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'long' });
const dateTime = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  dateStyle: 'long',
  timeStyle: 'short',
});

export async function renderReceipt(
  deps: Pick<PortalDeps, 'db' | 'now'>,
  tenantId: string,
  application: { reference: string; serviceName: string; submittedAt: Date; status: ApplicationStatus },
  citizenId?: string,
): Promise<Buffer> {
  const site = await loadSiteInfo(deps.db, tenantId);
  const contact = citizenId
    ? await tenantScope(deps.db, tenantId)((trx) => findCitizenContact(trx, citizenId))
    : undefined;
  const authority = site?.authority ?? 'Stadtverwaltung';
  const recipient = contact
    ? [
        `${contact.givenName} ${contact.familyName}`,
        ...(contact.street ? [contact.street] : []),
        ...(contact.postalCode || contact.city
          ? [`${contact.postalCode ?? ''} ${contact.city ?? ''}`.trim()]
          : []),
      ]
    : ['An die Antragstellerin / den Antragsteller'];
  return renderPdf({
    title: `Eingangsbestätigung ${application.reference}`,
    author: authority,
    language: 'de-DE',
    createdAt: deps.now(),
    letterhead: {
      sender: site ? [authority, site.street, `${site.postalCode} ${site.city}`] : [authority],
      recipient,
      date: `${site?.city ?? ''}, ${longDate.format(deps.now())}`.replace(/^, /, ''),
      reference: `Ihr Zeichen: ${application.reference}`,
    },
    footer: `${authority} · Eingangsbestätigung ${application.reference}`,
    blocks: [
      { type: 'heading', level: 1, text: 'Eingangsbestätigung' },
      {
        type: 'paragraph',
        text: `Ihr Antrag „${application.serviceName}“ ist am ${dateTime.format(application.submittedAt)} Uhr online bei uns eingegangen.`,
      },
      {
        type: 'keyValue',
        rows: [
          { label: 'Zeichen', value: application.reference },
          { label: 'Leistung', value: application.serviceName },
          { label: 'Eingang', value: `${dateTime.format(application.submittedAt)} Uhr` },
        ],
      },
      {
        type: 'paragraph',
        text: 'Den Stand Ihres Antrags sehen Sie jederzeit in Ihrem Bürgerkonto unter „Meine Anträge“. Nachrichten und den Bescheid erhalten Sie in Ihr Postfach.',
      },
      {
        type: 'paragraph',
        text: 'Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.',
      },
    ],
  });
}
