// The demo town's invoice workflow: filing under 21.01 "Zahlungsverkehr und Buchführung" in the Kämmerei's
// file of the year (10-year retention from the plan), the account the town pays from, routing rules and
// signing limits for demo people. DEMO: the IBAN is invented (valid check digits, no real account).
//   Leitweg-ID 04011000-12345-34 → 32.1 Bürgerbüro; order numbers "BAU-*" → 63 Bauaufsicht;
//   cost centre 5100 → 50 Sozialamt.
//   Jonas Becker (32.1): sachlich richtig up to 5,000 €; Nina Schulz (20.2) and Thomas Krüger (20.1):
//   rechnerisch richtig up to 1,000,000 €; Michael Braun (head of 32): Anordnung up to 50,000 €;
//   Lukas Weber (head of 63): sachlich richtig and Anordnung up to 25,000 €.
import type { Kysely } from 'kysely';
import { withTenant, type TenantTransaction } from '../../platform/db/tenant-scope.ts';
import { findDepartments, staffOfDepartment } from '../identity/index.ts';
import { createInvoicesRepository } from './invoices.repository.ts';
import type { ApprovalStep, InvoicesTables, RoutingKind } from './invoices.tables.ts';

export const DEMO_INVOICES_ACCOUNT = {
  debtorName: 'Stadt Leichlingen (Rheinland)',
  iban: 'DE73370502990000457812',
  bic: 'COKSDE33XXX',
};

const routing: [RoutingKind, string, string][] = [
  ['leitweg', '04011000-12345-34', '32.1'],
  ['order', 'BAU-*', '63'],
  ['cost_centre', '5100', '50'],
];

const limits: {
  department: string;
  role: 'clerk' | 'head_of_department' | 'treasury';
  step: ApprovalStep;
  maxCents: number;
}[] = [
  { department: '32.1', role: 'clerk', step: 'factual', maxCents: 500_000 },
  { department: '20.2', role: 'treasury', step: 'arithmetic', maxCents: 100_000_000 },
  { department: '20.1', role: 'treasury', step: 'arithmetic', maxCents: 100_000_000 },
  { department: '32', role: 'head_of_department', step: 'order', maxCents: 5_000_000 },
  { department: '63', role: 'head_of_department', step: 'factual', maxCents: 2_500_000 },
  { department: '63', role: 'head_of_department', step: 'order', maxCents: 2_500_000 },
];

export async function seedInvoicesDemo({ db, tenantId }: { db: Kysely<unknown>; tenantId: string }) {
  await withTenant(db as Kysely<InvoicesTables>, tenantId, async (trx) => {
    const shared = trx as unknown as TenantTransaction<unknown>;
    const departments = new Map((await findDepartments(shared)).map((d) => [d.number, d.id]));
    const kaemmerei = departments.get('20');
    if (!kaemmerei) throw new Error('seed the identity demo (departments) before the invoices');
    const repository = createInvoicesRepository({ trx });
    await repository.saveSettings(
      { departmentId: kaemmerei, planCode: '21.01', ...DEMO_INVOICES_ACCOUNT },
      new Date(),
    );
    for (const [kind, pattern, number] of routing) {
      const departmentId = departments.get(number);
      if (departmentId) await repository.saveRoutingRule(kind, pattern, departmentId);
    }
    for (const limit of limits) {
      const departmentId = departments.get(limit.department);
      if (!departmentId) continue;
      for (const person of await staffOfDepartment(shared, departmentId, [limit.role]))
        await repository.saveSigningLimit(person.id, limit.step, limit.maxCents);
    }
  });
}
