// The identity module's operations: sign in, sign out, recognise a session, describe a person.
import type { TenantScope, TenantTransaction } from '../../platform/db/tenant-scope.ts';
import type { StaffActor } from '../access/index.ts';
import type { AuditTrail } from '../audit/index.ts';
import { identityErrors } from './identity.errors.ts';
import { createLockoutRepository, lockoutErrors } from './identity.lockout.ts';
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
import { createTotpRepository, type StaffSecurityTables } from './identity.totp.repository.ts';

export type IdentityScope = TenantScope<IdentityTables>;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Checks e-mail and password. Without a second factor it opens a new session with a new token (never one
 * the browser brought along, so a token planted before login is worthless); with TOTP enabled it opens a
 * pending sign-in that completeSecondFactor turns into a session. Throws identity.invalid_credentials,
 * with one message and about the same time for an unknown address, a wrong password and a deactivated
 * account, and identity.account_locked while the typed address is locked (identity.lockout.ts) — even
 * for the right password. Outcomes go to the audit trail (identity.login, identity.login_failed with the
 * e-mail address as typed — never the password —, identity.account_locked).
 */
export async function signInWithPassword({
  scope,
  passwords,
  audit,
  email,
  password,
  userAgent,
  previousToken,
  returnTo,
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
  /** Where to go after the second factor, kept with the pending sign-in. */
  returnTo?: string | undefined;
  now: Date;
  policy: SessionPolicy;
}): Promise<
  | { session: OpenedSession; pendingSecondFactor?: undefined }
  | { session?: undefined; pendingSecondFactor: { token: string; expiresAt: Date } }
> {
  const security = securityScope(scope);
  const address = normaliseEmail(email);
  const failed = async (reason: string, staffId: string | null) =>
    security(async (trx) => {
      await audit?.append(trx, {
        actor: { type: 'anonymous' },
        action: 'identity.login_failed',
        object: { type: 'staff', id: staffId },
        summary: { email: email.slice(0, 320), reason },
      });
      if (reason === 'locked') return lockoutErrors.account_locked();
      const { locked } = await createLockoutRepository({ trx }).recordFailure(address, now);
      if (!locked) return identityErrors.invalid_credentials();
      await audit?.append(trx, {
        actor: { type: 'anonymous' },
        action: 'identity.account_locked',
        object: { type: 'staff', id: staffId },
        summary: { email: email.slice(0, 320) },
      });
      return lockoutErrors.account_locked();
    });

  // The password check runs outside any transaction: it takes tens of milliseconds and must not hold a
  // database connection meanwhile.
  const { account, locked } = await security(async (trx) => ({
    account: await createIdentityRepository({ trx }).findStaffForLogin(address),
    locked: await createLockoutRepository({ trx }).isLocked(address, now),
  }));
  // Locked: refused before the password is even looked at, the same for every address.
  if (locked) throw await failed('locked', account?.id ?? null);
  const passwordMatches = account?.passwordHash
    ? await passwords.verify(account.passwordHash, password)
    : await passwords.verifyWithoutAccount(password);
  if (!account || !account.active || !passwordMatches) {
    const reason = !account ? 'unknown_account' : !account.active ? 'deactivated' : 'wrong_password';
    throw await failed(reason, account?.id ?? null);
  }

  const totp = await security((trx) => createTotpRepository({ trx }).findTotp(account.id));
  if (totp?.secret) {
    // The failure count is not reset here: otherwise the password alone would buy unlimited code guesses.
    const token = newSessionToken();
    const expiresAt = new Date(now.getTime() + PENDING_LOGIN_MS);
    await security((trx) =>
      createTotpRepository({ trx }).insertPendingLogin({
        id: sessionIdFor(token),
        staffId: account.id,
        returnTo: returnTo ?? null,
        now,
        expiresAt,
      }),
    );
    return { pendingSecondFactor: { token, expiresAt } };
  }

  const session = await security(async (trx) => {
    await createLockoutRepository({ trx }).reset(address);
    return openSession({
      trx,
      audit,
      staffId: account.id,
      email: address,
      userAgent,
      previousToken,
      now,
      policy,
    });
  });
  return { session };
}

/** signInWithPassword for accounts without a second factor (unit tests of the session rules). */
export async function signIn(
  options: Parameters<typeof signInWithPassword>[0],
): Promise<{ session: OpenedSession }> {
  const { session } = await signInWithPassword(options);
  if (!session) throw new Error('this account needs a second factor');
  return { session };
}

export interface OpenedSession {
  token: string;
  staffId: string;
  expiresAt: Date;
}

/** A pending sign-in (password right, second factor due) lasts this long. */
export const PENDING_LOGIN_MS = 5 * 60_000;

/** The tables of migration 0007 beside those of 0004; every scope of this module reaches both. */
export function securityScope(scope: IdentityScope): TenantScope<StaffSecurityTables> {
  return scope as unknown as TenantScope<StaffSecurityTables>;
}

/** Opens a session with a new token and records identity.login, inside the caller's transaction. */
export async function openSession({
  trx,
  audit,
  staffId,
  email,
  userAgent,
  previousToken,
  now,
  policy,
  method = 'password',
  issuer,
}: {
  trx: TenantTransaction<StaffSecurityTables>;
  audit?: AuditTrail | undefined;
  staffId: string;
  email: string;
  userAgent: string | undefined;
  previousToken: string | undefined;
  now: Date;
  policy: SessionPolicy;
  method?: 'password' | 'password+totp' | 'oidc';
  /** For method oidc: the identity provider that vouched for the person. */
  issuer?: string;
}): Promise<OpenedSession> {
  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + policy.absoluteMs);
  const repository = createIdentityRepository({ trx: trx as unknown as TenantTransaction<IdentityTables> });
  if (isWellFormedSessionToken(previousToken)) await repository.deleteSession(sessionIdFor(previousToken));
  await repository.deleteEndedSessionsOf(staffId, {
    now,
    idleSince: new Date(now.getTime() - policy.idleMs),
  });
  await repository.insertSession({
    id: sessionIdFor(token),
    staffId,
    now,
    expiresAt,
    userAgent: userAgent?.slice(0, 500) ?? null,
  });
  await audit?.append(trx, {
    actor: { type: 'staff', id: staffId },
    action: 'identity.login',
    object: { type: 'staff', id: staffId },
    summary: { email, userAgent: userAgent?.slice(0, 200) ?? null, method, ...(issuer ? { issuer } : {}) },
  });
  return { token, staffId, expiresAt };
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
