// Business accounts (Unternehmenskonto): a citizen creates a company and becomes its representative
// (admin), and acts either for themselves or for a company they belong to (members and invitations:
// citizens.members.usecases.ts). Every change is audited in the transaction that makes it. Whoever is not a member learns nothing
// about a company (company_not_found); members who are not admins may look and leave, not manage.
import type { TenantTransaction } from '../../platform/db/tenant-scope.ts';
import type { AuditTrail } from '../audit/index.ts';
import { isWellFormedSessionToken, sessionIdFor } from '../identity/index.ts';
import { companyErrors } from './citizens.errors.ts';
import { createCompaniesRepository, type CompanyData } from './citizens.companies.repository.ts';
import { createCitizenSessionsRepository } from './citizens.sessions.repository.ts';
import type { CitizenTables } from './citizens.tables.ts';
import type { CitizenScope } from './citizens.usecases.ts';

export const actorOf = (citizenId: string) => ({ type: 'citizen' as const, id: citizenId });

/** The caller's role in the company; company_not_found when they are not a member. */
export async function requireMember(
  trx: TenantTransaction<CitizenTables>,
  companyId: string,
  citizenId: string,
) {
  const role = await createCompaniesRepository({ trx }).roleOf(companyId, citizenId);
  if (!role) throw companyErrors.company_not_found();
  return role;
}

export async function requireAdmin(
  trx: TenantTransaction<CitizenTables>,
  companyId: string,
  citizenId: string,
) {
  if ((await requireMember(trx, companyId, citizenId)) !== 'admin') throw companyErrors.company_admin_only();
}

export async function listMyCompanies({ scope, citizenId }: { scope: CitizenScope; citizenId: string }) {
  return scope(async (trx) => ({
    companies: await createCompaniesRepository({ trx }).listCompaniesOf(citizenId),
  }));
}

export async function createCompany({
  scope,
  audit,
  citizenId,
  company,
  now,
}: {
  scope: CitizenScope;
  audit: AuditTrail;
  citizenId: string;
  company: CompanyData;
  now: Date;
}): Promise<{ companyId: string }> {
  return scope(async (trx) => {
    const companies = createCompaniesRepository({ trx });
    const companyId = await companies.insertCompany(company, now);
    await companies.insertMember({ companyId, citizenId, role: 'admin', now });
    await audit.append(trx, {
      actor: actorOf(citizenId),
      action: 'citizens.company_created',
      object: { type: 'company', id: companyId },
      summary: { ...company, admin: citizenId },
    });
    return { companyId };
  });
}

/** What a member sees of a company; admins also see the open invitations. */
export async function getCompany({
  scope,
  citizenId,
  companyId,
  now,
}: {
  scope: CitizenScope;
  citizenId: string;
  companyId: string;
  now: Date;
}) {
  return scope(async (trx) => {
    const role = await requireMember(trx, companyId, citizenId);
    const companies = createCompaniesRepository({ trx });
    const company = await companies.findCompany(companyId);
    if (!company) throw companyErrors.company_not_found();
    return {
      company,
      role,
      members: await companies.listMembers(companyId),
      invitations: role === 'admin' ? await companies.listOpenInvitations(companyId, now) : [],
    };
  });
}

/** Admins only; the audit entry names the changed fields. */
export async function updateCompany({
  scope,
  audit,
  citizenId,
  companyId,
  company,
}: {
  scope: CitizenScope;
  audit: AuditTrail;
  citizenId: string;
  companyId: string;
  company: CompanyData;
}): Promise<void> {
  await scope(async (trx) => {
    await requireAdmin(trx, companyId, citizenId);
    const companies = createCompaniesRepository({ trx });
    const before = await companies.findCompany(companyId);
    if (!before) throw companyErrors.company_not_found();
    const changed = (Object.keys(company) as (keyof CompanyData)[]).filter(
      (key) => before[key] !== company[key],
    );
    if (changed.length === 0) return;
    await companies.updateCompany(companyId, company);
    await audit.append(trx, {
      actor: actorOf(citizenId),
      action: 'citizens.company_changed',
      object: { type: 'company', id: companyId },
      summary: { fields: changed, ...Object.fromEntries(changed.map((key) => [key, company[key]])) },
    });
  });
}

/**
 * Sets for whom this session acts: a company the citizen belongs to, or (null) themselves. The session's
 * CitizenActor carries it as businessId from the next request on.
 */
export async function actFor({
  scope,
  audit,
  citizenId,
  sessionToken,
  companyId,
}: {
  scope: CitizenScope;
  audit: AuditTrail;
  citizenId: string;
  sessionToken: string | undefined;
  companyId: string | null;
}): Promise<void> {
  if (!isWellFormedSessionToken(sessionToken)) throw companyErrors.company_not_found();
  await scope(async (trx) => {
    if (companyId !== null) await requireMember(trx, companyId, citizenId);
    const sessions = createCitizenSessionsRepository({ trx });
    const sessionId = sessionIdFor(sessionToken);
    const session = await sessions.findSession(sessionId);
    if (!session || session.citizenId !== citizenId) throw companyErrors.company_not_found();
    if ((session.businessId ?? null) === companyId) return;
    await sessions.setBusiness(sessionId, companyId);
    await audit.append(trx, {
      actor: actorOf(citizenId),
      action: 'citizens.acting_for_changed',
      object: companyId ? { type: 'company', id: companyId } : { type: 'citizen', id: citizenId },
      summary: { from: session.businessId ?? null, to: companyId },
    });
  });
}
