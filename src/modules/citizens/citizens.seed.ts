// The demo citizen of the seed: a verified local account with an address in Leichlingen.
import type { Kysely } from 'kysely';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import { createPasswords, type PasswordCost } from '../identity/index.ts';
import { createCitizensRepository } from './citizens.repository.ts';
import type { CitizenTables } from './citizens.tables.ts';

export const DEMO_CITIZEN = {
  email: 'erika.mustermann@example.org',
  password: 'Demo-2026!',
} as const;

/** Idempotent: an existing account is left as it is. */
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
  await withTenant(db as Kysely<CitizenTables>, tenantId, (trx) =>
    createCitizensRepository({ trx }).insertCitizen({
      email: DEMO_CITIZEN.email,
      passwordHash,
      givenName: 'Erika',
      familyName: 'Mustermann',
      now,
      emailVerifiedAt: now,
      address: { street: 'Am Hammer 1', postalCode: '42799', city: 'Leichlingen (Rheinland)', phone: null },
    }),
  );
  return {
    logins: [
      {
        email: DEMO_CITIZEN.email,
        password: DEMO_CITIZEN.password,
        description: 'Bürgerin (Bürgerkonto /konto, nicht /intern)',
      },
    ],
  };
}
