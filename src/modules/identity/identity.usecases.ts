// The identity module's operations: sign in, sign out, recognise a session, describe a person.
import type { TenantScope } from '../../platform/db/tenant-scope.ts';
import type { StaffActor } from '../access/index.ts';
import type { AuditTrail } from '../audit/index.ts';
import { identityErrors } from './identity.errors.ts';
import type { Passwords } from './identity.passwords.ts';
import { createIdentityRepository } from './identity.repository.ts';
import {
  isSessionDueForTouch,
  isSessionExpired,
  isWellFormedSessionToken,
  newSessionToken,
  sessionIdFor,
  type SessionPolicy,
} from './identity.sessions.ts';
import type { IdentityTables } from './identity.tables.ts';

export type IdentityScope = TenantScope<IdentityTables>;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Checks e-mail and password and opens a new session with a new token (never one the browser brought
 * along, so a token planted before login is worthless). Throws identity.invalid_credentials, with one
 * message and about the same time for an unknown address, a wrong password and a deactivated account.
 * Both outcomes go to the audit trail (identity.login with the session, identity.login_failed with the
 * e-mail address as typed — never the password).
 */
export async function signIn({
  scope,
  passwords,
  audit,
  email,
  password,
  userAgent,
  previousToken,
  now,
  policy,
}: {
  scope: IdentityScope;
  passwords: Passwords;
  /** Optional only for unit tests of the session rules; the module always passes it. */
  audit?: AuditTrail | undefined;
  email: string;
  password: string;
  userAgent: string | undefined;
  /** The session cookie the browser sent along, if any: that session ends now. */
  previousToken: string | undefined;
  now: Date;
  policy: SessionPolicy;
}): Promise<{ session: { token: string; staffId: string; expiresAt: Date } }> {
  // The password check runs outside any transaction: it takes tens of milliseconds and must not hold a
  // database connection meanwhile.
  const account = await scope((trx) =>
    createIdentityRepository({ trx }).findStaffForLogin(normaliseEmail(email)),
  );
  const passwordMatches = account?.passwordHash
    ? await passwords.verify(account.passwordHash, password)
    : await passwords.verifyWithoutAccount(password);
  if (!account || !account.active || !passwordMatches) {
    if (audit) {
      const reason = !account ? 'unknown_account' : !account.active ? 'deactivated' : 'wrong_password';
      await scope((trx) =>
        audit.append(trx, {
          actor: { type: 'anonymous' },
          action: 'identity.login_failed',
          object: { type: 'staff', id: account?.id ?? null },
          summary: { email: email.slice(0, 320), reason },
        }),
      );
    }
    throw identityErrors.invalid_credentials();
  }

  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + policy.absoluteMs);
  await scope(async (trx) => {
    const repository = createIdentityRepository({ trx });
    if (isWellFormedSessionToken(previousToken)) await repository.deleteSession(sessionIdFor(previousToken));
    await repository.deleteEndedSessionsOf(account.id, {
      now,
      idleSince: new Date(now.getTime() - policy.idleMs),
    });
    await repository.insertSession({
      id: sessionIdFor(token),
      staffId: account.id,
      now,
      expiresAt,
      userAgent: userAgent?.slice(0, 500) ?? null,
    });
    await audit?.append(trx, {
      actor: { type: 'staff', id: account.id },
      action: 'identity.login',
      object: { type: 'staff', id: account.id },
      summary: { email: normaliseEmail(email), userAgent: userAgent?.slice(0, 200) ?? null },
    });
  });
  return { session: { token, staffId: account.id, expiresAt } };
}

/** Ends the session; when there was one, identity.logout goes to the audit trail in the same transaction. */
export async function signOut({
  scope,
  audit,
  token,
}: {
  scope: IdentityScope;
  /** Optional only for unit tests of the session rules; the module always passes it. */
  audit?: AuditTrail | undefined;
  token: string | undefined;
}): Promise<void> {
  if (!isWellFormedSessionToken(token)) return;
  const sessionId = sessionIdFor(token);
  await scope(async (trx) => {
    const repository = createIdentityRepository({ trx });
    const session = audit ? await repository.findSession(sessionId) : undefined;
    await repository.deleteSession(sessionId);
    if (audit && session)
      await audit.append(trx, {
        actor: { type: 'staff', id: session.staffId },
        action: 'identity.logout',
        object: { type: 'staff', id: session.staffId },
      });
  });
}

/**
 * The person behind a session token in this municipality, or no actor when the token is unknown,
 * belongs to another municipality, has run out, or its account was deactivated. Ended sessions are
 * deleted on the spot; an active one slides its idle timeout (written at most once per touch interval).
 */
export async function resolveSession({
  scope,
  token,
  now,
  policy,
}: {
  scope: IdentityScope;
  token: string | undefined;
  now: Date;
  policy: SessionPolicy;
}): Promise<{ actor: StaffActor | undefined }> {
  if (!isWellFormedSessionToken(token)) return { actor: undefined };
  const sessionId = sessionIdFor(token);
  return scope(async (trx) => {
    const repository = createIdentityRepository({ trx });
    const session = await repository.findSession(sessionId);
    if (!session) return { actor: undefined };
    if (!session.active || isSessionExpired(session, now, policy)) {
      await repository.deleteSession(sessionId);
      return { actor: undefined };
    }
    if (isSessionDueForTouch(session, now, policy)) await repository.touchSession(sessionId, now);
    const assignments = await repository.listAssignments(session.staffId);
    return {
      actor: {
        kind: 'staff',
        id: session.staffId,
        tenantId: session.tenantId,
        displayName: session.displayName,
        roles: assignments.map(({ role, departmentId }) => ({ role, departmentId })),
      },
    };
  });
}

/** What the staff start page shows about a person: name and each role with its department. */
export async function describeStaffMember({ scope, staffId }: { scope: IdentityScope; staffId: string }) {
  return scope(async (trx) => {
    const repository = createIdentityRepository({ trx });
    const staff = await repository.findStaff(staffId);
    if (!staff) return { staff: undefined };
    const assignments = await repository.listAssignments(staffId);
    return {
      staff: {
        displayName: staff.displayName,
        email: staff.email,
        assignments: assignments.map((a) => ({
          role: a.role,
          department: { id: a.departmentId, number: a.departmentNumber, name: a.departmentName },
        })),
      },
    };
  });
}
