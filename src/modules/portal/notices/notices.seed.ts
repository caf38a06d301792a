// The demo town's notice templates for the residents' parking permit: an approval and a rejection.
// Idempotent: a template whose name the service already has is left as it is (an administrator may have
// edited it).
import type { Kysely } from 'kysely';
import { withTenant } from '../../../platform/db/tenant-scope.ts';
import { findServiceBySlug } from '../catalogue/catalogue.index.ts';
import { createNoticesRepository, type NoticeTemplateValues } from './notices.repository.ts';
import type { NoticesTables } from './notices.tables.ts';

export const DEMO_NOTICE_SERVICE_SLUG = 'bewohnerparkausweis';

// North Rhine-Westphalia has abolished the objection procedure (Widerspruchsverfahren) for most
// administrative acts: § 110 Abs. 1 Satz 1 und 2 JustG NRW waives the Vorverfahren of § 68 VwGO for
// actions for annulment and for an obligation; none of the exceptions of § 110 Abs. 2 and 3 covers a
// residents' parking permit. So the remedy is an action at the administrative court, within one month
// of notification (§ 74 Abs. 1 Satz 2 VwGO), in writing or recorded by the court's registry (§ 81 VwGO),
// or electronically (§ 55a VwGO). The court is the one whose district the authority is in (§ 52 Nr. 3
// VwGO): Leichlingen is in the Rheinisch-Bergischer Kreis, which belongs to the Verwaltungsgericht Köln.
export const NRW_LEGAL_REMEDY_LEICHLINGEN = [
  'Gegen diesen Bescheid können Sie innerhalb eines Monats nach seiner Bekanntgabe Klage beim Verwaltungsgericht Köln, Appellhofplatz, 50667 Köln, erheben. Die Klage ist schriftlich oder zur Niederschrift der Urkundsbeamtin oder des Urkundsbeamten der Geschäftsstelle des Gerichts zu erheben.',
  'Die Klage kann auch als elektronisches Dokument nach Maßgabe des § 55a der Verwaltungsgerichtsordnung (VwGO) und der Elektronischer-Rechtsverkehr-Verordnung (ERVV) eingereicht werden. Eine einfache E-Mail genügt dafür nicht.',
].join('\n\n');

export const demoNoticeTemplates: NoticeTemplateValues[] = [
  {
    kind: 'approval',
    name: 'Bewilligung',
    subject: 'Bewohnerparkausweis für das Fahrzeug {{angaben.licencePlate}}',
    body: [
      'Guten Tag {{antragsteller.name}},',
      'auf Ihren Antrag vom {{antrag.eingang}} erteilen wir Ihnen einen Bewohnerparkausweis:',
      [
        '- Fahrzeug mit dem Kennzeichen {{angaben.licencePlate}}',
        '- gültig für {{angaben.validityYears}} Jahr(e) ab dem Datum dieses Bescheids',
        '- Gebühr: {{gebuehr}}',
      ].join('\n'),
      'Der Ausweis berechtigt zum Parken in der Bewohnerparkzone Ihres Hauptwohnsitzes ({{antragsteller.anschrift}}). Legen Sie ihn gut lesbar hinter die Windschutzscheibe. Er gilt nur für das genannte Fahrzeug.',
      'Rechtsgrundlage ist § 45 Abs. 1b Satz 1 Nr. 2a der Straßenverkehrs-Ordnung (StVO). Haben Sie die Gebühr noch nicht online bezahlt, erhalten Sie dazu eine gesonderte Zahlungsaufforderung.',
    ].join('\n\n'),
    legalRemedy: NRW_LEGAL_REMEDY_LEICHLINGEN,
    active: true,
  },
  {
    kind: 'rejection',
    name: 'Ablehnung',
    subject: 'Ablehnung Ihres Antrags auf einen Bewohnerparkausweis',
    body: [
      'Guten Tag {{antragsteller.name}},',
      'Ihren Antrag vom {{antrag.eingang}} auf einen Bewohnerparkausweis für das Fahrzeug {{angaben.licencePlate}} lehnen wir ab.',
      'Begründung:\n{{begruendung}}',
      'Bei Fragen geben Sie bitte das Aktenzeichen {{aktenzeichen}} an.',
    ].join('\n\n'),
    legalRemedy: NRW_LEGAL_REMEDY_LEICHLINGEN,
    active: true,
  },
];

export async function seedNoticeTemplatesDemo(
  db: Kysely<unknown>,
  tenantId: string,
): Promise<{ inserted: number }> {
  return withTenant(db as Kysely<NoticesTables>, tenantId, async (trx) => {
    const service = await findServiceBySlug(trx, DEMO_NOTICE_SERVICE_SLUG);
    // A town without the demo catalogue gets no demo templates.
    if (!service) return { inserted: 0 };
    const repository = createNoticesRepository({ trx });
    let inserted = 0;
    for (const template of demoNoticeTemplates)
      if (await repository.insertIfMissing(service.id, template)) inserted += 1;
    return { inserted };
  });
}
