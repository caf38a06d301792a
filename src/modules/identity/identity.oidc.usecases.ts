// Staff sign-in through OpenID Connect, after the routes have checked state, nonce and PKCE and
// exchanged the code: who is this person here, which roles do they hold, and a session for them.
import type { TenantScope, TenantTransaction } from '../../platform/db/tenant-scope.ts';
import type { AuditTrail } from '../audit/index.ts';
import type { OidcRoleMapping } from './identity.oidc.config.ts';
import { oidcErrors } from './identity.oidc.errors.ts';
import { createOidcRepository, type OidcTables } from './identity.oidc.repository.ts';
import type { SessionPolicy } from './identity.sessions.ts';
import { normaliseEmail, openSession } from './identity.usecases.ts';

/** What the provider vouched for, taken from the verified ID token (and userinfo). */
export interface OidcIdentity {
  issuer: string;
  subject: string;
  email: string | undefined;
  emailVerified: boolean;
  name: string | undefined;
  /** Values of the configured role claim (groups or roles). */
  groups: string[];
}

const emailPattern = /^[^@\s]+@[^@\s]+$/;
const grantKey = (grant: { role: string; departmentId: string }) => `${grant.role}@${grant.departmentId}`;

/** Records a refused sign-in: the routes call it for a wrong state or nonce, this module for an unknown person. */
export async function recordOidcRefusal({
  scope,
  audit,
  reason,
  subject,
}: {
  scope: TenantScope<OidcTables>;
  audit: AuditTrail;
  reason: string;
  subject?: string | undefined;
}): Promise<void> {
  await scope((trx) =>
    audit.append(trx, {
      actor: { type: 'anonymous' },
      action: 'identity.oidc_refused',
      object: { type: 'staff', id: null },
      summary: { reason: reason.slice(0, 200), ...(subject ? { subject: subject.slice(0, 255) } : {}) },
    }),
  );
}

/**
 * Finds the person by their link (issuer + subject), else by the verified e-mail address (and links
 * them), else creates them when the provider grants at least one mapped role (just-in-time). Brings the
 * mapped roles in step with the claim — roles the mapping does not mention (granted here by hand) stay —
 * and opens a session. Throws identity.oidc_unknown_account (audited) when none of this applies or the
 * account is deactivated.
 */
export async function signInWithOidc({
  scope,
  audit,
  identity,
  roleMapping,
  userAgent,
  previousToken,
  now,
  policy,
}: {
  scope: TenantScope<OidcTables>;
  audit: AuditTrail;
  identity: OidcIdentity;
  roleMapping: OidcRoleMapping[];
  userAgent: string | undefined;
  previousToken: string | undefined;
  now: Date;
  policy: SessionPolicy;
}): Promise<{ session: { token: string; staffId: string; expiresAt: Date } }> {
  const verifiedEmail =
    identity.emailVerified && identity.email && emailPattern.test(identity.email)
      ? normaliseEmail(identity.email).slice(0, 320)
      : undefined;
  const outcome = await scope(async (trx) => {
    const repository = createOidcRepository({ trx });
    const departments = await repository.departmentIdsByNumber([
      ...new Set(roleMapping.map((m) => m.departmentNumber)),
    ]);
    // Every (role, department) the mapping manages, and those of them this person's claim grants.
    const managed = new Map<string, { role: OidcRoleMapping['role']; departmentId: string }>();
    const wanted = new Set<string>();
    for (const mapping of roleMapping) {
      const departmentId = departments.get(mapping.departmentNumber);
      if (!departmentId) continue;
      const grant = { role: mapping.role, departmentId };
      managed.set(grantKey(grant), grant);
      if (identity.groups.includes(mapping.claimValue)) wanted.add(grantKey(grant));
    }

    let staff = await repository.findLinkedStaff(identity.issuer, identity.subject);
    if (staff) await repository.touchLink(identity.issuer, identity.subject, now);
    if (!staff && verifiedEmail) {
      staff = await repository.findStaffByEmail(verifiedEmail);
      if (staff) {
        await repository.insertLink({
          staffId: staff.id,
          issuer: identity.issuer,
          subject: identity.subject,
          now,
        });
        await audit.append(trx, {
          actor: { type: 'system' },
          action: 'identity.oidc_linked',
          object: { type: 'staff', id: staff.id },
          summary: { issuer: identity.issuer, subject: identity.subject, email: verifiedEmail },
        });
      }
    }
    if (!staff && verifiedEmail && wanted.size > 0) {
      const id = await repository.insertStaff({
        email: verifiedEmail,
        displayName: (identity.name?.trim() || verifiedEmail).slice(0, 200),
      });
      await repository.insertLink({ staffId: id, issuer: identity.issuer, subject: identity.subject, now });
      await audit.append(trx, {
        actor: { type: 'system' },
        action: 'identity.staff_created',
        object: { type: 'staff', id },
        summary: { email: verifiedEmail, via: 'oidc', issuer: identity.issuer, subject: identity.subject },
      });
      staff = { id, email: verifiedEmail, active: true };
    }
    if (!staff || !staff.active) return { refused: !staff ? 'unknown_account' : 'deactivated' };

    await syncRoles(trx, { staffId: staff.id, managed, wanted, audit });
    const session = await openSession({
      trx: trx as unknown as Parameters<typeof openSession>[0]['trx'],
      audit,
      staffId: staff.id,
      email: staff.email,
      userAgent,
      previousToken,
      now,
      policy,
      method: 'oidc',
      issuer: identity.issuer,
    });
    return { session, refused: undefined };
  });
  if (outcome.refused !== undefined) {
    await recordOidcRefusal({ scope, audit, reason: outcome.refused, subject: identity.subject });
    throw oidcErrors.oidc_unknown_account();
  }
  return { session: outcome.session };
}

async function syncRoles(
  trx: TenantTransaction<OidcTables>,
  {
    staffId,
    managed,
    wanted,
    audit,
  }: {
    staffId: string;
    managed: Map<string, { role: OidcRoleMapping['role']; departmentId: string }>;
    wanted: Set<string>;
    audit: AuditTrail;
  },
): Promise<void> {
  const repository = createOidcRepository({ trx });
  const held = new Set((await repository.listGrants(staffId)).map(grantKey));
  for (const [key, grant] of managed) {
    const change =
      wanted.has(key) && !held.has(key)
        ? 'granted'
        : !wanted.has(key) && held.has(key)
          ? 'revoked'
          : undefined;
    if (!change) continue;
    if (change === 'granted') await repository.grantRole({ staffId, ...grant });
    else await repository.revokeRole({ staffId, ...grant });
    await audit.append(trx, {
      actor: { type: 'system' },
      action: change === 'granted' ? 'identity.role_granted' : 'identity.role_revoked',
      object: { type: 'staff', id: staffId },
      summary: { role: grant.role, departmentId: grant.departmentId, via: 'oidc' },
    });
  }
}
