// The demo citizen of the seed: a verified local account with an address in Leichlingen, and the
// business account she represents (Unternehmenskonto).
import type { Kysely } from 'kysely';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import { createPasswords, type PasswordCost } from '../identity/index.ts';
import { createCompaniesRepository, type CompanyData } from './citizens.companies.repository.ts';
import { createCitizensRepository } from './citizens.repository.ts';
import type { CitizenTables } from './citizens.tables.ts';

export const DEMO_CITIZEN = {
  email: 'erika.mustermann@example.org',
  password: 'Demo-2026!',
} as const;

export const DEMO_COMPANY: CompanyData = {
  name: 'Mustermann Gartenbau GmbH',
  legalForm: 'GmbH',
  registerCourt: 'Amtsgericht Köln',
  registerNumber: 'HRB 98765',
  taxNumber: null,
  street: 'Am Hammer 3',
  postalCode: '42799',
  city: 'Leichlingen (Rheinland)',
};

/** Idempotent: an existing account is left as it is, and the company is added only once. */
export async function seedCitizenDemo({
  db,
  tenantId,
  passwordCost,
  now = new Date(),
}: {
  db: Kysely<unknown>;
  tenantId: string;
  passwordCost?: PasswordCost;
  now?: Date;
}) {
  const passwordHash = await createPasswords(passwordCost).hash(DEMO_CITIZEN.password);
  await withTenant(db as Kysely<CitizenTables>, tenantId, async (trx) => {
    const citizens = createCitizensRepository({ trx });
    await citizens.insertCitizen({
      email: DEMO_CITIZEN.email,
      passwordHash,
      givenName: 'Erika',
      familyName: 'Mustermann',
      now,
      emailVerifiedAt: now,
      address: { street: 'Am Hammer 1', postalCode: '42799', city: 'Leichlingen (Rheinland)', phone: null },
    });
    const erika = await citizens.findByEmail(DEMO_CITIZEN.email);
    if (!erika) return;
    const companies = createCompaniesRepository({ trx });
    const hers = await companies.listCompaniesOf(erika.id);
    if (hers.some((company) => company.name === DEMO_COMPANY.name)) return;
    const companyId = await companies.insertCompany(DEMO_COMPANY, now);
    await companies.insertMember({ companyId, citizenId: erika.id, role: 'admin', now });
  });
  return {
    logins: [
      {
        email: DEMO_CITIZEN.email,
        password: DEMO_CITIZEN.password,
        description: `Bürgerin (Bürgerkonto /konto, nicht /intern), vertritt „${DEMO_COMPANY.name}“`,
      },
    ],
  };
}
