// Members of a business account: admins invite citizens by e-mail and manage roles; the invited
// citizen accepts after signing in with the invited address; anyone may leave, except the last admin.
// Every change is audited in the transaction that makes it.
import { randomBytes } from 'node:crypto';
import type { AuditTrail } from '../audit/index.ts';
import { actorOf, requireAdmin, requireMember } from './citizens.companies.usecases.ts';
import { createCompaniesRepository } from './citizens.companies.repository.ts';
import { companyErrors } from './citizens.errors.ts';
import { createCitizenSessionsRepository } from './citizens.sessions.repository.ts';
import type { CompanyRole } from './citizens.tables.ts';
import { tokenHashFor, type CitizenScope, type SendLink } from './citizens.usecases.ts';

export const INVITATION_VALIDITY_MS = 7 * 24 * 60 * 60_000;

/**
 * Admins invite by e-mail. The same answer whether or not the address has an account (an admin must
 * not be able to probe which addresses are registered); the mail says how to register first. A newer
 * invitation to the same address replaces the open one.
 */
export async function inviteMember({
  scope,
  audit,
  sendLink,
  citizenId,
  inviterName,
  companyId,
  email,
  role,
  now,
}: {
  scope: CitizenScope;
  audit: AuditTrail;
  sendLink: SendLink;
  citizenId: string;
  inviterName: string;
  companyId: string;
  email: string;
  role: CompanyRole;
  now: Date;
}): Promise<void> {
  await scope(async (trx) => {
    await requireAdmin(trx, companyId, citizenId);
    const companies = createCompaniesRepository({ trx });
    const company = await companies.findCompany(companyId);
    if (!company) throw companyErrors.company_not_found();
    // Members are listed on the admin's page anyway, so saying so reveals nothing new.
    if ((await companies.listMembers(companyId)).some((member) => member.email === email))
      throw companyErrors.company_already_member();
    const token = randomBytes(32).toString('base64url');
    await companies.closeOpenInvitations(companyId, email, now);
    await companies.insertInvitation({
      companyId,
      email,
      role,
      tokenHash: tokenHashFor(token),
      invitedBy: citizenId,
      now,
      expiresAt: new Date(now.getTime() + INVITATION_VALIDITY_MS),
    });
    await sendLink(
      { kind: 'company_invitation', to: email, company: company.name, invitedBy: inviterName, token },
      trx,
    );
    await audit.append(trx, {
      actor: actorOf(citizenId),
      action: 'citizens.company_invited',
      object: { type: 'company', id: companyId },
      summary: { email, role },
    });
  });
}

/** The invitation behind a link, to show it before accepting; undefined when it cannot be used. */
export async function findInvitation({
  scope,
  token,
  now,
}: {
  scope: CitizenScope;
  token: string;
  now: Date;
}) {
  if (token === '') return undefined;
  return scope((trx) => createCompaniesRepository({ trx }).findOpenInvitation(tokenHashFor(token), now));
}

/**
 * The signed-in citizen accepts; only the account with the invited address may. Throws
 * citizens.invitation_invalid (used, run out, unknown) or citizens.invitation_other_address.
 */
export async function acceptInvitation({
  scope,
  audit,
  citizenId,
  token,
  now,
}: {
  scope: CitizenScope;
  audit: AuditTrail;
  citizenId: string;
  token: string;
  now: Date;
}): Promise<{ companyId: string; companyName: string }> {
  return scope(async (trx) => {
    const companies = createCompaniesRepository({ trx });
    const invitation =
      token === '' ? undefined : await companies.findOpenInvitation(tokenHashFor(token), now);
    if (!invitation) throw companyErrors.invitation_invalid();
    if ((await companies.emailOf(citizenId)) !== invitation.email)
      throw companyErrors.invitation_other_address();
    if (!(await companies.consumeInvitation(invitation.id, citizenId, now)))
      throw companyErrors.invitation_invalid();
    // Someone who already belongs keeps their role; the invitation is used up all the same.
    if (
      await companies.insertMember({ companyId: invitation.companyId, citizenId, role: invitation.role, now })
    )
      await audit.append(trx, {
        actor: actorOf(citizenId),
        action: 'citizens.company_joined',
        object: { type: 'company', id: invitation.companyId },
        summary: { role: invitation.role, invitationId: invitation.id },
      });
    return { companyId: invitation.companyId, companyName: invitation.companyName };
  });
}

export async function changeMemberRole({
  scope,
  audit,
  citizenId,
  companyId,
  memberId,
  role,
}: {
  scope: CitizenScope;
  audit: AuditTrail;
  citizenId: string;
  companyId: string;
  memberId: string;
  role: CompanyRole;
}): Promise<void> {
  await scope(async (trx) => {
    const companies = createCompaniesRepository({ trx });
    await companies.lockCompany(companyId);
    await requireAdmin(trx, companyId, citizenId);
    const current = await companies.roleOf(companyId, memberId);
    if (!current) throw companyErrors.company_not_found();
    if (current === role) return;
    if (current === 'admin' && (await companies.countAdmins(companyId)) <= 1)
      throw companyErrors.company_last_admin();
    await companies.setRole(companyId, memberId, role);
    await audit.append(trx, {
      actor: actorOf(citizenId),
      action: 'citizens.company_role_changed',
      object: { type: 'company', id: companyId },
      summary: { member: memberId, from: current, to: role },
    });
  });
}

/** An admin removes someone, or a member leaves (memberId = themselves). Never the last admin. */
export async function removeMember({
  scope,
  audit,
  citizenId,
  companyId,
  memberId,
}: {
  scope: CitizenScope;
  audit: AuditTrail;
  citizenId: string;
  companyId: string;
  memberId: string;
}): Promise<void> {
  await scope(async (trx) => {
    const companies = createCompaniesRepository({ trx });
    await companies.lockCompany(companyId);
    if (memberId === citizenId) await requireMember(trx, companyId, citizenId);
    else await requireAdmin(trx, companyId, citizenId);
    const role = await companies.roleOf(companyId, memberId);
    if (!role) throw companyErrors.company_not_found();
    if (role === 'admin' && (await companies.countAdmins(companyId)) <= 1)
      throw companyErrors.company_last_admin();
    await companies.deleteMember(companyId, memberId);
    await createCitizenSessionsRepository({ trx }).clearBusinessOf(memberId, companyId);
    await audit.append(trx, {
      actor: actorOf(citizenId),
      action: memberId === citizenId ? 'citizens.company_left' : 'citizens.company_member_removed',
      object: { type: 'company', id: companyId },
      summary: { member: memberId, role },
    });
  });
}
