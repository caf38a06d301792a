// Demo organisation of "Stadt Leichlingen (Rheinland)": departments after the KGSt numbering that
// many NRW towns use, and one or two people per role. Idempotent: a second run adds nothing and
// leaves changed passwords alone.
import type { Kysely } from 'kysely';
import type { StaffRole } from '../access/index.ts';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import { createPasswords, type PasswordCost } from './identity.passwords.ts';
import { createIdentityRepository } from './identity.repository.ts';
import type { IdentityTables } from './identity.tables.ts';
import { normaliseEmail } from './identity.usecases.ts';

/** The one password of all demo accounts; printed by `rathaus serve --seed`. */
export const DEMO_PASSWORD = 'Demo-2026!';

// Parents before children, so each parent number is known when its children are written.
const departments: { number: string; name: string; parent?: string }[] = [
  { number: '10', name: 'Haupt- und Personalamt' },
  { number: '10.1', name: 'Ratsbüro', parent: '10' },
  { number: '10.2', name: 'Zentrale Dienste und Registratur', parent: '10' },
  { number: '20', name: 'Kämmerei' },
  { number: '20.1', name: 'Stadtkasse', parent: '20' },
  { number: '20.2', name: 'Steueramt', parent: '20' },
  { number: '32', name: 'Ordnungsamt' },
  { number: '32.1', name: 'Bürgerbüro', parent: '32' },
  { number: '50', name: 'Sozialamt' },
  { number: '51', name: 'Amt für Jugend und Schule' },
  { number: '63', name: 'Bauaufsicht' },
];

const staff: {
  email: string;
  displayName: string;
  roles: { role: StaffRole; department: string }[];
  description: string;
}[] = [
  {
    email: 'katrin.hoffmann@leichlingen.example',
    displayName: 'Katrin Hoffmann',
    roles: [{ role: 'admin', department: '10' }],
    description: 'Administration (10 Haupt- und Personalamt)',
  },
  {
    email: 'jonas.becker@leichlingen.example',
    displayName: 'Jonas Becker',
    roles: [{ role: 'clerk', department: '32.1' }],
    description: 'Sachbearbeitung Bürgerbüro (32.1)',
  },
  {
    email: 'aylin.yilmaz@leichlingen.example',
    displayName: 'Aylin Yılmaz',
    roles: [{ role: 'clerk', department: '50' }],
    description: 'Sachbearbeitung Sozialamt (50)',
  },
  {
    email: 'michael.braun@leichlingen.example',
    displayName: 'Michael Braun',
    roles: [{ role: 'head_of_department', department: '32' }],
    description: 'Amtsleitung Ordnungsamt (32)',
  },
  {
    email: 'sabine.wagner@leichlingen.example',
    displayName: 'Sabine Wagner',
    roles: [{ role: 'records_manager', department: '10.2' }],
    description: 'Schriftgutverwaltung (10.2 Registratur)',
  },
  {
    email: 'nina.schulz@leichlingen.example',
    displayName: 'Nina Schulz',
    roles: [
      { role: 'clerk', department: '20.2' },
      { role: 'treasury', department: '20.2' },
    ],
    description: 'Sachbearbeitung Steueramt (20.2, Hundesteuer)',
  },
  {
    email: 'thomas.krueger@leichlingen.example',
    displayName: 'Thomas Krüger',
    roles: [{ role: 'treasury', department: '20.1' }],
    description: 'Stadtkasse (20.1)',
  },
  {
    email: 'petra.schmitz@leichlingen.example',
    displayName: 'Petra Schmitz',
    roles: [{ role: 'council_office', department: '10.1' }],
    description: 'Ratsbüro (10.1)',
  },
  {
    email: 'lukas.weber@leichlingen.example',
    displayName: 'Lukas Weber',
    roles: [
      { role: 'clerk', department: '63' },
      { role: 'head_of_department', department: '63' },
    ],
    description: 'Amtsleitung und Sachbearbeitung Bauaufsicht (63)',
  },
];

export async function seedIdentityDemo({
  db,
  tenantId,
  passwordCost,
}: {
  db: Kysely<unknown>;
  tenantId: string;
  /** Only tests pass a cheaper cost; the demo accounts otherwise get production-strength hashes. */
  passwordCost?: PasswordCost;
}): Promise<{ logins: { email: string; password: string; description: string }[] }> {
  const identityDb = db as Kysely<IdentityTables>;
  const passwords = createPasswords(passwordCost);
  const emails = staff.map((person) => normaliseEmail(person.email));
  const existing = await withTenant(identityDb, tenantId, (trx) =>
    createIdentityRepository({ trx }).findStaffIdsByEmail(emails),
  );
  // Hash outside the transaction (it takes a while) and only for accounts that don't exist yet.
  const newHashes = new Map<string, string>();
  for (const email of emails)
    if (!existing.has(email)) newHashes.set(email, await passwords.hash(DEMO_PASSWORD));

  await withTenant(identityDb, tenantId, async (trx) => {
    const repository = createIdentityRepository({ trx });
    const departmentIds = new Map<string, string>();
    for (const department of departments) {
      const parentId = department.parent ? departmentIds.get(department.parent) : undefined;
      departmentIds.set(
        department.number,
        await repository.upsertDepartment({
          number: department.number,
          name: department.name,
          parentId: parentId ?? null,
        }),
      );
    }
    for (const person of staff) {
      const email = normaliseEmail(person.email);
      const passwordHash = newHashes.get(email);
      if (passwordHash)
        await repository.insertStaffIfMissing({ email, displayName: person.displayName, passwordHash });
    }
    const staffIds = await repository.findStaffIdsByEmail(emails);
    for (const person of staff) {
      const staffId = staffIds.get(normaliseEmail(person.email));
      if (!staffId) throw new Error(`demo account ${person.email} was not created`);
      for (const grant of person.roles) {
        const departmentId = departmentIds.get(grant.department);
        if (!departmentId) throw new Error(`demo department ${grant.department} is missing`);
        await repository.grantRole({ staffId, departmentId, role: grant.role });
      }
    }
  });
  return {
    logins: staff.map((person) => ({
      email: person.email,
      password: DEMO_PASSWORD,
      description: person.description,
    })),
  };
}
