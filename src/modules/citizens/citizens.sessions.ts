// Citizen sessions: sign in with a password, open a session (also for BundID), recognise it on each
// request, sign out. A session records how it was opened (method and trust level) and for whom its
// citizen acts (themselves or a company they are a member of).
import type { TenantTransaction } from '../../platform/db/tenant-scope.ts';
import type { CitizenActor, TrustLevel } from '../access/index.ts';
import type { AuditTrail } from '../audit/index.ts';
import {
  isSessionDueForTouch,
  isSessionExpired,
  isWellFormedSessionToken,
  newSessionToken,
  sessionIdFor,
  type Passwords,
  type SessionPolicy,
} from '../identity/index.ts';
import { citizenErrors } from './citizens.errors.ts';
import { createCitizensRepository } from './citizens.repository.ts';
import { createCitizenSessionsRepository } from './citizens.sessions.repository.ts';
import type { CitizenAuthMethod, CitizenTables } from './citizens.tables.ts';
import type { CitizenScope } from './citizens.usecases.ts';
import { normaliseEmail } from './citizens.validation.ts';

/** Local accounts prove only control of an e-mail address. */
export const LOCAL_TRUST_LEVEL: TrustLevel = 'basic';

/**
 * Opens a session in the caller's transaction (so it commits with whatever the sign-in changed): ends
 * the browser's previous session and the account's run-out ones, and records the sign-in.
 */
export async function openCitizenSession(
  trx: TenantTransaction<CitizenTables>,
  {
    audit,
    citizenId,
    trustLevel,
    authMethod,
    issuer,
    userAgent,
    previousToken,
    now,
    policy,
  }: {
    audit: AuditTrail;
    citizenId: string;
    trustLevel: TrustLevel;
    authMethod: CitizenAuthMethod;
    issuer: string | null;
    userAgent: string | undefined;
    previousToken: string | undefined;
    now: Date;
    policy: SessionPolicy;
  },
): Promise<{ token: string; citizenId: string }> {
  const token = newSessionToken();
  const sessions = createCitizenSessionsRepository({ trx });
  if (isWellFormedSessionToken(previousToken)) await sessions.deleteSession(sessionIdFor(previousToken));
  await sessions.deleteEndedSessionsOf(citizenId, {
    now,
    idleSince: new Date(now.getTime() - policy.idleMs),
  });
  await sessions.insertSession({
    id: sessionIdFor(token),
    citizenId,
    trustLevel,
    authMethod,
    issuer,
    now,
    expiresAt: new Date(now.getTime() + policy.absoluteMs),
    userAgent: userAgent?.slice(0, 500) ?? null,
  });
  await audit.append(trx, {
    actor: { type: 'citizen', id: citizenId },
    action: 'citizens.login',
    object: { type: 'citizen', id: citizenId },
    summary: {
      trustLevel,
      method: authMethod,
      ...(issuer ? { issuer } : {}),
      userAgent: userAgent?.slice(0, 200) ?? null,
    },
  });
  return { token, citizenId };
}

/**
 * Opens a session (trust level 'basic') for a verified account. Throws citizens.invalid_credentials with
 * one message and about the same time for an unknown address, a wrong password and an unverified account.
 */
export async function signInCitizen({
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
  scope: CitizenScope;
  passwords: Passwords;
  audit: AuditTrail;
  email: string;
  password: string;
  userAgent: string | undefined;
  previousToken: string | undefined;
  now: Date;
  policy: SessionPolicy;
}): Promise<{ session: { token: string; citizenId: string } }> {
  const account = await scope((trx) => createCitizensRepository({ trx }).findByEmail(normaliseEmail(email)));
  const passwordMatches = account?.passwordHash
    ? await passwords.verify(account.passwordHash, password)
    : await passwords.verifyWithoutAccount(password);
  if (!account || !passwordMatches || !account.emailVerifiedAt) {
    const reason = !account ? 'unknown_account' : !passwordMatches ? 'wrong_password' : 'unverified';
    await scope((trx) =>
      audit.append(trx, {
        actor: { type: 'anonymous' },
        action: 'citizens.login_failed',
        object: { type: 'citizen', id: account?.id ?? null },
        summary: { email: email.slice(0, 320), reason },
      }),
    );
    throw citizenErrors.invalid_credentials();
  }
  const session = await scope((trx) =>
    openCitizenSession(trx, {
      audit,
      citizenId: account.id,
      trustLevel: LOCAL_TRUST_LEVEL,
      authMethod: 'password',
      issuer: null,
      userAgent,
      previousToken,
      now,
      policy,
    }),
  );
  return { session };
}

export async function signOutCitizen({
  scope,
  audit,
  token,
}: {
  scope: CitizenScope;
  audit: AuditTrail;
  token: string | undefined;
}): Promise<void> {
  if (!isWellFormedSessionToken(token)) return;
  const sessionId = sessionIdFor(token);
  await scope(async (trx) => {
    const sessions = createCitizenSessionsRepository({ trx });
    const session = await sessions.findSession(sessionId);
    await sessions.deleteSession(sessionId);
    if (session)
      await audit.append(trx, {
        actor: { type: 'citizen', id: session.citizenId },
        action: 'citizens.logout',
        object: { type: 'citizen', id: session.citizenId },
      });
  });
}

/** The citizen behind a session token, or none (unknown, other municipality, run out: deleted then). */
export async function resolveCitizenSession({
  scope,
  token,
  now,
  policy,
}: {
  scope: CitizenScope;
  token: string | undefined;
  now: Date;
  policy: SessionPolicy;
}): Promise<{ actor: CitizenActor | undefined }> {
  if (!isWellFormedSessionToken(token)) return { actor: undefined };
  const sessionId = sessionIdFor(token);
  return scope(async (trx) => {
    const sessions = createCitizenSessionsRepository({ trx });
    const session = await sessions.findSession(sessionId);
    if (!session) return { actor: undefined };
    if (isSessionExpired(session, now, policy)) {
      await sessions.deleteSession(sessionId);
      return { actor: undefined };
    }
    if (isSessionDueForTouch(session, now, policy)) await sessions.touchSession(sessionId, now);
    return {
      actor: {
        kind: 'citizen',
        id: session.citizenId,
        tenantId: session.tenantId,
        displayName: `${session.givenName} ${session.familyName}`,
        trustLevel: session.trustLevel,
        ...(session.businessId ? { businessId: session.businessId } : {}),
      },
    };
  });
}

/** How this browser's session was opened and for whom it acts, for the account pages. */
export async function describeSession({
  scope,
  token,
}: {
  scope: CitizenScope;
  token: string | undefined;
}): Promise<
  | {
      authMethod: CitizenAuthMethod;
      trustLevel: TrustLevel;
      actingFor: { id: string; name: string } | undefined;
    }
  | undefined
> {
  if (!isWellFormedSessionToken(token)) return undefined;
  const session = await scope((trx) =>
    createCitizenSessionsRepository({ trx }).findSession(sessionIdFor(token)),
  );
  if (!session) return undefined;
  return {
    authMethod: session.authMethod,
    trustLevel: session.trustLevel,
    actingFor:
      session.businessId && session.businessName
        ? { id: session.businessId, name: session.businessName }
        : undefined,
  };
}
