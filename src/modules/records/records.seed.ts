// Demo file plan of "Stadt Leichlingen (Rheinland)", after the KGSt structure many NRW towns use: main
// groups 1–8 by task, groups by office number (32 Ordnungsamt, 63 Bauaufsicht, …), subgroups below.
// Retention periods follow common practice and the laws named beside them. Plus a few demo files with
// cases so the E-Akte is not empty. Idempotent: missing groups are added, nothing is changed or doubled.
import type { Kysely } from 'kysely';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import { createCasesRepository } from './records.cases.repository.ts';
import { createFilesRepository } from './records.files.repository.ts';
import { createPlanRepository } from './records.plan.repository.ts';
import { buildPlanTree, parentCodeOf } from './records.plan.usecases.ts';
import type { Confidentiality } from './records.policies.ts';
import {
  DEFAULT_REFERENCE_PATTERN,
  formatReference,
  localYear,
  nextReferenceNumber,
  parseReferencePattern,
} from './records.reference.ts';
import type { Disposal, RecordsDb } from './records.tables.ts';

type Group = [
  code: string,
  title: string,
  years?: number,
  disposal?: Disposal,
  confidentiality?: Confidentiality,
];

// Parents before children. Years/disposal/confidentiality left out are inherited from the parent.
export const leichlingenPlan: Group[] = [
  ['1', 'Allgemeine Verwaltung', 10, 'review', 'internal'],
  ['10', 'Haupt- und Personalverwaltung'],
  ['10.01', 'Rat, Ausschüsse und Bezirksvertretungen', 10, 'archive', 'open'],
  ['10.01.01', 'Sitzungen und Niederschriften des Rates', 10, 'archive', 'open'],
  ['10.01.02', 'Anfragen und Anträge der Fraktionen', 10, 'archive'],
  ['10.02', 'Organisation, Geschäftsverteilung, Dienstanweisungen', 10, 'archive'],
  ['10.03', 'Personalangelegenheiten', 10, 'destroy', 'confidential'],
  ['10.03.01', 'Personalakten der Beamtinnen und Beamten', 10],
  ['10.03.02', 'Personalakten der Tarifbeschäftigten', 10],
  // AGG § 15 Abs. 4: claims within two months; kept to the end of the following year.
  ['10.03.03', 'Stellenausschreibungen und Auswahlverfahren', 1],
  ['10.04', 'Registratur und Schriftgutverwaltung', 10, 'review'],
  ['10.05', 'Informationstechnik und Datenschutz', 5, 'destroy'],
  ['12', 'Statistik und Wahlen'],
  ['12.01', 'Kommunal-, Landtags- und Bundestagswahlen', 5, 'destroy', 'open'],
  ['12.02', 'Wahlergebnisse und Wahlniederschriften', 10, 'archive', 'open'],
  ['14', 'Rechnungsprüfung', 10, 'archive'],
  ['2', 'Finanzverwaltung', 10, 'destroy', 'internal'],
  ['20', 'Kämmerei'],
  ['20.01', 'Haushaltssatzung und Haushaltsplan', 10, 'archive'],
  ['20.02', 'Jahresabschluss und Gesamtabschluss', 10, 'archive'],
  ['20.03', 'Steuern und Abgaben', 10, 'destroy'],
  ['20.03.01', 'Grundsteuer'],
  // § 30 AO: tax secrecy.
  ['20.03.02', 'Gewerbesteuer', 10, 'destroy', 'confidential'],
  ['20.03.03', 'Hundesteuer'],
  ['20.03.04', 'Vergnügungssteuer'],
  ['21', 'Stadtkasse'],
  // § 147 AO / § 58 KomHVO NRW: books and vouchers ten years.
  ['21.01', 'Zahlungsverkehr und Buchführung', 10, 'destroy'],
  ['21.02', 'Mahnung und Vollstreckung', 10, 'destroy'],
  ['23', 'Liegenschaften', 30, 'archive'],
  ['23.01', 'Grundstücksankäufe und -verkäufe'],
  ['23.02', 'Miet- und Pachtverträge', 10, 'destroy'],
  ['3', 'Recht, Sicherheit und Ordnung', 10, 'review', 'internal'],
  ['30', 'Rechtsangelegenheiten'],
  ['30.01', 'Rechtsstreitigkeiten und Gutachten', 30, 'review'],
  ['32', 'Ordnungsangelegenheiten'],
  ['32.10', 'Allgemeine Gefahrenabwehr'],
  ['32.10.01', 'Ordnungsbehördliche Verordnungen', 10, 'archive', 'open'],
  ['32.10.02', 'Fundsachen', 3, 'destroy'],
  // LHundG NRW: large and dangerous dogs.
  ['32.10.03', 'Hundehaltung nach dem Landeshundegesetz', 10, 'destroy'],
  ['32.10.04', 'Obdachlosenunterbringung', 10, 'destroy', 'confidential'],
  ['32.11', 'Gewerbeangelegenheiten', 10, 'destroy'],
  ['32.11.01', 'Gewerbeanzeigen (An-, Um- und Abmeldung)', 5],
  ['32.11.02', 'Gaststättenerlaubnisse'],
  ['32.11.03', 'Reisegewerbe'],
  ['32.11.04', 'Märkte, Volksfeste und Veranstaltungen', 5],
  ['32.11.05', 'Gewerbeuntersagungen und Zuverlässigkeitsprüfungen', 10, 'review', 'confidential'],
  ['32.12', 'Straßenverkehr'],
  ['32.12.01', 'Verkehrsrechtliche Anordnungen', 10, 'archive'],
  ['32.12.02', 'Ausnahmegenehmigungen und Parkausweise', 3, 'destroy'],
  ['32.12.03', 'Verkehrsordnungswidrigkeiten', 3, 'destroy'],
  ['33', 'Einwohnerwesen (Bürgerbüro)', 5, 'destroy'],
  ['33.01', 'Meldeangelegenheiten'],
  ['33.02', 'Pass- und Personalausweisangelegenheiten', 10],
  ['33.03', 'Auskunftssperren', 10, 'destroy', 'confidential'],
  // PStG § 5 Abs. 5: birth register 110, marriage register 80, death register 30 years, then the archive.
  ['34', 'Personenstandswesen (Standesamt)', 30, 'archive'],
  ['34.01', 'Geburten', 110],
  ['34.02', 'Eheschließungen', 80],
  ['34.03', 'Sterbefälle', 30],
  ['37', 'Feuerschutz und Rettungsdienst'],
  ['37.01', 'Einsatzberichte der Feuerwehr', 10, 'review'],
  ['37.02', 'Brandverhütungsschau', 10, 'destroy'],
  ['4', 'Schule und Kultur', 10, 'review', 'internal'],
  ['40', 'Schulverwaltung'],
  ['40.01', 'Schulentwicklungsplanung', 10, 'archive'],
  ['40.02', 'Schülerbeförderung', 3, 'destroy'],
  ['41', 'Kulturpflege'],
  ['41.01', 'Städtische Veranstaltungen und Partnerschaften', 10, 'archive', 'open'],
  ['5', 'Soziales, Jugend und Gesundheit', 10, 'destroy', 'internal'],
  ['50', 'Soziale Leistungen'],
  ['50.01', 'Hilfe zum Lebensunterhalt (SGB XII)'],
  ['50.02', 'Grundsicherung im Alter und bei Erwerbsminderung'],
  ['50.03', 'Leistungen nach dem Asylbewerberleistungsgesetz'],
  ['50.04', 'Wohngeld'],
  ['50.05', 'Bildung und Teilhabe'],
  ['51', 'Jugend'],
  ['51.01', 'Kindertagesbetreuung und Elternbeiträge'],
  // Youth welfare files are kept until the young person could still need them.
  ['51.02', 'Hilfen zur Erziehung', 30, 'destroy', 'confidential'],
  ['51.03', 'Unterhaltsvorschuss'],
  ['51.04', 'Beistandschaften und Vormundschaften', 30, 'destroy', 'confidential'],
  ['6', 'Bauwesen', 10, 'review', 'internal'],
  ['61', 'Stadtplanung'],
  ['61.01', 'Flächennutzungsplan', 30, 'archive', 'open'],
  ['61.02', 'Bebauungspläne', 30, 'archive', 'open'],
  ['63', 'Bauaufsicht'],
  // Building files are needed as long as the building stands; the archive decides then.
  ['63.01', 'Baugenehmigungsverfahren', 30, 'archive'],
  ['63.02', 'Bauvoranfragen', 10, 'destroy'],
  ['63.03', 'Abbruch- und Beseitigungsanzeigen', 10],
  ['63.04', 'Baulasten', 30, 'archive'],
  ['63.05', 'Ordnungsbehördliche Verfahren gegen ungenehmigte Bauten', 10],
  ['66', 'Tiefbau und Straßen'],
  ['66.01', 'Straßenbau und Straßenunterhaltung', 30, 'archive'],
  ['66.02', 'Erschließungsbeiträge', 30, 'review'],
  ['7', 'Öffentliche Einrichtungen', 10, 'review', 'internal'],
  ['70', 'Abfallwirtschaft und Stadtreinigung', 10, 'destroy'],
  ['72', 'Friedhöfe'],
  ['72.01', 'Grabnutzungsrechte', 30, 'review'],
  ['8', 'Wirtschaft und Verkehr', 10, 'review', 'internal'],
  ['80', 'Wirtschaftsförderung und Standortmarketing'],
];

// A few files so the demo shows something; created only in a town without any file yet.
const demoFiles: {
  plan: string;
  department: string;
  title: string;
  responsible?: string;
  cases: { title: string; closed?: boolean }[];
}[] = [
  {
    plan: '32.11.01',
    department: '32.1',
    title: 'Gewerbeanzeigen 2026',
    responsible: 'jonas.becker@leichlingen.example',
    cases: [
      { title: 'Gewerbeanmeldung Bäckerei Schmitz, Brückenstraße 4' },
      { title: 'Gewerbeummeldung Blumen am Markt', closed: true },
    ],
  },
  {
    plan: '32.10.02',
    department: '32.1',
    title: 'Fundsachen 2026',
    cases: [{ title: 'Fundsache: Fahrrad am Bahnhof Leichlingen' }],
  },
  {
    plan: '63.01',
    department: '63',
    title: 'Einfamilienhaus Am Hammer 12',
    responsible: 'lukas.weber@leichlingen.example',
    cases: [{ title: 'Bauantrag Neubau Einfamilienhaus mit Garage' }],
  },
  {
    plan: '50.01',
    department: '50',
    title: 'Hilfe zum Lebensunterhalt – Einzelfälle 2026',
    responsible: 'aylin.yilmaz@leichlingen.example',
    cases: [{ title: 'Antrag auf laufende Hilfe zum Lebensunterhalt' }],
  },
];

export async function seedRecordsDemo({ db, tenantId }: { db: Kysely<unknown>; tenantId: string }) {
  await withTenant(db as Kysely<RecordsDb>, tenantId, async (trx) => {
    const plan = createPlanRepository({ trx });
    const byCode = new Map((await plan.listNodes()).map((node) => [node.code, node.id]));
    for (const [code, title, retentionYears, disposal, confidentiality] of leichlingenPlan) {
      if (byCode.has(code)) continue;
      const parent = parentCodeOf(code);
      const parentId = parent ? byCode.get(parent.code) : undefined;
      if (parent?.required && !parentId) throw new Error(`demo plan: parent of ${code} is missing`);
      const id = await plan.insertNode({
        code,
        parentId: parentId ?? null,
        title,
        description: null,
        retentionYears: retentionYears ?? null,
        disposal: disposal ?? null,
        confidentiality: confidentiality ?? null,
      });
      byCode.set(code, id);
    }

    const files = createFilesRepository({ trx });
    if (await trx.selectFrom('records_files').select('id').limit(1).executeTakeFirst()) return;
    const { byId } = buildPlanTree(await plan.listNodes());
    const departments = new Map(
      (await trx.selectFrom('identity_departments').select(['id', 'number']).execute()).map((d) => [
        d.number,
        d.id,
      ]),
    );
    const staff = new Map(
      (await trx.selectFrom('identity_staff').select(['id', 'email']).execute()).map((s) => [s.email, s.id]),
    );
    const pattern = parseReferencePattern(DEFAULT_REFERENCE_PATTERN);
    const now = new Date();
    const year = localYear(now);
    const cases = createCasesRepository({ trx });
    for (const demo of demoFiles) {
      const node = byId.get(byCode.get(demo.plan)!)!;
      const departmentId = departments.get(demo.department);
      if (!departmentId) continue; // the identity demo is not there: no files either
      const number = await nextReferenceNumber(trx, node.id, year);
      const responsibleStaffId = demo.responsible ? (staff.get(demo.responsible) ?? null) : null;
      const fileId = await files.insertFile({
        planNodeId: node.id,
        reference: formatReference(pattern, {
          planCode: node.code,
          departmentNumber: demo.department,
          year,
          number,
        }),
        title: demo.title,
        departmentId,
        responsibleStaffId,
        confidentiality: node.effective.confidentiality ?? 'internal',
        retentionYears: node.effective.retentionYears ?? 10,
        disposal: node.effective.disposal ?? 'review',
        createdBy: null,
        createdAt: now,
      });
      for (const demoCase of demo.cases) {
        const caseId = await cases.insertCase({
          fileId,
          number: await cases.nextCaseNumber(fileId),
          title: demoCase.title,
          departmentId,
          responsibleStaffId,
          createdBy: null,
          createdAt: now,
        });
        if (demoCase.closed) await cases.setStatus(caseId, 'closed', now);
      }
    }
  });
}
