// The demo town's dog tax settings: the Leichlingen statute, filing under 20.03.03 "Hundesteuer" in the
// Steueramt (20.2), and the treasury's account. DEMO: the IBAN and BIC are invented (a valid check digit,
// no real account); the creditor identifier is the Deutsche Bundesbank's published example
// DE98ZZZ09999999999, which real banks refuse — replace both with the town's own before production.
import type { Kysely } from 'kysely';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import { findDepartments } from '../identity/index.ts';
import { createRegisterRepository } from './dogtax.register.repository.ts';
import { insertSyntheticRegister } from './dogtax.synthetic.ts';
import type { DogTaxTables } from './dogtax.tables.ts';

export const DEMO_DOG_TAX_ACCOUNT = {
  bankName: 'Kreissparkasse Köln (Demo)',
  iban: 'DE89370502990000123456',
  bic: 'COKSDE33XXX',
  creditorId: 'DE98ZZZ09999999999',
};

/** The settings; with `households`, also an invented register of that many households for the lists and
 *  the annual run of the demo (never real people). */
export async function seedDogTaxDemo({
  db,
  tenantId,
  households = 0,
}: {
  db: Kysely<unknown>;
  tenantId: string;
  households?: number;
}) {
  await withTenant(db as Kysely<DogTaxTables>, tenantId, async (trx) => {
    const departments = await findDepartments(trx as never);
    const department =
      departments.find((item) => item.number === '20.2') ?? departments.find((item) => item.number === '20');
    if (!department) throw new Error('seed the identity demo (departments) before the dog tax');
    await createRegisterRepository({ trx }).saveSettings(
      {
        statuteKey: 'leichlingen',
        departmentId: department.id,
        planCode: '20.03.03',
        ...DEMO_DOG_TAX_ACCOUNT,
        contact: 'Steueramt, Telefon 02175 992-200 (Demo), steueramt@leichlingen.example',
        administrativeCourt: 'Verwaltungsgericht Köln, Appellhofplatz, 50667 Köln',
      },
      new Date(),
    );
  });
  const already = await withTenant(db as Kysely<DogTaxTables>, tenantId, (trx) =>
    trx.selectFrom('dog_tax_households').select('id').limit(1).execute(),
  );
  if (households > 0 && already.length === 0) {
    const year = new Date().getFullYear();
    await insertSyntheticRegister(db, tenantId, {
      households,
      dogs: Math.round(households * 1.2),
      seed: 42,
      year,
    });
  }
}
