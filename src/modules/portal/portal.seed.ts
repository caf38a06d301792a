// The demo town's facts for Impressum, Datenschutz and Barrierefreiheit. Addresses and names are the
// demo's own (example domains); a real municipality enters its own before going live.
import type { Kysely } from 'kysely';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import { saveSiteInfo, type PortalTables, type SiteInfo } from './portal.site.ts';

export const DEMO_SITE_INFO: SiteInfo = {
  authority: 'Stadt Leichlingen (Rheinland) – Der Bürgermeister',
  street: 'Am Büscherhof 1',
  postalCode: '42799',
  city: 'Leichlingen (Rheinland)',
  phone: '02175 992-0',
  email: 'rathaus@leichlingen.example',
  representative: 'Der Bürgermeister (Demo: Max Beispiel)',
  contentResponsible: 'Pressestelle der Stadt Leichlingen (Demo), Am Büscherhof 1, 42799 Leichlingen',
  supervisoryAuthority: 'Landrat des Rheinisch-Bergischen Kreises als untere staatliche Verwaltungsbehörde',
  vatId: null,
  dataProtectionOfficer:
    'Behördlicher Datenschutzbeauftragter der Stadt Leichlingen (Demo), Am Büscherhof 1, 42799 Leichlingen, datenschutz@leichlingen.example',
  dataProtectionAuthority:
    'Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen, Kavalleriestraße 2–4, 40213 Düsseldorf',
  accessibilityStatus: 'partial',
  accessibilityKnownBarriers:
    'Ältere Dokumente in der E-Akte, die als Scan eingegangen sind, sind nicht in allen Fällen barrierefrei. Sie werden durch Texterkennung durchsuchbar gemacht; eine vollständige Auszeichnung von Überschriften und Tabellen ist dabei nicht möglich.',
  accessibilityContact:
    'Barrierefreiheit der Stadt Leichlingen (Demo), barrierefreiheit@leichlingen.example, Telefon 02175 992-0',
  accessibilityEnforcement:
    'Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen bei der Beauftragten der Landesregierung für Menschen mit Behinderung sowie für Patientinnen und Patienten',
  accessibilityReviewedOn: '2026-11-01',
};

export async function seedPortalDemo({ db, tenantId }: { db: Kysely<unknown>; tenantId: string }) {
  await withTenant(db as Kysely<PortalTables>, tenantId, (trx) => saveSiteInfo(trx, DEMO_SITE_INFO));
}
