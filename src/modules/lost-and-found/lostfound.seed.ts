// The demo town's Fundbüro: filed under 32.10.02 "Fundsachen" in the Bürgerbüro (32.1), and three found
// items in custody (keys, an umbrella, a bicycle), each a case in the file of the year. Idempotent: the
// items are added only once. The finders' names and the serial number are invented.
import type { Kysely } from 'kysely';
import { withTenant, type TenantTransaction } from '../../platform/db/tenant-scope.ts';
import { createJobQueue } from '../../platform/jobs/index.ts';
import { localDay } from '../../platform/time/calendar-day.ts';
import { createAuditTrail } from '../audit/index.ts';
import { findDepartments } from '../identity/index.ts';
import { createIntake } from '../records/index.ts';
import { CATEGORIES } from './lostfound.categories.ts';
import { addDays } from './lostfound.days.ts';
import { createLostFoundRepository, type NewItem } from './lostfound.repository.ts';
import type { LostFoundTables } from './lostfound.tables.ts';

export const DEMO_LOST_FOUND_PLAN_CODE = '32.10.02';

function demoItems(today: string): NewItem[] {
  const base = {
    status: 'in_custody' as const,
    source: 'counter' as const,
    features: '',
    colour: '',
    brand: '',
    serialNumber: '',
    foundDistrict: '',
    finderContact: '',
    publicFind: false,
    photosPublic: false,
  };
  return [
    {
      ...base,
      category: 'keys',
      description: 'Schlüsselbund mit drei Schlüsseln und rotem Anhänger',
      features: 'Anhänger mit Aufschrift "Ferien 2019"',
      colour: 'rot',
      foundOn: addDays(today, -3),
      foundPlace: 'Bahnhof Leichlingen, Gleis 2',
      valueCents: 2_000,
      storagePlace: 'Regal A1',
      finderName: 'Demo-Finderin Anna Beispiel',
      finderChoice: 'waive',
      reportedOn: addDays(today, -3),
    },
    {
      ...base,
      category: 'umbrella',
      description: 'Großer Stockschirm, dunkelblau',
      colour: 'dunkelblau',
      foundOn: addDays(today, -10),
      foundPlace: 'Rathaus, Wartebereich Bürgerbüro',
      valueCents: 800,
      storagePlace: 'Schirmständer',
      finderName: 'Bürgerbüro',
      finderChoice: 'waive',
      publicFind: true,
      reportedOn: addDays(today, -10),
    },
    {
      ...base,
      category: 'bicycle',
      description: 'Trekkingrad, 28 Zoll, mit Korb am Lenker',
      features: 'Aufkleber am Sattelrohr',
      colour: 'schwarz',
      brand: 'Kalkhoff',
      serialNumber: 'WAW1234567',
      foundOn: addDays(today, -20),
      foundPlace: 'Stadtpark, am Spielplatz',
      foundDistrict: 'Stadtmitte',
      valueCents: 25_000,
      storagePlace: 'Fahrradkeller',
      finderName: 'Demo-Finder Hans Muster',
      finderContact: '02175 000000 (Demo)',
      finderChoice: 'ownership',
      reportedOn: addDays(today, -20),
    },
  ];
}

export async function seedLostAndFoundDemo({
  db,
  tenantId,
  now = new Date(),
}: {
  db: Kysely<unknown>;
  tenantId: string;
  now?: Date;
}) {
  const audit = createAuditTrail({ now: () => now });
  const intake = createIntake({ audit, jobs: createJobQueue({ db }), now: () => now });
  await withTenant(db as Kysely<LostFoundTables>, tenantId, async (trx) => {
    const departments = await findDepartments(trx as never);
    const department =
      departments.find((item) => item.number === '32.1') ?? departments.find((item) => item.number === '32');
    if (!department) throw new Error('seed the identity demo (departments) before the Fundbüro');
    const repository = createLostFoundRepository({ trx });
    const settings = {
      departmentId: department.id,
      planCode: DEMO_LOST_FOUND_PLAN_CODE,
      notifyEmail: 'fundbuero@leichlingen.example',
      contact: 'Fundbüro im Bürgerbüro, Am Büscherhof 1, Telefon 02175 992-0 (Demo)',
    };
    await repository.saveSettings(settings, now);
    if ((await repository.items({ limit: 1 })).length > 0) return;
    for (const item of demoItems(localDay(now))) {
      const created = await repository.insertItem(item, now);
      const opened = await intake.openCase(trx as unknown as TenantTransaction<unknown>, {
        planCode: settings.planCode,
        departmentId: settings.departmentId,
        fileTitle: 'Fundsachen',
        caseTitle: `Fundsache ${created.number} – ${CATEGORIES[item.category]}`,
        actor: { type: 'system' },
        documents: [],
      });
      await repository.updateItem(
        created.id,
        { caseId: opened.caseId, fileReference: opened.fileReference },
        now,
      );
    }
  });
}
